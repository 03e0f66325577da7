/**
 * The day's report as files for the team (CSV for Swedish Excel, JSON), and
 * the programme's report for the organiser, from the real server.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Programme } from '../../shared/year/programme';
import { ProgrammeReport } from '../../shared/year/programmeApi';
import { CreateMeetingResponse } from '../../shared/protocol';
import { readCsv } from '../../server/csv';
import { boardTemplate } from '../../shared/day/board';
import { createProgramme, programmeApi, programmeOf, SOUTH_COAST } from '../support/programme';
import {
  closeAll,
  connect,
  joinByCode,
  openMeeting,
  send,
  snapshot,
  startServer,
  tokenFromLink,
  type TestServer,
} from '../support/server';

afterEach(closeAll);

/** An evaluator's note with everything a CSV writer can get wrong. */
const NOTE = 'Höör; "vi hann inte"\nRad två: åäö ÅÄÖ';

const get = (server: TestServer, meetingId: string, file: string, token?: string) =>
  fetch(
    `${server.url}/api/meetings/${meetingId}/export/${file}`,
    token ? { headers: { authorization: `Bearer ${token}` } } : {},
  );

async function dayWithNotes() {
  const { server, meeting, facilitator } = await openMeeting();
  const evaluator = await connect(server.url, { token: tokenFromLink(meeting.evaluatorLink) });
  const åsa = await joinByCode(server.url, meeting.code, 'Åsa Öberg', 'Kungsbacka');
  expect((await send(facilitator, { type: 'advanceAgenda', fromSegmentId: null })).ok).toBe(true);
  expect((await send(evaluator, { type: 'addTeamNote', kind: 'observation', text: NOTE })).ok).toBe(true);
  expect((await send(evaluator, { type: 'addTeamNote', kind: 'feedback', text: '=SUMMA(A1:A9)' })).ok).toBe(true);
  return { server, meeting, åsa };
}

/** Åsa and Per take a stand at the check-in and the check-out (a named exercise). */
async function dayWithMoves() {
  const { server, meeting, facilitator } = await openMeeting();
  const people = [
    await joinByCode(server.url, meeting.code, 'Åsa Öberg', 'Kungsbacka'),
    await joinByCode(server.url, meeting.code, 'Per Holm', 'Kungsbacka'),
  ];
  const ok = async (command: object, socket = facilitator) => expect((await send(socket, command)).ok).toBe(true);
  const board = boardTemplate('line');
  await ok({
    type: 'createExercise',
    kind: 'checkIn',
    title: 'Incheckning',
    anonymous: false,
    hiddenUntilReveal: false,
    statements: [{ text: 'Vi har ett EOR', board }],
  });
  let { state } = await snapshot(facilitator);
  await ok({ type: 'openStatement', statementId: state.exercises[0]!.statements[0]!.id });
  for (const [i, p] of people.entries())
    await ok({ type: 'place', statementId: state.exercises[0]!.statements[0]!.id, x: 0.1 + i / 10, y: 0.5 }, p.socket);
  await ok({ type: 'mirrorExercise', exerciseId: state.exercises[0]!.id });
  ({ state } = await snapshot(facilitator));
  const checkOut = state.exercises[1]!.statements[0]!.id;
  await ok({ type: 'openStatement', statementId: checkOut });
  for (const [i, p] of people.entries())
    await ok({ type: 'place', statementId: checkOut, x: 0.8 + i / 10, y: 0.5 }, p.socket);
  return { server, meeting };
}

