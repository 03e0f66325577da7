/**
 * Tokens being dragged, as a screen holds them (P1, P2): the latest drag
 * frame, less every participant whose placement has arrived since. Pure, so
 * the client store and the tests' screens run the same code.
 */
import type { DragFrame, MeetingState, SequencedEvent } from '../protocol';

/** The drags a screen shows now: the latest frame for the open statement, or none. */
export type Drags = DragFrame | null;

/**
 * Folds a batch of logged events into the drags: a placement ends its
 * participant's drag (the token is where it was saved), and a statement that
 * is no longer open, or is locked, ends every drag on it.
 */
export function dragsAfterEvents(drags: Drags, events: readonly SequencedEvent[], state: MeetingState): Drags {
  if (!drags) return null;
  const run = state.exerciseRun;
  if (run?.statementId !== drags.statementId || run.locked) return null;
  const placed = new Set(
    events.flatMap(({ event }) =>
      event?.type === 'placed' && event.placement.statementId === drags.statementId
        ? [event.placement.participantId]
        : [],
    ),
  );
  if (!placed.size) return drags;
  const moves = drags.moves.filter((m) => !placed.has(m.participantId));
  return moves.length ? { ...drags, moves } : null;
}

export interface ShownToken {
  /** Outside the team, in an anonymous exercise, a pseudonym (PD7). */
  participantId: string;
  /** Given with a pseudonym: whose colour and mark the token has. */
  municipalityId?: string;
  x: number;
  y: number;
  /** Being dragged now (drawn faded); otherwise where it was saved. */
  moving: boolean;
}

/** Every token on a statement: where it is being dragged now, else where it was placed; saved tokens first. */
export function tokensOn(state: Pick<MeetingState, 'placements'>, drags: Drags, statementId: string): ShownToken[] {
  const live = new Map(drags?.statementId === statementId ? drags.moves.map((m) => [m.participantId, m]) : []);
  const placed = state.placements.filter((p) => p.statementId === statementId);
  const whose = (t: { participantId: string; municipalityId?: string | undefined }) =>
    t.municipalityId
      ? { participantId: t.participantId, municipalityId: t.municipalityId }
      : { participantId: t.participantId };
  const shown: ShownToken[] = placed.map((p) => {
    const at = live.get(p.participantId);
    return at ? { ...whose(p), x: at.x, y: at.y, moving: true } : { ...whose(p), x: p.x, y: p.y, moving: false };
  });
  const placedIds = new Set(placed.map((p) => p.participantId));
  for (const m of live.values())
    if (!placedIds.has(m.participantId)) shown.push({ ...whose(m), x: m.x, y: m.y, moving: true });
  return shown;
}
