/**
 * The organiser's spreadsheets: municipalities and participants in and out as
 * CSV, the way Swedish Excel, LibreOffice and Google Sheets write them.
 * All or nothing: a bad row is reported by its spreadsheet row and nothing applies.
 */
import { describe, expect, it } from 'vitest';
import type { Programme } from '../../shared/year/programme';
import { exportTable, importTable, type ImportKind, type ImportResult } from '../../shared/year/programmeImport';
import { readCsv, writeCsv } from '../../server/csv';
import { counterIds, programmeOf, SOUTH_COAST } from '../support/programme';

const BOM = '\uFEFF';

/** What the server does with an uploaded file: read the CSV, then apply it. */
function importCsv(doc: Programme, kind: ImportKind, file: string | Uint8Array): ImportResult {
  const read = readCsv(file);
  if (!read.ok) return read;
  const ids = counterIds();
  return importTable(doc, kind, read.table, () => ids('new'));
}

function imported(result: ImportResult): Programme {
  if (!result.ok) throw new Error(`import refused: ${JSON.stringify(result.errors)}`);
  return result.doc;
}

function errorsOf(result: ImportResult) {
  if (result.ok) throw new Error('the import was accepted');
  return result.errors.map((e) => `row ${e.row}${e.column ? ` ${e.column}` : ''}: ${e.problem}`);
}

const names = (doc: Programme) => doc.municipalities.map((m) => m.name);
const clusterView = (doc: Programme) =>
  doc.clusters.map((c) => ({
    name: c.name,
    municipalities: c.municipalityIds.map((id) => doc.municipalities.find((m) => m.id === id)?.name),
    supervisor: doc.team.find((t) => t.id === c.supervisorId)?.name,
    room: c.room,
  }));

describe('importing the municipality list from Excel', () => {
  const excel = [
    'Kommun;Färg;Kluster;Handledare;Rum',
    'Ystad;#1F5FA8;Kluster Syd;Karin Nilsson;Rum 2',
    'Skurup;;Kluster Syd;Karin Nilsson;Rum 2',
    'Sjöbo;;Kluster Öst;Ahmed Hassan;Rum 3',
    'Höör;#00717a;Kluster Öst;;',
    'Tomelilla;;;;',
  ].join('\r\n');

  it('semicolons, å ä ö, a BOM: every municipality, both clusters, their supervisors join the team', () => {
    const doc = imported(importCsv(programmeOf({}), 'municipalities', BOM + excel));
    expect(names(doc)).toEqual(['Ystad', 'Skurup', 'Sjöbo', 'Höör', 'Tomelilla']);
    expect(doc.municipalities[0]!.colour).toBe('#1f5fa8');
    expect(new Set(doc.municipalities.map((m) => m.colour)).size).toBe(5);
    expect(clusterView(doc)).toEqual([
      { name: 'Kluster Syd', municipalities: ['Ystad', 'Skurup'], supervisor: 'Karin Nilsson', room: 'Rum 2' },
      { name: 'Kluster Öst', municipalities: ['Sjöbo', 'Höör'], supervisor: 'Ahmed Hassan', room: 'Rum 3' },
    ]);
    expect(doc.team).toEqual([
      expect.objectContaining({ name: 'Karin Nilsson', role: 'supervisor' }),
      expect.objectContaining({ name: 'Ahmed Hassan', role: 'supervisor' }),
    ]);
  });

  it('the same list from Google Sheets: commas, English headers in capitals, no BOM, LF line ends', () => {
    const csv = 'MUNICIPALITY,Colour,Cluster,Supervisor,Room\nYstad,,South,Karin,A\nSkurup,,South,Karin,A\n';
    const doc = imported(importCsv(programmeOf({}), 'municipalities', csv));
    expect(clusterView(doc)).toEqual([
      { name: 'South', municipalities: ['Ystad', 'Skurup'], supervisor: 'Karin', room: 'A' },
    ]);
  });

  it('old Excel saving "CSV (semikolonavgränsad)" in Windows-1252: Höör and Sjöbo still read right', () => {
    const latin1 = Buffer.from('Kommun;Kluster\r\nHöör;Kluster Öst\r\nSjöbo;Kluster Öst\r\n', 'latin1');
    const doc = imported(importCsv(programmeOf({}), 'municipalities', latin1));
    expect(names(doc)).toEqual(['Höör', 'Sjöbo']);
    expect(doc.clusters[0]!.name).toBe('Kluster Öst');
  });

  it('a list with only the Kommun column adds the new ones, keeps the clusters, and matches "ystad" to Ystad', () => {
    const before = programmeOf(SOUTH_COAST);
    const doc = imported(importCsv(before, 'municipalities', 'Kommun\nystad\nSimrishamn\n'));
    expect(names(doc)).toEqual(['Ystad', 'Skurup', 'Sjöbo', 'Höör', 'Tomelilla', 'Simrishamn']);
    expect(doc.clusters).toEqual(before.clusters);
  });

  it('moving Höör to Kluster Syd in the sheet takes it out of Kluster Öst', () => {
    const doc = imported(
      importCsv(
        programmeOf(SOUTH_COAST),
        'municipalities',
        'Kommun;Kluster;Handledare;Rum\nHöör;Kluster Syd;Karin Nilsson;Rum 2\n',
      ),
    );
    expect(clusterView(doc).map((c) => c.municipalities)).toEqual([
      ['Ystad', 'Skurup', 'Höör'],
      ['Sjöbo', 'Tomelilla'],
    ]);
  });

  it('blank rows between municipalities are skipped, and extra columns of the spreadsheet ignored', () => {
    const doc = imported(
      importCsv(programmeOf({}), 'municipalities', 'Kommun;Invånare\nYstad;29000\n;;\n\nSkurup;16000\n'),
    );
    expect(names(doc)).toEqual(['Ystad', 'Skurup']);
  });
});

