/**
 * An EOR board's months as a spreadsheet, in and out: one row per month
 * (Månad; Mål; Utfall; Förra året), the way a stödstruktur in Excel keeps
 * them. Works on a table of cells (server/csv.ts reads and writes the bytes),
 * so it is pure. All or nothing, as the programme's imports (PR1): every bad
 * row is answered by its spreadsheet row and column, and nothing changes.
 * The EOR's sentence, measure and yearly target stay in the form.
 */
import { MAX_EOR_VALUE, MONTHS_PER_YEAR, monthKeys, type EorBoardContent, type EorMonth } from './eor';
import type { CsvProblem, CsvRowError, Table } from './programmeImport';

type Field = 'month' | keyof EorMonth;

/** Headers a spreadsheet may carry, compared without case, spaces or hyphens. */
const HEADERS: Record<Field, readonly string[]> = {
  month: ['månad', 'manad', 'month', 'period'],
  target: ['mål', 'mal', 'månadsmål', 'target', 'goal'],
  outcome: ['utfall', 'resultat', 'outcome', 'result', 'actual'],
  lastYear: ['förraåret', 'föregåendeår', 'fjolåret', 'ifjol', 'lastyear', 'previousyear'],
};
export const EOR_CSV_HEADERS = ['Månad', 'Mål', 'Utfall', 'Förra året'] as const;

const SWEDISH_MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];
const ENGLISH_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const norm = (h: string) => h.toLocaleLowerCase('sv-SE').replace(/[^a-z0-9åäöéü]/g, '');
const shorten = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);
const err = (row: number, problem: CsvProblem, message: string, extra: Partial<CsvRowError> = {}): CsvRowError => ({
  row,
  problem,
  message,
  ...extra,
});

/** Which of the board's twelve months a cell means: 2026-03, 2026-3, "mars 2026", "mars", "mar", "March"; -1 when none. */
export function monthIndex(cell: string, keys: readonly string[]): number {
  const text = cell.trim().toLocaleLowerCase('sv-SE');
  const iso = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (iso) return keys.indexOf(`${iso[1]}-${iso[2]!.padStart(2, '0')}`);
  const named = /^([a-zåäö]+)\.?(?:\s+(\d{4}))?$/.exec(text);
  if (!named) return -1;
  const word = named[1]!;
  const month = [SWEDISH_MONTHS, ENGLISH_MONTHS]
    .map((names) => names.findIndex((n) => n === word || (word.length >= 3 && n.startsWith(word))))
    .find((i) => i >= 0);
  if (month === undefined) return -1;
  const mm = String(month + 1).padStart(2, '0');
  return keys.findIndex((k) => k.endsWith(`-${mm}`) && (!named[2] || k.startsWith(named[2])));
}

/** A cell as a figure: "12", "12,5", "1 234" (spaces between thousands); '' is "no data". */
export function parseFigure(cell: string): number | null | 'bad' {
  const text = cell
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.');
  if (!text) return null;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return 'bad';
  return Number(text);
}

/** A figure as Swedish Excel writes it: a decimal comma. */
/** A figure as Swedish Excel reads it: a decimal comma; empty for no data. */
export const figureCell = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));

export type BoardImportResult =
  { ok: true; board: EorBoardContent; imported: number } | { ok: false; errors: CsvRowError[] };

/** Applies a months spreadsheet to a board: the columns the file has, for the months it lists; all rows or none. */
export function importBoardTable(board: EorBoardContent, table: Table): BoardImportResult {
  if (!table.header.some((h) => h.trim())) return { ok: false, errors: [err(1, 'empty', 'the file is empty')] };
  const columns = new Map<Field, number>();
  const errors: CsvRowError[] = [];
  table.header.forEach((raw, index) => {
    const field = (Object.keys(HEADERS) as Field[]).find((f) => HEADERS[f].includes(norm(raw)));
    if (!field) return;
    if (columns.has(field))
      errors.push(
        err(1, 'duplicateColumn', `two columns mean the same: ${table.header[columns.get(field)!]} and ${raw}`, {
          column: raw,
        }),
      );
    else columns.set(field, index);
  });
  if (!columns.has('month')) {
    errors.push(
      err(1, 'missingColumn', `no column Månad; the first row must be the header: ${EOR_CSV_HEADERS.join(';')}`, {
        column: 'Månad',
      }),
    );
  }
  if (errors.length) return { ok: false, errors };
  if (!table.rows.length) return { ok: false, errors: [err(2, 'noRows', 'the file has a header but no rows')] };
  if (table.rows.length > MONTHS_PER_YEAR) {
    return {
      ok: false,
      errors: [
        err(table.rows[MONTHS_PER_YEAR]!.row, 'tooManyRows', `a board has ${MONTHS_PER_YEAR} months`, {
          count: MONTHS_PER_YEAR,
        }),
      ],
    };
  }

  const keys = monthKeys(board.start);
  const months = structuredClone(board.months);
  const seen = new Map<number, number>();
  for (const { row, cells } of table.rows) {
    const cellOf = (f: Field) => (cells[columns.get(f)!] ?? '').trim();
    const monthCell = cellOf('month');
    const index = monthIndex(monthCell, keys);
    if (index < 0) {
      errors.push(
        err(
          row,
          monthCell ? 'badMonth' : 'required',
          `${monthCell ? `${monthCell} is not one of the board's months (${keys[0]} to ${keys[11]})` : 'Månad is empty'}`,
          { column: table.header[columns.get('month')!], value: shorten(monthCell) },
        ),
      );
      continue;
    }
    if (seen.has(index)) {
      errors.push(
        err(row, 'duplicate', `${keys[index]} is also on row ${seen.get(index)}`, {
          column: table.header[columns.get('month')!],
          value: shorten(monthCell),
        }),
      );
      continue;
    }
    seen.set(index, row);
    for (const f of ['target', 'outcome', 'lastYear'] as const) {
      if (!columns.has(f)) continue;
      const column = table.header[columns.get(f)!]!;
      const value = parseFigure(cellOf(f));
      const at = { column, value: shorten(cellOf(f)) };
      if (value === 'bad') errors.push(err(row, 'badNumber', `${cellOf(f)} in ${column} is not a number`, at));
      else if (value !== null && value < 0) errors.push(err(row, 'negative', `${column} cannot be negative`, at));
      else if (value !== null && value > MAX_EOR_VALUE)
        errors.push(err(row, 'tooBig', `${column} is larger than ${MAX_EOR_VALUE}`, { ...at, count: MAX_EOR_VALUE }));
      else if (value !== null && board.kind === 'count' && !Number.isInteger(value))
        errors.push(err(row, 'notWhole', `${column} must be a whole number`, at));
      else months[index]![f] = value;
    }
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, board: { ...board, months }, imported: table.rows.length };
}

/** The board's months as a spreadsheet: the header, then twelve rows. */
export function exportBoardTable(board: EorBoardContent): string[][] {
  const keys = monthKeys(board.start);
  return [
    [...EOR_CSV_HEADERS],
    ...board.months.map((m, i) => [keys[i]!, figureCell(m.target), figureCell(m.outcome), figureCell(m.lastYear)]),
  ];
}
