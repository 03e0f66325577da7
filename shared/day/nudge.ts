/**
 * Who has not placed on the open statement yet, and the facilitator's nudge
 * to them (SPEC.md, M2). The nudge goes to every phone; each phone knows
 * whether it has placed, so nobody learns who has not (a hidden statement's
 * placements stay hidden, V3).
 */
import { accept, fail, type Decision, type DecideContext } from '../decision';
import type { Command, MeetingState, Participant } from '../protocol';

/** At most one nudge per statement this often. */
export const NUDGE_INTERVAL_MS = 60_000;

/** Those in the room who have no placement on the statement, in roster order. */
export function unplaced(state: MeetingState, statementId: string): Participant[] {
  const placed = new Set(state.placements.filter((p) => p.statementId === statementId).map((p) => p.participantId));
  return state.participants.filter((p) => !placed.has(p.id));
}

export function decideNudge(
  state: MeetingState,
  command: Extract<Command, { type: 'nudgeUnplaced' }>,
  ctx: DecideContext,
): Decision {
  const run = state.exerciseRun;
  if (run?.statementId !== command.statementId || run.locked)
    return fail('conflict', 'only an open statement can be nudged');
  if (unplaced(state, command.statementId).length === 0) return fail('conflict', 'everyone has placed');
  const last = state.nudge;
  if (last?.statementId === command.statementId && ctx.now - last.at < NUDGE_INTERVAL_MS)
    return fail('rate_limited', `one nudge per statement every ${NUDGE_INTERVAL_MS / 1000} s`);
  return accept({ type: 'unplacedNudged', statementId: command.statementId, at: ctx.now });
}

/** Whether this participant's phone shows the nudge now: the open statement was nudged and they have not placed. */
export function isNudged(state: MeetingState, participantId: string | undefined): boolean {
  const run = state.exerciseRun;
  if (!participantId || !run || run.locked || state.nudge?.statementId !== run.statementId) return false;
  if (!state.participants.some((p) => p.id === participantId)) return false;
  return !state.placements.some((p) => p.statementId === run.statementId && p.participantId === participantId);
}
