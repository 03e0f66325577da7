/**
 * The EOR board as its form holds it: every figure as the text typed, so
 * "12,5" or a half-typed "1 2" stays on screen until it is fixed. `boardFromDraft`
 * reads it back with the spreadsheet's rules (decimal comma, spaces between
 * thousands) and says which cell is wrong.
 */
import { EorBoard, MAX_EOR_VALUE, type EorBoardContent, type EorMonth } from '../../../shared/year/eor';
import { parseFigure } from '../../../shared/year/eorCsv';

export const FIGURES = ['target', 'outcome', 'lastYear'] as const;
export type Figure = (typeof FIGURES)[number];
export type CellProblem = 'badNumber' | 'negative' | 'notWhole' | 'tooBig';

export interface BoardDraft extends Omit<EorBoardContent, 'yearlyTarget' | 'months'> {
  yearlyTarget: string;
  months: Record<Figure, string>[];
  version: number;
}

/** A figure as a Swede types it: a decimal comma. */
export const figureText = (v: number | null) => (v === null ? '' : String(v).replace('.', ','));

export function draftOf(board: EorBoard): BoardDraft {
  return {
    ...board,
    yearlyTarget: figureText(board.yearlyTarget),
    months: board.months.map((m) => ({
      target: figureText(m.target),
      outcome: figureText(m.outcome),
      lastYear: figureText(m.lastYear),
    })),
  };
}

/** The problem with one cell's text, or null when it reads as a figure (or is empty). */
export function cellProblem(text: string, kind: EorBoardContent['kind']): CellProblem | null {
  const v = parseFigure(text);
  if (v === 'bad') return 'badNumber';
  if (v === null) return null;
  if (v < 0) return 'negative';
  if (v > MAX_EOR_VALUE) return 'tooBig';
  if (kind === 'count' && !Number.isInteger(v)) return 'notWhole';
  return null;
}

/** Where a problem is: `yearlyTarget` or `months.3.outcome`. */
export type CellKey = 'yearlyTarget' | `months.${number}.${Figure}`;

export type DraftResult = { ok: true; board: EorBoard } | { ok: false; problems: Map<CellKey, CellProblem> };

export function boardFromDraft(draft: BoardDraft): DraftResult {
  const problems = new Map<CellKey, CellProblem>();
  const read = (text: string, key: CellKey): number | null => {
    const problem = cellProblem(text, draft.kind);
    if (problem) problems.set(key, problem);
    const v = parseFigure(text);
    return problem || v === 'bad' ? null : v;
  };
  const board = {
    ...draft,
    yearlyTarget: read(draft.yearlyTarget, 'yearlyTarget'),
    months: draft.months.map((m, i): EorMonth => ({
      target: read(m.target, `months.${i}.target`),
      outcome: read(m.outcome, `months.${i}.outcome`),
      lastYear: read(m.lastYear, `months.${i}.lastYear`),
    })),
  };
  if (problems.size) return { ok: false, problems };
  const parsed = EorBoard.safeParse(board);
  // The cells are checked above; what is left (a too-long sentence) the inputs' maxLength prevents.
  return parsed.success ? { ok: true, board: parsed.data } : { ok: false, problems };
}

/** The board as far as it reads, for live charts while typing: a cell that does not read counts as empty. */
export function previewOf(draft: BoardDraft): EorBoardContent {
  const read = (text: string) => (cellProblem(text, draft.kind) ? null : (parseFigure(text) as number | null));
  return {
    ...draft,
    yearlyTarget: read(draft.yearlyTarget),
    months: draft.months.map((m) => ({ target: read(m.target), outcome: read(m.outcome), lastYear: read(m.lastYear) })),
  };
}
