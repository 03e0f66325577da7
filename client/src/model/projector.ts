/** What the projector shows now: pure functions of the meeting state (tested in tests/unit/projector.test.ts). */
import { findStatement } from '../../../shared/day/exercise';
import type { StatementMatch } from '../../../shared/day/placement';
import type { Exercise, MeetingState, Segment, Statement } from '../../../shared/protocol';
import { comparedWith } from '../../../shared/day/report';
import { nowAndNext } from './agenda';
import { presentingMunicipality } from './presenting';

export type ProjectorScene =
  /** Before the start: joining is the hero. */
  | { kind: 'join' }
  /** A statement is open: the board, full height. */
  | { kind: 'statement'; exercise: Exercise; statement: Statement }
  /** The check-out, once no statement is open: how far the group moved. */
  | { kind: 'comparison'; checkIn: Exercise; checkOut: Exercise; match: StatementMatch }
  /** Cluster work with rounds running: every cluster at once. */
  | { kind: 'rounds' }
  /** A break: when and where the room meets again. */
  | { kind: 'break'; segment: Segment; next: Segment | null }
  | { kind: 'ended' }
  /** Anything else: now and next with the time left. */
  | { kind: 'now' }
  /** The facilitator blanked the screen (M3). */
  | { kind: 'blank' }
  /** The facilitator's own break screen, with their text (M3). */
  | { kind: 'pause'; text: string };

export function projectorScene(state: MeetingState): ProjectorScene {
  // The facilitator's choice comes before the day's own scene (M3).
  const screen = state.projectorScreen;
  if (screen.mode === 'blank') return { kind: 'blank' };
  if (screen.mode === 'break' && screen.text) return { kind: 'pause', text: screen.text };
  const run = state.exerciseRun;
  const found = run && findStatement(state, run.statementId);
  if (found) return { kind: 'statement', exercise: found.exercise, statement: found.statement };
  const { phase, now, next } = nowAndNext(state);
  // The code hidden before the start: the day's now and next is the hero instead.
  if (phase === 'notStarted') return { kind: state.projectorScreen.join === 'hide' ? 'now' : 'join' };
  if (phase === 'ended') return { kind: 'ended' };
  if (now?.kind === 'checkOut') {
    // The latest check-out with placements, against the check-in it mirrors.
    const checkOut = [...state.exercises]
      .reverse()
      .find((e) => e.mirrorOf && state.placements.some((p) => e.statements.some((s) => s.id === p.statementId)));
    // With the comparison over the whole meeting, its last check-out against its first check-in (G7).
    const compared = checkOut && comparedWith(state, checkOut);
    if (checkOut && compared) return { kind: 'comparison', checkOut, ...compared };
  }
  if (now?.kind === 'clusterWork' && state.feedbackRuns.length) return { kind: 'rounds' };
  if (now?.kind === 'break') return { kind: 'break', segment: now, next };
  return { kind: 'now' };
}

/**
 * The join code and QR code are on the screen while people still arrive:
 * before the start (as the hero) and up to the end of the first check-in.
 * After that they take room from what the day is about (a latecomer asks a
 * neighbour, or the facilitator's console still shows the code), unless the
 * facilitator shows or hides them from the console.
 */
export function showsJoinCode(state: MeetingState): boolean {
  // The facilitator's choice (M3): always or never, on the scenes that have room for the code.
  if (state.projectorScreen.join !== 'auto') return state.projectorScreen.join === 'show';
  const { phase, now, next } = nowAndNext(state);
  if (phase === 'notStarted') return true;
  if (phase === 'ended') return false;
  const at = now ?? next;
  if (!at) return false;
  const index = state.agenda.findIndex((s) => s.id === at.id);
  const firstCheckIn = state.agenda.findIndex((s) => s.kind === 'checkIn' && !s.skipped);
  return firstCheckIn >= 0 && index <= firstCheckIn;
}

/** The charts of a presenting municipality's EOR fit only when one municipality presents at a time. */
export function presentingCount(state: MeetingState): number {
  return state.feedbackRuns.filter((r) => presentingMunicipality(state, r) !== null).length;
}