describe('importing participants', () => {
  const base = () => programmeOf(SOUTH_COAST);

  it('a name with a line break inside quotes, a title with a semicolon, Swedish headers', () => {
    const csv =
      'Namn;Kommun;E-post;Titel\r\n"Anna\r\nSvensson";Ystad;anna.svensson@ystad.se;"Enhetschef; arbetsmarknad"\r\nÖrjan Åberg;sjöbo;;Jobbcoach\r\n';
    const doc = imported(importCsv(base(), 'participants', csv));
    expect(
      doc.participants.map((p) => [
        p.name,
        doc.municipalities.find((m) => m.id === p.municipalityId)?.name,
        p.email,
        p.title,
      ]),
    ).toEqual([
      ['Anna\r\nSvensson', 'Ystad', 'anna.svensson@ystad.se', 'Enhetschef; arbetsmarknad'],
      ['Örjan Åberg', 'Sjöbo', undefined, 'Jobbcoach'],
    ]);
  });

  it('Förnamn and Efternamn in two columns, as HR exports have them', () => {
    const doc = imported(importCsv(base(), 'participants', 'Förnamn,Efternamn,Kommun\nLars,Persson,Skurup\n'));
    expect(doc.participants[0]).toMatchObject({ name: 'Lars Persson' });
  });

  it('importing the list again updates people by e-mail instead of adding them twice', () => {
    const once = imported(
      importCsv(base(), 'participants', 'Namn;Kommun;E-post;Titel\nAnna Svensson;Ystad;anna@ystad.se;Handläggare\n'),
    );
    const twice = imported(
      importCsv(once, 'participants', 'Namn;Kommun;E-post;Titel\nAnna Svensson;Ystad;ANNA@ystad.se;Enhetschef\n'),
    );
    expect(twice.participants).toHaveLength(1);
    expect(twice.participants[0]).toMatchObject({ title: 'Enhetschef', id: once.participants[0]!.id });
  });
});

