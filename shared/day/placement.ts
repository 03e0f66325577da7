/**
 * Where people stand and how far they moved: distances to cards, the nearest
 * card, a 0–100 score on line boards, and the shift between a check-in and
 * the check-out that mirrors it. Distances are in board units: the board is
 * a unit square, whatever its shape on a screen.
 */
import type { Board, Card, Exercise, MeetingState, Placement, Statement } from '../protocol';
import { nameKey } from './roster';

export interface Point {
  x: number;
  y: number;
}

export const distance = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);

export function nearestCard(board: Board, at: Point): { card: Card; distance: number } {
  let best = { card: board.cards[0]!, distance: distance(at, board.cards[0]!) };
  for (const card of board.cards.slice(1)) {
    const d = distance(at, card);
    if (d < best.distance) best = { card, distance: d };
  }
  return best;
}

/** 0 at the first pole, 100 at the second, by projection onto the line between them; null off line boards. */
export function lineScore(board: Board, at: Point): number | null {
  if (board.kind !== 'line') return null;
  const [a, b] = board.cards as [Card, Card];
  const len2 = (b.x - a.x) ** 2 + (b.y - a.y) ** 2;
  if (len2 === 0) return 50;
  const t = ((at.x - a.x) * (b.x - a.x) + (at.y - a.y) * (b.y - a.y)) / len2;
  return Math.round(Math.min(1, Math.max(0, t)) * 100);
}

export interface Move {
  participantId: string;
  municipalityId: string | undefined;
  from: Point;
  to: Point;
  distance: number;
  /** Line boards: the change in score (positive towards the second pole). */
  scoreDelta: number | null;
}

export interface Shift {
  /** How many people placed themselves both times. */
  n: number;
  meanDistance: number;
  meanScoreDelta: number | null;
}

export interface StatementComparison {
  statementId: string;
  text: string;
  board: Board;
  before: Placement[];
  after: Placement[];
  moves: Move[];
  group: Shift;
  byMunicipality: { municipalityId: string; shift: Shift }[];
}

function shiftOf(moves: readonly Move[]): Shift {
  const n = moves.length;
  if (!n) return { n: 0, meanDistance: 0, meanScoreDelta: null };
  const meanDistance = moves.reduce((s, m) => s + m.distance, 0) / n;
  const scored = moves.filter((m) => m.scoreDelta !== null);
  const meanScoreDelta = scored.length ? scored.reduce((s, m) => s + m.scoreDelta!, 0) / scored.length : null;
  return { n, meanDistance, meanScoreDelta };
}

/** Which check-in statement a check-out statement is compared with. */
export type StatementMatch = (before: readonly Statement[], after: Statement) => Statement | undefined;
/** The statement it mirrors. */
export const byMirror: StatementMatch = (before, after) => before.find((s) => s.id === after.mirrorOf);
/** The statement it mirrors, or else one of the same text: days apart, the check-ins are each their own (G7). */
export const byMirrorOrText: StatementMatch = (before, after) =>
  byMirror(before, after) ?? before.find((s) => nameKey(s.text) === nameKey(after.text));

/** The check-in / check-out pair of statements, compared one by one. */
export function compareExercises(
  state: Pick<MeetingState, 'participants' | 'placements'>,
  checkIn: Exercise,
  checkOut: Exercise,
  match: StatementMatch = byMirror,
): StatementComparison[] {
  const municipalityOf = new Map(state.participants.map((p) => [p.id, p.municipalityId]));
  return checkOut.statements.flatMap((after) => {
    const before = match(checkIn.statements, after);
    if (!before) return [];
    const was = state.placements.filter((p) => p.statementId === before.id);
    const is = state.placements.filter((p) => p.statementId === after.id);
    const moves: Move[] = is.flatMap((to) => {
      const from = was.find((p) => p.participantId === to.participantId);
      if (!from) return [];
      const a = lineScore(before.board, from);
      const b = lineScore(after.board, to);
      return [
        {
          participantId: to.participantId,
          // By pseudonym (outside the team, in an anonymous exercise) a placement carries its municipality (PD7).
          municipalityId: municipalityOf.get(to.participantId) ?? to.municipalityId,
          from: { x: from.x, y: from.y },
          to: { x: to.x, y: to.y },
          distance: distance(from, to),
          scoreDelta: a !== null && b !== null ? b - a : null,
        },
      ];
    });
    const municipalities = [...new Set(moves.map((m) => m.municipalityId).filter((id): id is string => !!id))];
    return [
      {
        statementId: after.id,
        text: after.text,
        board: after.board,
        before: was,
        after: is,
        moves,
        group: shiftOf(moves),
        byMunicipality: municipalities.map((id) => ({
          municipalityId: id,
          shift: shiftOf(moves.filter((m) => m.municipalityId === id)),
        })),
      },
    ];
  });
}

/** One figure for the room: the mean movement over all statements, and over line boards the mean score change. */
export function overallShift(comparisons: readonly StatementComparison[]): Shift {
  return shiftOf(comparisons.flatMap((c) => c.moves));
}

export type ShiftSize = 'none' | 'small' | 'moderate' | 'large';

/** For the plain-language reading: a move of under 5 % of the board is none, under 15 % small, under 30 % moderate. */
export function shiftSize(meanDistance: number): ShiftSize {
  if (meanDistance < 0.05) return 'none';
  if (meanDistance < 0.15) return 'small';
  if (meanDistance < 0.3) return 'moderate';
  return 'large';
}