describe("the day's report as a file", () => {
  it("[V2] the handout has no names in the check-in/check-out rows, in CSV or JSON; the team's version has them", async () => {
    const { server, meeting } = await dayWithMoves();
    const file = async (name: string) => (await get(server, meeting.meetingId, name, meeting.facilitatorToken)).text();
    const [csv, json, teamCsv] = await Promise.all([
      file('report.csv'),
      file('report.json'),
      file('report.csv?team=1'),
    ]);
    expect(csv).toContain('Vi har ett EOR;Deltagare;Kungsbacka;;1;');
    for (const handout of [csv, json]) {
      expect(handout).not.toContain('Åsa');
      expect(handout).not.toContain('Per Holm');
    }
    expect(teamCsv).toContain('Vi har ett EOR;Deltagare;Kungsbacka;Åsa Öberg;1;');
  });

  it('CSV for Swedish Excel: a BOM, semicolons, CRLF; the note with ; " a line break and å ä ö comes back as written', async () => {
    const { server, meeting } = await dayWithNotes();
    const res = await get(server, meeting.meetingId, 'report.csv?team=1', meeting.facilitatorToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toContain('report-2026-11-23.csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('\r\nNärvaro\r\nKommun;Antal;Namn\r\n');
    expect(text).toContain('Kungsbacka;1;Åsa Öberg\r\n');
    // Quoted whole, the quotes doubled, the line break inside the quotes.
    expect(text).toContain('Observation;"Höör; ""vi hann inte""\nRad två: åäö ÅÄÖ";');
    // A formula stays text in a spreadsheet.
    expect(text).toContain(`Återkoppling;'=SUMMA(A1:A9);`);
    const read = readCsv(bytes);
    if (!read.ok) throw new Error('the export does not read back');
    const notes = read.table.rows.map((r) => r.cells).filter((c) => c[0] === 'Observation' || c[0] === 'Återkoppling');
    expect(notes.map((c) => c[1])).toEqual([NOTE, '=SUMMA(A1:A9)']);
  });

  it('[V2] handed out without ?team=1: no team notes and no names in the attendance', async () => {
    const { server, meeting } = await dayWithNotes();
    const text = await (await get(server, meeting.meetingId, 'report.csv', meeting.facilitatorToken)).text();
    expect(text).toContain('Kungsbacka;1\r\n');
    expect(text).not.toContain('Åsa');
    expect(text).not.toContain('vi hann inte');
    const json = await (
      await get(server, meeting.meetingId, 'report.json', tokenFromLink(meeting.evaluatorLink))
    ).json();
    expect(json).toMatchObject({
      meeting: { meetingId: meeting.meetingId },
      attendance: {
        rows: [
          { municipality: 'Trelleborg', names: [] },
          { municipality: 'Kungsbacka', count: 1, names: [] },
        ],
      },
      team: null,
    });
  });

  it("JSON for the team: the same report, with the team's parts", async () => {
    const { server, meeting } = await dayWithNotes();
    const res = await get(server, meeting.meetingId, 'report.json?team=1', tokenFromLink(meeting.evaluatorLink));
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const json = (await res.json()) as {
      attendance: { total: number };
      team: { notes: { text: string }[] };
      agenda: { rows: { status: string }[] };
    };
    expect(json.attendance.total).toBe(1);
    expect(json.team.notes.map((n) => n.text)).toEqual([NOTE, '=SUMMA(A1:A9)']);
    expect(json.agenda.rows[0]!.status).toBe('current');
  });

  it('[PR6] a segment ended 20 minutes early is -20,0 in the CSV: a number to Excel, not text; a formula note stays text', async () => {
    const { server, meeting, facilitator } = await openMeeting();
    const evaluator = await connect(server.url, { token: tokenFromLink(meeting.evaluatorLink) });
    const first = await send(facilitator, { type: 'advanceAgenda', fromSegmentId: null });
    expect(first.ok).toBe(true);
    const { state } = await snapshot(facilitator);
    const running = state.agenda.find((s) => s.actualStart !== undefined && s.actualEnd === undefined)!;
    server.clock.advance(running.plannedMinutes * 60_000 - 20 * 60_000);
    expect((await send(facilitator, { type: 'advanceAgenda', fromSegmentId: running.id })).ok).toBe(true);
    expect((await send(evaluator, { type: 'addTeamNote', kind: 'feedback', text: '-1+1' })).ok).toBe(true);
    const text = await (await get(server, meeting.meetingId, 'report.csv?team=1', meeting.facilitatorToken)).text();
    const row = text.split('\r\n').find((line) => line.startsWith(`${running.title};`))!;
    expect(row.split(';').slice(-2)).toEqual([`${running.plannedMinutes - 20},0`, '-20,0']);
    expect(text).toContain(`Återkoppling;'-1+1;`);
  });

  it("only the meeting's team gets it: a participant's or the screen's token is refused, and ?team= takes 0 or 1", async () => {
    const { server, meeting, åsa } = await dayWithNotes();
    for (const [token, status] of [
      [undefined, 401],
      [åsa.token, 403],
      [meeting.screenToken, 403],
    ] as const) {
      const res = await get(server, meeting.meetingId, 'report.json?team=1', token);
      expect(res.status).toBe(status);
      expect(await res.json()).toMatchObject({ code: 'forbidden' });
    }
    const res = await get(server, meeting.meetingId, 'report.csv?team=yes', meeting.facilitatorToken);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'invalid' });
  });
});

describe('the programme report', () => {
  it('the organiser sees who came to lärträff 1 per municipality; lärträff 2 not held yet; without the token nothing', async () => {
    const server = await startServer();
    const created = await createProgramme(server.url);
    const api = programmeApi(server.url, created.token);
    const path = `/api/programmes/${created.programmeId}`;
    const saved = Programme.parse(
      await (await api.put(path, { ...programmeOf(SOUTH_COAST), id: created.programmeId, version: 0 })).json(),
    );
    const links = CreateMeetingResponse.parse(
      await (await api.post(`${path}/meetings/${saved.meetings[0]!.id}/start`)).json(),
    );
    await joinByCode(server.url, links.code, 'Lisa', 'Ystad');
    await joinByCode(server.url, links.code, 'Omar', 'Höör');
    await joinByCode(server.url, links.code, 'Nils', 'Höör');

    const report = ProgrammeReport.parse(await (await api.get(`${path}/report`)).json());
    expect(report.meetings.map((m) => m.held)).toEqual([true, false]);
    expect(report.attendance.filter((a) => a.counts[0]).map((a) => [a.municipality, a.counts])).toEqual([
      ['Ystad', [1, null]],
      ['Höör', [2, null]],
    ]);
    expect(report.totals).toEqual([3, null]);

    const csv = await api.get(`${path}/export/report.csv`);
    expect(csv.headers.get('content-disposition')).toContain('arsrapport.csv');
    expect(await csv.text()).toContain('Höör;0;2;\r\n');
    expect((await programmeApi(server.url, null).get(`${path}/report`)).status).toBe(401);
  });
});
