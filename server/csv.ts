/**
 * CSV files as spreadsheets write them, in and out: the bytes ↔ a table of
 * cells. Reading accepts UTF-8 with or without a BOM (and falls back to
 * Windows-1252, what older Swedish Excel saves as "CSV"), a comma, semicolon
 * or tab between cells, and quoted cells with line breaks. Writing gives what
 * Swedish Excel opens correctly: UTF-8 with a BOM, semicolons, CRLF.
 * What the cells mean is shared/programmeImport.ts.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { MAX_PROGRAMME_BYTES } from '../shared/year/programme';
import type { CsvRowError, Table } from '../shared/year/programmeImport';

export type ReadResult = { ok: true; table: Table } | { ok: false; errors: CsvRowError[] };

/** Control characters no spreadsheet writes into text: the sign of a binary file. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const BINARY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** A cell a spreadsheet would run as a formula (CSV injection). */
const FORMULA = /^'*[=+\-@\t\r]/;
/**
 * A negative number as the tables write it ("-29,9"): Excel reads it as a
 * number and runs nothing, so it must not be made text. Anything more (a sign
 * followed by an operator, a letter) is still a formula.
 */
const NEGATIVE_NUMBER = /^-\d+(?:[,.]\d+)?$/;

const fail = (row: number, problem: CsvRowError['problem'], message: string): ReadResult => ({
  ok: false,
  errors: [{ row, problem, message }],
});

/** The text of a file: UTF-8 (a BOM is dropped) or, when that does not decode, Windows-1252; null for binary. */
export function decodeCsv(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return BINARY.test(text) ? null : text;
}

/** The cell separator of the header line: whichever of ; , or tab occurs most outside quotes (comma when none). */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text.slice(0, 64 * 1024)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] === 0 && counts[','] === 0 && counts['\t'] === 0) return ',';
  return counts[';'] >= counts[','] && counts[';'] >= counts['\t'] ? ';' : counts[','] >= counts['\t'] ? ',' : '\t';
}

function describeCsvError(e: CsvError): string {
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quote (") opens a cell that is never closed';
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quote (") in the middle of a cell: quote the whole cell and double the quote ("")';
    default:
      return e.message.slice(0, 200);
  }
}

/** Reads a CSV file into a table; blank rows are left out but counted, so row numbers match the spreadsheet. */
export function readCsv(input: Uint8Array | string): ReadResult {
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
  if (size > MAX_PROGRAMME_BYTES)
    return fail(1, 'tooLarge', `the file is larger than ${MAX_PROGRAMME_BYTES / 1024 / 1024} MB`);
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeCsv(input);
  if (text === null || BINARY.test(text)) return fail(1, 'notText', 'the file is not a text (CSV) file');
  if (!text.trim()) return fail(1, 'empty', 'the file is empty');

  let records: string[][];
  try {
    records = parse(text, { delimiter: detectDelimiter(text), bom: true, relax_column_count: true }) as string[][];
  } catch (e) {
    if (e instanceof CsvError) return fail(Number(e.records ?? 0) + 1, 'malformed', describeCsvError(e));
    return fail(1, 'malformed', 'the file could not be read as CSV');
  }
  const [header = [], ...rest] = records;
  const rows = rest
    .map((cells, i) => ({ row: i + 2, cells: cells.map(unescapeCell) }))
    .filter((r) => r.cells.some((c) => c.trim()));
  return { ok: true, table: { header: header.map((h) => h.trim()), rows } };
}

/** Undoes `escapeCell`: a leading apostrophe that only kept a spreadsheet from running a formula. */
function unescapeCell(cell: string): string {
  return cell.startsWith("'") && FORMULA.test(cell) ? cell.slice(1) : cell;
}

/**
 * A text cell starting with = + - @ (a formula to a spreadsheet) gets an apostrophe in front, so it stays
 * text; a negative number stays a number (PR6).
 */
export function escapeCell(cell: string): string {
  return FORMULA.test(cell) && !NEGATIVE_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** A table as a CSV file for Swedish Excel: UTF-8 with BOM, semicolons, CRLF, formula cells escaped. */
/** A CSV answer's content type. */
export const CSV_TYPE = 'text/csv; charset=utf-8';

export function writeCsv(rows: readonly (readonly string[])[]): string {
  return stringify(
    rows.map((r) => r.map(escapeCell)),
    {
      bom: true,
      delimiter: ';',
      record_delimiter: 'windows',
      // A line break inside a cell must be quoted too, not only a CRLF.
      quoted_match: /[\r\n]/,
    },
  );
}
