/** Spreadsheet exports of a check-in: only the meeting's team gets them, in a form Swedish Excel opens. */
import { afterEach, describe, expect, it } from 'vitest';
import { boardTemplate } from '../../shared/day/board';
import {
  closeAll,
  connect,
  createMeeting,
  joinByCode,
  resync,
  send,
  startServer,
  tokenFromLink,
  type TestServer,
} from '../support/server';

afterEach(closeAll);

async function checkInAndOut(server: TestServer, anonymous = false) {
  const meeting = await createMeeting(server.url, {
    name: 'Lärträff 2',
    date: '2027-02-15',
    municipalities: [{ name: 'Höör' }, { name: 'Ystad' }],
  });
  const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
  const åsa = await joinByCode(server.url, meeting.code, 'Åsa Öberg', 'Höör');
  const created = await send(facilitator, {
    type: 'createExercise',
    kind: 'checkIn',
    title: 'Incheckning; dag 2',
    anonymous,
    hiddenUntilReveal: false,
    statements: [{ text: 'Vi har ett "EOR"; alla känner till det', board: boardTemplate('line') }],
  });
  expect(created.ok).toBe(true);
  const snapshot = async () => {
    const ack = await resync(facilitator, 0);
    if (!ack.ok || ack.kind !== 'snapshot') throw new Error('expected a snapshot');
    return ack;
  };
  const place = async (exerciseIndex: number, x: number) => {
    const statementId = (await snapshot()).state.exercises[exerciseIndex]!.statements[0]!.id;
    expect((await send(facilitator, { type: 'openStatement', statementId })).ok).toBe(true);
    expect((await send(åsa.socket, { type: 'place', statementId, x, y: 0.5 })).ok).toBe(true);
  };
  await place(0, 0.12);
  expect(
    (await send(facilitator, { type: 'mirrorExercise', exerciseId: (await snapshot()).state.exercises[0]!.id })).ok,
  ).toBe(true);
  await place(1, 0.88);
  return { meeting, åsa };
}

const get = (server: TestServer, meetingId: string, file: string, token?: string) =>
  fetch(
    `${server.url}/api/meetings/${meetingId}/export/${file}`,
    token ? { headers: { authorization: `Bearer ${token}` } } : {},
  );

describe('exporting placements and the comparison', () => {
  it('the facilitator downloads the placements: UTF-8 with BOM, semicolons, Swedish names and decimal commas', async () => {
    const server = await startServer();
    const { meeting } = await checkInAndOut(server);
    const res = await get(server, meeting.meetingId, 'placements.csv', meeting.facilitatorToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toContain('placements-2027-02-15.csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('Övning;Typ;Påstående;Deltagare;Kommun;x;y;Närmaste kort;Avstånd;Poäng (0–100);Tid');
    expect(lines).toHaveLength(3);
    // Cells with a semicolon or a quote are quoted; the pole is the nearest card; 0.12 is "0,12" and scores 0.
    expect(lines[1]).toContain(
      '"Incheckning; dag 2";Incheckning;"Vi har ett ""EOR""; alla känner till det";Åsa Öberg;Höör;0,12;0,50;Stämmer inte alls;0,00;0;',
    );
    expect(lines[2]).toContain(';Utcheckning;');
    expect(lines[2]).toContain(';0,88;0,50;Stämmer helt;0,00;100;');
  });

  it("the comparison has Åsa's move (+100 points), Höör's mean and the group's", async () => {
    const server = await startServer();
    const { meeting } = await checkInAndOut(server);
    const res = await get(server, meeting.meetingId, 'comparison.csv', tokenFromLink(meeting.evaluatorLink));
    expect(res.status).toBe(200);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/;Deltagare;Höör;Åsa Öberg;1;0,12;0,50;0,88;0,50;0,76;100,00$/);
    expect(lines[2]).toMatch(/;Kommun;Höör;;1;;;;;0,76;100,00$/);
    expect(lines[3]).toMatch(/;Hela gruppen;;;1;;;;;0,76;100,00$/);
  });

  it('an anonymous exercise exports no names', async () => {
    const server = await startServer();
    const { meeting } = await checkInAndOut(server, true);
    const text = await (await get(server, meeting.meetingId, 'comparison.csv', meeting.facilitatorToken)).text();
    expect(text).not.toContain('Åsa');
    expect(text).toContain('Höör');
  });

  it("without a token, with a participant's or the screen's, or with another meeting's facilitator link: refused with a typed error", async () => {
    const server = await startServer();
    const { meeting, åsa } = await checkInAndOut(server);
    const other = await createMeeting(server.url);
    const cases: [string | undefined, number][] = [
      [undefined, 401],
      [åsa.token, 403],
      [meeting.screenToken, 403],
      [other.facilitatorToken, 403],
      ['x'.repeat(40), 403],
    ];
    for (const [token, status] of cases) {
      const res = await get(server, meeting.meetingId, 'placements.csv', token);
      expect(res.status, `token ${token?.slice(0, 6)}`).toBe(status);
      expect(await res.json()).toMatchObject({ code: 'forbidden' });
    }
    expect((await get(server, meeting.meetingId, 'secrets.csv', meeting.facilitatorToken)).status).toBe(404);
  });
});
