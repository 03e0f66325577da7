/**
 * Importing a spreadsheet into a programme, and exporting one. Works on a
 * table (header + rows of cells, as csv-parse gives them), so it is pure;
 * reading and writing the CSV bytes is server/programmeCsv.ts.
 *
 * All or nothing: either every row applies and the programme still holds
 * together, or the answer is a report of every bad row and nothing changes.
 * Row numbers are the spreadsheet's: the header is row 1.
 */
import * as z from 'zod/mini';
import {
  checkProgramme,
  nextColour,
  PROBLEM_KINDS,
  PROGRAMME_LIMITS,
  type EnrolledParticipant,
  type Programme,
  type ProgrammeCluster,
  type ProgrammeSection,
} from './programme';
import { nameKey, sameName } from '../day/roster';

export const IMPORT_KINDS = ['municipalities', 'participants'] as const;
export const ImportKind = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof ImportKind>;

export const CSV_PROBLEMS = [
  'notText',
  'tooLarge',
  'empty',
  'noRows',
  'tooManyRows',
  'missingColumn',
  'duplicateColumn',
  'malformed',
  'required',
  'tooLong',
  'badColour',
  'badEmail',
  'extraCells',
  'duplicate',
  'unknownMunicipality',
  'conflictingValue',
  'supervisorWithoutCluster',
  'tooMany',
  // An EOR board's months (shared/eorCsv.ts).
  'badMonth',
  'badNumber',
  'negative',
  'notWhole',
  'tooBig',
  ...PROBLEM_KINDS,
] as const;
export type CsvProblem = (typeof CSV_PROBLEMS)[number];

/** One thing wrong with one row of the file (row 1 is the header). */
export const CsvRowError = z.object({
  row: z.int().check(z.gte(1)),
  column: z.optional(z.string()),
  problem: z.enum(CSV_PROBLEMS),
  /** The offending cell, shortened. */
  value: z.optional(z.string()),
  /** A limit or a count the problem is about. */
  count: z.optional(z.int()),
  message: z.string(),
});
export type CsvRowError = z.infer<typeof CsvRowError>;

export interface Table {
  header: string[];
  /** Data rows with their spreadsheet row numbers; blank rows are already left out. */
  rows: { row: number; cells: string[] }[];
}

export type ImportResult = { ok: true; doc: Programme; imported: number } | { ok: false; errors: CsvRowError[] };

type Field =
  'name' | 'firstName' | 'lastName' | 'colour' | 'cluster' | 'supervisor' | 'room' | 'municipality' | 'email' | 'title';

/** Headers a spreadsheet may carry, Swedish and English, compared without case, spaces or hyphens. */
const HEADERS: Record<ImportKind, Partial<Record<Field, readonly string[]>>> = {
  municipalities: {
    name: ['kommun', 'kommunnamn', 'municipality', 'namn', 'name'],
    colour: ['färg', 'farg', 'kommunfärg', 'colour', 'color'],
    cluster: ['kluster', 'kommunkluster', 'cluster', 'grupp', 'group'],
    supervisor: ['handledare', 'processledare', 'supervisor'],
    room: ['rum', 'lokal', 'room'],
  },
  participants: {
    name: ['namn', 'name', 'deltagare', 'participant', 'fullname'],
    firstName: ['förnamn', 'firstname', 'givenname'],
    lastName: ['efternamn', 'lastname', 'surname', 'familyname'],
    municipality: ['kommun', 'municipality', 'organisation', 'organization'],
    email: ['epost', 'epostadress', 'email', 'emailaddress', 'mejl', 'mail'],
    title: ['titel', 'befattning', 'yrkesroll', 'roll', 'title', 'role', 'jobtitle'],
  },
};

/** What an export writes, and what an import with no other header is told to use. */
export const EXPORT_HEADERS: Record<ImportKind, readonly string[]> = {
  municipalities: ['Kommun', 'Färg', 'Kluster', 'Handledare', 'Rum'],
  participants: ['Namn', 'Kommun', 'E-post', 'Titel'],
};

const LIMIT: Record<ImportKind, number> = {
  municipalities: PROGRAMME_LIMITS.municipalities,
  participants: PROGRAMME_LIMITS.participants,
};
const MAX_LENGTH: Partial<Record<Field, number>> = { email: 254, title: 120 };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const normHeader = (h: string) => h.toLocaleLowerCase('sv-SE').replace(/[^a-z0-9åäöéü]/g, '');
const shorten = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

function err(row: number, problem: CsvProblem, message: string, extra: Partial<CsvRowError> = {}): CsvRowError {
  return { row, problem, message, ...extra };
}