describe('[PR1] a bad row: every problem reported by its spreadsheet row, nothing applied', () => {
  it('an unknown municipality, a bad e-mail, a name missing and a duplicate: four rows, and the programme is untouched', () => {
    const doc = programmeOf(SOUTH_COAST);
    const before = structuredClone(doc);
    const csv = [
      'Namn;Kommun;E-post',
      'Anna Svensson;Ystad;anna@ystad.se',
      'Lars Persson;Lund;lars@lund.se',
      'Eva Ek;Sjöbo;eva(at)sjobo.se',
      ';Höör;',
      'Anna Svensson;Ystad;anna@ystad.se',
      'Maja Holm;Tomelilla;maja@tomelilla.se',
    ].join('\n');
    expect(errorsOf(importCsv(doc, 'participants', csv))).toEqual([
      'row 3 Kommun: unknownMunicipality',
      'row 4 E-post: badEmail',
      'row 5 Namn: required',
      'row 6 E-post: duplicate',
    ]);
    expect(doc).toEqual(before);
  });

  it('a bad colour and a municipality named twice are reported; the good rows are not applied either', () => {
    const result = importCsv(programmeOf({}), 'municipalities', 'Kommun;Färg\nYstad;röd\nSkurup;#00ff00\nskurup;\n');
    expect(errorsOf(result)).toEqual(['row 2 Färg: badColour', 'row 4 Kommun: duplicate']);
  });

  it('four municipalities in one cluster, reported on the row that made it four', () => {
    const csv = 'Kommun;Kluster\nYstad;K\nSkurup;K\nSjöbo;K\nHöör;K\n';
    const result = importCsv(programmeOf({}), 'municipalities', csv);
    expect(errorsOf(result)).toEqual(['row 5: clusterSize']);
  });

  it('two supervisors for one cluster in the same sheet is a conflict on the second row', () => {
    const result = importCsv(
      programmeOf({}),
      'municipalities',
      'Kommun;Kluster;Handledare\nYstad;K;Karin\nSkurup;K;Ahmed\n',
    );
    expect(errorsOf(result)).toEqual(['row 3 Handledare: conflictingValue']);
  });

  it('row numbers count a quoted cell with a line break as one row, as the spreadsheet does', () => {
    const csv = 'Namn;Kommun\n"Anna\nSvensson";Ystad\nLars;Lund\n';
    expect(errorsOf(importCsv(programmeOf(SOUTH_COAST), 'participants', csv))).toEqual([
      'row 3 Kommun: unknownMunicipality',
    ]);
  });

  it('an unquoted semicolon in a name makes a row longer than the header: said so', () => {
    expect(errorsOf(importCsv(programmeOf({}), 'municipalities', 'Kommun;Färg\nYstad;;Skåne;x\n'))).toEqual([
      'row 2: extraCells',
    ]);
  });

  it('a file without the Kommun column, or with two name columns, is told which header to use', () => {
    const missing = importCsv(programmeOf({}), 'participants', 'Namn;E-post\nAnna;anna@ystad.se\n');
    expect(errorsOf(missing)).toEqual(['row 1 Kommun: missingColumn']);
    expect(!missing.ok && missing.errors[0]!.message).toContain('Namn;Kommun;E-post;Titel');
    expect(errorsOf(importCsv(programmeOf({}), 'municipalities', 'Kommun;Namn\nYstad;Ystad\n'))).toEqual([
      'row 1 Namn: duplicateColumn',
    ]);
  });

  it('a quote that is never closed is a malformed row, not a crash', () => {
    expect(errorsOf(importCsv(programmeOf({}), 'municipalities', 'Kommun\nYstad\n"Skurup\nSjöbo\n'))).toEqual([
      'row 3: malformed',
    ]);
  });
});

describe('[E2] [PR1] hostile files get a clear refusal', () => {
  it('an empty file, a BOM alone, only a header', () => {
    expect(errorsOf(importCsv(programmeOf({}), 'municipalities', ''))).toEqual(['row 1: empty']);
    expect(errorsOf(importCsv(programmeOf({}), 'municipalities', Buffer.from(BOM)))).toEqual(['row 1: empty']);
    expect(errorsOf(importCsv(programmeOf({}), 'municipalities', 'Kommun;Färg\r\n'))).toEqual(['row 2: noRows']);
  });

  it('10 000 participants: one error saying the limit, not 10 000', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `Person ${i};Ystad`);
    const result = importCsv(programmeOf(SOUTH_COAST), 'participants', ['Namn;Kommun', ...rows].join('\n'));
    expect(errorsOf(result)).toEqual(['row 502: tooManyRows']);
    expect(!result.ok && result.errors[0]!.message).toContain('at most 500');
  });

  it('a 2 MB line is refused as too large before it is parsed', () => {
    expect(errorsOf(importCsv(programmeOf({}), 'municipalities', `Kommun\n${'x'.repeat(2 * 1024 * 1024)}\n`))).toEqual([
      'row 1: tooLarge',
    ]);
  });

  it('a name of 300 characters is too long for its row', () => {
    expect(errorsOf(importCsv(programmeOf({}), 'municipalities', `Kommun\n${'Å'.repeat(300)}\n`))).toEqual([
      'row 2 Kommun: tooLong',
    ]);
  });

  it('binary garbage (a PNG, random bytes) is not a text file', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(errorsOf(importCsv(programmeOf({}), 'municipalities', png))).toEqual(['row 1: notText']);
    let x = 7;
    const noise = Buffer.from(Array.from({ length: 4096 }, () => (x = (x * 1103515245 + 12345) % 256)));
    expect(importCsv(programmeOf({}), 'municipalities', noise).ok).toBe(false);
  });
});

