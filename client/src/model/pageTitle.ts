/** What a meeting view's browser tab says the meeting is doing now. Pure. */
import type { FeedbackRun, StateApartFromPlacements } from '../../../shared/protocol';
import { nowAndNext } from './agenda';
import { floorOf, type Floor } from './feedback';
import { isTeamOnly } from './whereToBe';

export type TitleNow =
  | { kind: 'between' | 'ended' | 'teamPreparing' }
  | { kind: 'segment'; title: string }
  | { kind: 'floor'; floor: Exclude<Floor, { kind: 'done' }> };

/**
 * Before the start nothing: the meeting's name says enough. During a feedback
 * round the viewer follows (`run`), who has the floor; else the segment, which
 * the room (`forRoom`) does not see when it is the team's own.
 */
export function titleNow(
  state: StateApartFromPlacements,
  { forRoom = false, run }: { forRoom?: boolean; run?: FeedbackRun } = {},
): TitleNow | null {
  const { phase, now } = nowAndNext(state);
  // A round left running after the day ended is not what the day is doing.
  if (run && now) {
    const floor = floorOf(state, run);
    if (floor.kind !== 'done') return { kind: 'floor', floor };
  }
  if (now) return forRoom && isTeamOnly(now) ? { kind: 'teamPreparing' } : { kind: 'segment', title: now.title };
  // No segment runs: the day has not begun, is between two segments, or is over.
  if (phase === 'notStarted' || phase === 'running') return null;
  return { kind: phase };
}