/** Which column holds which field; errors for a missing or doubled column. */
function mapColumns(
  kind: ImportKind,
  header: readonly string[],
): { columns: Map<Field, number>; errors: CsvRowError[] } {
  const columns = new Map<Field, number>();
  const errors: CsvRowError[] = [];
  header.forEach((raw, index) => {
    const h = normHeader(raw);
    const field = (Object.keys(HEADERS[kind]) as Field[]).find((f) => HEADERS[kind][f]!.includes(h));
    if (!field) return; // other columns of the spreadsheet are left alone
    if (columns.has(field))
      errors.push(
        err(1, 'duplicateColumn', `two columns mean the same: ${header[columns.get(field)!]} and ${raw}`, {
          column: raw,
        }),
      );
    else columns.set(field, index);
  });
  const hasName =
    columns.has('name') || (kind === 'participants' && columns.has('firstName') && columns.has('lastName'));
  const [nameHeader, secondHeader] = EXPORT_HEADERS[kind];
  if (!hasName)
    errors.push(
      err(
        1,
        'missingColumn',
        `no column ${nameHeader}; the first row must be the header: ${EXPORT_HEADERS[kind].join(';')}`,
        { column: nameHeader },
      ),
    );
  if (kind === 'participants' && !columns.has('municipality')) {
    errors.push(
      err(
        1,
        'missingColumn',
        `no column ${secondHeader}; the first row must be the header: ${EXPORT_HEADERS[kind].join(';')}`,
        { column: secondHeader },
      ),
    );
  }
  return { columns, errors };
}

/** A cell reader for one row that collects that row's problems. */
function rowReader(
  header: readonly string[],
  columns: Map<Field, number>,
  row: number,
  cells: readonly string[],
  errors: CsvRowError[],
) {
  const has = (f: Field) => columns.has(f);
  const column = (f: Field) => header[columns.get(f)!];
  const get = (f: Field, required = false): string => {
    if (!has(f)) return '';
    const value = (cells[columns.get(f)!] ?? '').trim();
    const max = MAX_LENGTH[f] ?? 80;
    if (required && !value) errors.push(err(row, 'required', `${column(f)} is empty`, { column: column(f) }));
    else if (value.length > max)
      errors.push(
        err(row, 'tooLong', `${column(f)} is longer than ${max} characters`, {
          column: column(f),
          count: max,
          value: shorten(value),
        }),
      );
    return value;
  };
  return { has, column, get };
}

/** Applies a spreadsheet to a programme: all rows, or none and the reasons. */
export function importTable(doc: Programme, kind: ImportKind, table: Table, newId: () => string): ImportResult {
  if (!table.header.some((h) => h.trim())) return { ok: false, errors: [err(1, 'empty', 'the file is empty')] };
  const { columns, errors } = mapColumns(kind, table.header);
  if (errors.length) return { ok: false, errors };
  if (!table.rows.length) return { ok: false, errors: [err(2, 'noRows', 'the file has a header but no rows')] };
  if (table.rows.length > LIMIT[kind]) {
    const first = table.rows[LIMIT[kind]]!.row;
    return {
      ok: false,
      errors: [
        err(
          first,
          'tooManyRows',
          `the file has ${table.rows.length} rows; a programme holds at most ${LIMIT[kind]} ${kind}`,
          { count: LIMIT[kind] },
        ),
      ],
    };
  }
  for (const { row, cells } of table.rows) {
    if (cells.slice(table.header.length).some((c) => c.trim())) {
      errors.push(
        err(row, 'extraCells', `more cells than the header has columns: is there an unquoted , or ; in a name?`),
      );
    }
  }
  const draft = structuredClone(doc);
  const blame = new Map<string, number>();
  const run: ImportRun = { draft, table, columns, newId, errors, blame };
  if (kind === 'municipalities') importMunicipalities(run);
  else importParticipants(run);
  if (!errors.length) {
    for (const p of checkProgramme(draft)) {
      const items: readonly { id: string }[] = draft[p.section as ProgrammeSection];
      const row = blame.get(items[p.index]?.id ?? '') ?? 1;
      errors.push(
        err(row, p.kind, p.message, {
          value: shorten(p.subject),
          ...(p.count !== undefined ? { count: p.count } : {}),
        }),
      );
    }
  }
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.row - b.row) };
  return { ok: true, doc: draft, imported: table.rows.length };
}

/** One import's rows at work: the draft they change, the file, its columns, and where problems and blame go. */
interface ImportRun {
  draft: Programme;
  table: Table;
  columns: Map<Field, number>;
  newId: () => string;
  errors: CsvRowError[];
  /** Per item the file added or changed, the row it came from: a problem the draft has is reported there. */
  blame: Map<string, number>;
}