describe('[PR6] exporting for Excel', () => {
  it('UTF-8 with a BOM, semicolons, CRLF, Swedish headers, clusters with their supervisor and room', () => {
    const csv = writeCsv(exportTable(programmeOf(SOUTH_COAST), 'municipalities'));
    expect(csv.startsWith(`${BOM}Kommun;Färg;Kluster;Handledare;Rum\r\n`)).toBe(true);
    expect(csv).toContain('Höör;#7b3fa0;Kluster Öst;Ahmed Hassan;Rum 3\r\n');
  });

  it('a cell a spreadsheet would run as a formula gets an apostrophe; quotes and line breaks are quoted', () => {
    const doc = programmeOf({
      municipalities: ['Ystad'],
      participants: [
        { name: '=HYPERLINK("http://evil.example","Klicka")', municipality: 'Ystad', title: '+46 411 57 70 00' },
        { name: '@SUM(A1)', municipality: 'Ystad', title: '-1+1' },
        { name: 'Anna "Annie"\nSvensson', municipality: 'Ystad' },
        { name: 'Örjan\nÅberg', municipality: 'Ystad' },
      ],
    });
    const csv = writeCsv(exportTable(doc, 'participants'));
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Klicka"")";Ystad;;'+46 411 57 70 00\r\n`);
    expect(csv).toContain("'@SUM(A1);Ystad;;'-1+1\r\n");
    expect(csv).toContain('"Anna ""Annie""\nSvensson";Ystad;;\r\n');
    // Excel ends a row at a bare line break unless the cell is quoted.
    expect(csv).toContain('"Örjan\nÅberg";Ystad;;\r\n');
    expect(csv.split('\r\n').some((line) => /^[=+\-@]/.test(line) || /;[=+\-@]/.test(line))).toBe(false);
  });

  it('[PR6] numbers stay numbers: a negative figure gets no apostrophe, a sign followed by more than a number does', () => {
    const cells = ['-29,9', '-0,42', '-3', '-1.5', '12,0', '-1+1', '-A1', '- 3', '-3,', '--3', '+3', '-3;4'];
    const csv = writeCsv([['Förändring', 'Anteckning'], cells]);
    expect(csv).toBe(
      `${BOM}Förändring;Anteckning\r\n-29,9;-0,42;-3;-1.5;12,0;'-1+1;'-A1;'- 3;'-3,;'--3;'+3;"'-3;4"\r\n`,
    );
    const read = readCsv(csv);
    expect(read.ok && read.table.rows[0]!.cells).toEqual(cells);
  });

  it('round trip: export, import into an empty programme, export again gives the same file and the same data', () => {
    const doc = programmeOf({
      ...SOUTH_COAST,
      participants: [
        { name: 'Anna Svensson', municipality: 'Ystad', email: 'anna@ystad.se', title: 'Enhetschef; arbetsmarknad' },
        { name: '=1+1', municipality: 'Höör', title: "'-quoted" },
        { name: 'Örjan\nÅberg', municipality: 'Sjöbo' },
      ],
    });
    const empty = programmeOf({});
    const municipalitiesCsv = writeCsv(exportTable(doc, 'municipalities'));
    const withMunicipalities = imported(importCsv(empty, 'municipalities', Buffer.from(municipalitiesCsv, 'utf8')));
    const participantsCsv = writeCsv(exportTable(doc, 'participants'));
    const back = imported(importCsv(withMunicipalities, 'participants', Buffer.from(participantsCsv, 'utf8')));

    expect(writeCsv(exportTable(back, 'municipalities'))).toBe(municipalitiesCsv);
    expect(writeCsv(exportTable(back, 'participants'))).toBe(participantsCsv);
    expect(clusterView(back)).toEqual(clusterView(doc));
    expect(back.participants.map(({ id: _, municipalityId: __, ...p }) => p)).toEqual(
      doc.participants.map(({ id: _, municipalityId: __, ...p }) => p),
    );
  });
});
