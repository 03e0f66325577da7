/**
 * Invented EOR boards for the demo programme, so a newcomer opens a filled
 * board: each municipality's year runs from eight months back, with eight
 * months reported, last year's twelve months, and a spread of standings
 * (ahead, behind, a target already met, a month not reported). Deterministic:
 * the figures come from fixed tables, not chance.
 */
import { blankBoard, MONTHS_PER_YEAR, type EorBoardContent } from './eor';
import type { Programme } from './programme';

/** How many months of this year the demo has reported. */
export const DEMO_REPORTED_MONTHS = 8;
export const DEMO_PROCESS_NAME = 'Trelleborg: Självförsörjning';

/** A year's shape: more people into work in spring and autumn, few in July. */
const SEASON = [0.8, 0.9, 1.0, 1.1, 1.3, 1.0, 0.6, 0.8, 1.1, 1.2, 1.1, 1.1];
/** Per municipality, in the demo's order: the yearly target and how this year runs against last year. */
const SHAPES = [
  { target: 150, pace: 1.45 },
  { target: 60, pace: 0.95 },
  { target: 45, pace: 0.8 },
  { target: 80, pace: 1.5 },
  { target: 40, pace: 1.3 },
  { target: 35, pace: 1.1 },
  { target: 30, pace: 1.9 },
  { target: 40, pace: 1.4 },
  { target: 50, pace: 1.2 },
];

/** The month `offset` months from YYYY-MM-DD's month, as YYYY-MM. */
function monthFrom(today: string, offset: number): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + offset;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

function demoBoard(start: string, name: string, target: number, pace: number, hole?: number): EorBoardContent {
  const board = blankBoard(start);
  const lastYearMonth = (target * 0.8) / MONTHS_PER_YEAR;
  board.sentence = `Vi ska hjälpa ${target} personer i ${name} från försörjningsstöd till arbete eller studier i år.`;
  board.measure = 'personer till arbete eller studier';
  board.unit = 'personer';
  board.yearlyTarget = target;
  board.months = SEASON.map((season, i) => {
    const lastYear = Math.round(lastYearMonth * season);
    const outcome = i < DEMO_REPORTED_MONTHS && i !== hole ? Math.round(lastYear * pace) : null;
    return { target: null, outcome, lastYear };
  });
  return board;
}

/** The demo's boards by board id (a municipality's id, or `process-demo` for the host team's). */
export function demoBoards(
  doc: Programme,
  today: string,
): { boardId: string; name: string | null; board: EorBoardContent }[] {
  const start = monthFrom(today, -DEMO_REPORTED_MONTHS);
  const municipalities = doc.municipalities.slice(0, SHAPES.length).map((m, i) => ({
    boardId: m.id,
    name: null,
    // The second municipality forgot its fourth month: the board shows the hole.
    board: demoBoard(start, m.name, SHAPES[i]!.target, SHAPES[i]!.pace, i === 1 ? 3 : undefined),
  }));
  const process = demoBoard(start, 'Trelleborg', 400, 1.35);
  process.sentence = 'Vi ska hjälpa 400 trelleborgare från bidrag till egen försörjning i år – 55 i maj var rekord.';
  return [...municipalities, { boardId: 'process-demo', name: DEMO_PROCESS_NAME, board: process }];
}