function importMunicipalities(run: ImportRun): void {
  const { draft, table, columns, newId, errors, blame } = run;
  const seen = new Map<string, number>();
  /** Per cluster named in the file: its supervisor and room, as the file gives them. */
  const settings = new Map<ProgrammeCluster, { supervisor: string; room: string; row: number }>();
  const hadMembers = new Set(draft.clusters.filter((c) => c.municipalityIds.length).map((c) => c.id));
  for (const { row, cells } of table.rows) {
    const before = errors.length;
    const cell = rowReader(table.header, columns, row, cells, errors);
    const name = cell.get('name', true);
    const colourCell = cell.get('colour');
    const clusterName = cell.get('cluster');
    const supervisor = cell.get('supervisor');
    const room = cell.get('room');
    const colour = /^#?[0-9a-f]{6}$/i.test(colourCell) ? `#${colourCell.replace('#', '').toLowerCase()}` : undefined;
    if (colourCell && !colour)
      errors.push(
        err(row, 'badColour', `${colourCell} is not a colour like #1f5fa8`, {
          column: cell.column('colour'),
          value: shorten(colourCell),
        }),
      );
    if (name && seen.has(nameKey(name)))
      errors.push(
        err(row, 'duplicate', `${name} is also on row ${seen.get(nameKey(name))}`, {
          column: cell.column('name'),
          value: name,
        }),
      );
    if (!clusterName && (supervisor || room)) {
      errors.push(
        err(row, 'supervisorWithoutCluster', 'a supervisor or room without a cluster', {
          column: cell.column(supervisor ? 'supervisor' : 'room'),
        }),
      );
    }
    if (errors.length > before) continue;
    seen.set(nameKey(name), row);

    let municipality = draft.municipalities.find((m) => sameName(m.name, name));
    if (municipality) {
      if (colour) municipality.colour = colour;
    } else if (draft.municipalities.length >= PROGRAMME_LIMITS.municipalities) {
      errors.push(
        err(row, 'tooMany', `a programme holds at most ${PROGRAMME_LIMITS.municipalities} municipalities`, {
          count: PROGRAMME_LIMITS.municipalities,
        }),
      );
      continue;
    } else {
      municipality = { id: newId(), name, colour: colour ?? nextColour(draft.municipalities) };
      draft.municipalities.push(municipality);
    }
    const id = municipality.id;
    blame.set(id, row);
    if (!cell.has('cluster')) continue;

    for (const c of draft.clusters) {
      if (c.municipalityIds.includes(id) && !sameName(c.name, clusterName)) {
        c.municipalityIds = c.municipalityIds.filter((m) => m !== id);
        blame.set(c.id, row);
      }
    }
    if (!clusterName) continue;
    let cluster = draft.clusters.find((c) => sameName(c.name, clusterName));
    if (!cluster) {
      if (draft.clusters.length >= PROGRAMME_LIMITS.clusters) {
        errors.push(
          err(row, 'tooMany', `a programme holds at most ${PROGRAMME_LIMITS.clusters} clusters`, {
            column: cell.column('cluster'),
            count: PROGRAMME_LIMITS.clusters,
          }),
        );
        continue;
      }
      cluster = { id: newId(), name: clusterName, municipalityIds: [] };
      draft.clusters.push(cluster);
    }
    if (!cluster.municipalityIds.includes(id)) cluster.municipalityIds.push(id);
    blame.set(cluster.id, row);
    const set = settings.get(cluster) ?? { supervisor: '', room: '', row };
    for (const field of ['supervisor', 'room'] as const) {
      const value = field === 'supervisor' ? supervisor : room;
      if (value && set[field] && !sameName(set[field], value)) {
        errors.push(
          err(row, 'conflictingValue', `${clusterName} already has ${set[field]} as ${field} on row ${set.row}`, {
            column: cell.column(field),
            value,
          }),
        );
      } else if (value && !set[field]) {
        set[field] = value;
        set.row = row;
      }
    }
    settings.set(cluster, set);
  }

  for (const [cluster, set] of settings) {
    if (columns.has('supervisor')) {
      if (!set.supervisor) delete cluster.supervisorId;
      else cluster.supervisorId = teamMemberFor(draft, set.supervisor, newId, errors, set.row);
    }
    if (columns.has('room')) {
      if (set.room) cluster.room = set.room;
      else delete cluster.room;
    }
  }
  // A cluster the file emptied (every municipality moved elsewhere) is gone, not an error.
  draft.clusters = draft.clusters.filter((c) => c.municipalityIds.length || !hadMembers.has(c.id));
}

/** The team member of that name, or a new supervisor (a cluster's handledare joins the team). */
function teamMemberFor(
  draft: Programme,
  name: string,
  newId: () => string,
  errors: CsvRowError[],
  row: number,
): string | undefined {
  const member = draft.team.find((t) => sameName(t.name, name));
  if (member) return member.id;
  if (draft.team.length >= PROGRAMME_LIMITS.team) {
    errors.push(
      err(row, 'tooMany', `a team holds at most ${PROGRAMME_LIMITS.team} people`, { count: PROGRAMME_LIMITS.team }),
    );
    return undefined;
  }
  const id = newId();
  draft.team.push({ id, name, role: 'supervisor' });
  return id;
}

function importParticipants(run: ImportRun): void {
  const { draft, table, columns, newId, errors, blame } = run;
  const seen = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const before = errors.length;
    const cell = rowReader(table.header, columns, row, cells, errors);
    const joined = cell.has('name') ? '' : [cell.get('firstName'), cell.get('lastName')].filter(Boolean).join(' ');
    if (joined.length > 80)
      errors.push(
        err(row, 'tooLong', 'the name is longer than 80 characters', { column: cell.column('lastName'), count: 80 }),
      );
    const name = cell.has('name') ? cell.get('name', true) : joined;
    if (!cell.has('name') && !joined)
      errors.push(err(row, 'required', 'the name is empty', { column: cell.column('firstName') }));
    const municipalityName = cell.get('municipality', true);
    const email = cell.get('email');
    const title = cell.get('title');
    const municipality = municipalityName
      ? draft.municipalities.find((m) => sameName(m.name, municipalityName))
      : undefined;
    if (municipalityName && !municipality) {
      errors.push(
        err(row, 'unknownMunicipality', `${municipalityName} is not one of the programme's municipalities`, {
          column: cell.column('municipality'),
          value: shorten(municipalityName),
        }),
      );
    }
    if (email && email.length <= 254 && !EMAIL.test(email))
      errors.push(
        err(row, 'badEmail', `${email} is not an e-mail address`, {
          column: cell.column('email'),
          value: shorten(email),
        }),
      );
    if (errors.length > before || !municipality) continue;

    const key = email ? `@${email.toLowerCase()}` : `${municipality.id}\n${nameKey(name)}`;
    if (seen.has(key)) {
      errors.push(
        err(row, 'duplicate', `${email || name} is also on row ${seen.get(key)}`, {
          column: cell.column(email ? 'email' : 'name'),
          value: shorten(email || name),
        }),
      );
      continue;
    }
    seen.set(key, row);
    const existing = draft.participants.find((p) =>
      email
        ? p.email?.toLowerCase() === email.toLowerCase()
        : p.municipalityId === municipality.id && nameKey(p.name) === nameKey(name),
    );
    const fields: Omit<EnrolledParticipant, 'id'> = { name, municipalityId: municipality.id };
    if (email) fields.email = email;
    else if (existing?.email && !cell.has('email')) fields.email = existing.email;
    if (title) fields.title = title;
    else if (existing?.title && !cell.has('title')) fields.title = existing.title;
    if (existing) {
      Object.assign(existing, fields);
      if (!fields.email) delete existing.email;
      if (!fields.title) delete existing.title;
      blame.set(existing.id, row);
    } else if (draft.participants.length >= PROGRAMME_LIMITS.participants) {
      errors.push(
        err(row, 'tooMany', `a programme holds at most ${PROGRAMME_LIMITS.participants} participants`, {
          count: PROGRAMME_LIMITS.participants,
        }),
      );
    } else {
      const id = newId();
      draft.participants.push({ id, ...fields });
      blame.set(id, row);
    }
  }
}

/** The programme as a spreadsheet: the header row, then one row per municipality or participant. */
export function exportTable(doc: Programme, kind: ImportKind): string[][] {
  const municipalityName = new Map(doc.municipalities.map((m) => [m.id, m.name]));
  if (kind === 'participants') {
    return [
      [...EXPORT_HEADERS.participants],
      ...doc.participants.map((p) => [
        p.name,
        municipalityName.get(p.municipalityId) ?? '',
        p.email ?? '',
        p.title ?? '',
      ]),
    ];
  }
  const memberName = new Map(doc.team.map((t) => [t.id, t.name]));
  return [
    [...EXPORT_HEADERS.municipalities],
    ...doc.municipalities.map((m) => {
      const c = doc.clusters.find((cluster) => cluster.municipalityIds.includes(m.id));
      return [
        m.name,
        m.colour,
        c?.name ?? '',
        (c?.supervisorId && memberName.get(c.supervisorId)) || '',
        c?.room ?? '',
      ];
    }),
  ];
}
