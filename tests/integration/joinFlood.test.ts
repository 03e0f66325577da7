/**
 * [A9] The join code alone cannot fill a meeting: one join per guest socket,
 * joins limited per address, and the municipalities a join may add limited.
 * A script flooding joins from one address, with a made-up municipality each,
 * leaves room for the real people and their list of municipalities readable.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { CreateMeetingResponse, type CommandAck } from '../../shared/protocol';
import { NEW_MUNICIPALITIES_BY_JOIN } from '../../shared/day/participant';
import { createProgramme, programmeApi, programmeOf, SOUTH_COAST } from '../support/programme';
import {
  closeAll,
  connect,
  createMeeting,
  joinByCode,
  send,
  snapshot,
  startServer,
  type MeetingSocket,
} from '../support/server';

afterEach(closeAll);

const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
const outcome = (ack: CommandAck) => (ack.ok ? 'ok' : ack.error.code);

describe('[A9] joining with the code', () => {
  it('[A9] a guest socket joins once: a second join from it is a conflict and the roster holds one person', async () => {
    const server = await startServer();
    const meeting = await createMeeting(server.url);
    const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
    const guest = await connect(server.url, { code: meeting.code });
    const [first, ...again] = await Promise.all([
      send(guest, { type: 'join', name: 'Anna', municipality: 'Trelleborg' }),
      send(guest, { type: 'join', name: 'Anna 2', municipality: 'Trelleborg' }),
      send(guest, { type: 'join', name: 'Anna 3', municipality: 'Trelleborg' }),
    ]);
    expect(outcome(first!)).toBe('ok');
    expect(again.map(outcome)).toEqual(['conflict', 'conflict']);
    expect((await snapshot(facilitator)).state.participants).toHaveLength(1);
    // A join that was refused does not use up the socket: the person corrects it and joins.
    const bertil = await connect(server.url, { code: meeting.code });
    expect(outcome(await send(bertil, { type: 'join', municipality: 'Trelleborg' }))).toBe('invalid');
    expect(outcome(await send(bertil, { type: 'join', name: 'Bertil', municipality: 'Trelleborg' }))).toBe('ok');
  });

  it('[A9] joins from one address are limited; past the limit nothing changes, and another address still gets in', async () => {
    const server = await startServer({ trustProxy: 1, limits: { join: { points: 3, duration: 60 } } });
    const meeting = await createMeeting(server.url);
    const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
    for (let i = 0; i < 3; i++) await joinByCode(server.url, meeting.code, `Deltagare ${i}`, 'Ystad', from('10.0.0.7'));
    const before = await snapshot(facilitator);
    const fourth = await connect(server.url, { code: meeting.code }, from('10.0.0.7'));
    expect(outcome(await send(fourth, { type: 'join', name: 'Fyra', municipality: 'Ystad' }))).toBe('rate_limited');
    expect((await snapshot(facilitator)).seq).toBe(before.seq);
    await joinByCode(server.url, meeting.code, 'Anna', 'Ystad', from('10.0.0.8'));
  });

  it(`[A9] a single meeting takes ${NEW_MUNICIPALITIES_BY_JOIN} new municipalities from joins, then only those on its list`, async () => {
    const server = await startServer();
    const meeting = await createMeeting(server.url);
    const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
    for (let i = 0; i < NEW_MUNICIPALITIES_BY_JOIN; i++)
      await joinByCode(server.url, meeting.code, `Deltagare ${i}`, `Kommun ${i}`);
    const guest = await connect(server.url, { code: meeting.code });
    const refused = await send(guest, { type: 'join', name: 'Ny', municipality: 'Påhittad kommun' });
    expect(outcome(refused)).toBe('conflict');
    const { state } = await snapshot(facilitator);
    expect(state.municipalities).toHaveLength(2 + NEW_MUNICIPALITIES_BY_JOIN);
    // One already on the list is fine.
    expect(outcome(await send(guest, { type: 'join', name: 'Ny', municipality: 'kommun 3' }))).toBe('ok');
  });

  it('[A9] the facilitator chooses how many new municipalities a meeting takes: none at all', async () => {
    const server = await startServer();
    const meeting = await createMeeting(server.url, {
      name: 'Lärträff 5',
      date: '2027-05-10',
      municipalities: [{ name: 'Ystad' }],
      newMunicipalityLimit: 0,
    });
    const guest = await connect(server.url, { code: meeting.code });
    expect(outcome(await send(guest, { type: 'join', name: 'Ny', municipality: 'Skurup' }))).toBe('conflict');
    expect(outcome(await send(guest, { type: 'join', name: 'Ny', municipality: 'Ystad' }))).toBe('ok');
  });

  it("[A9] a programme's meeting takes only the programme's municipalities", async () => {
    const server = await startServer();
    const created = await createProgramme(server.url);
    const api = programmeApi(server.url, created.token);
    const path = `/api/programmes/${created.programmeId}`;
    const saved = await api.put(path, { ...programmeOf(SOUTH_COAST), id: created.programmeId, version: 0 });
    expect(saved.status).toBe(200);
    const { meetings } = (await saved.json()) as { meetings: { id: string }[] };
    const links = CreateMeetingResponse.parse(
      await (await api.post(`${path}/meetings/${meetings[0]!.id}/start`)).json(),
    );
    const guest = await connect(server.url, { code: links.code });
    expect(outcome(await send(guest, { type: 'join', name: 'Ny', municipality: 'Malmö' }))).toBe('invalid');
    expect(outcome(await send(guest, { type: 'join', name: 'Ny', municipality: 'Sjöbo' }))).toBe('ok');
  });

  it('[A9] a flood of joins from one address, each with a made-up municipality, leaves room for the real people', async () => {
    const server = await startServer({ trustProxy: 1, limits: { join: { points: 40, duration: 60 } } });
    const meeting = await createMeeting(server.url);
    const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
    const flood = fc.sample(
      fc.record({
        name: fc.string({ minLength: 1, maxLength: 40 }),
        municipality: fc.string({ minLength: 1, maxLength: 40 }),
      }),
      { numRuns: 80, seed: 21 },
    );
    const codes: string[] = [];
    // Each script socket sends its join several times, as a script would.
    for (let i = 0; i < flood.length; i += 10) {
      const batch = flood.slice(i, i + 10);
      const acks = await Promise.all(
        batch.map(async (join) => {
          const socket: MeetingSocket = await connect(server.url, { code: meeting.code }, from('203.0.113.9'));
          const acks = [];
          for (let n = 0; n < 3; n++) acks.push(await send(socket, { type: 'join', ...join }));
          socket.disconnect();
          return acks;
        }),
      );
      codes.push(...acks.flat().map(outcome));
    }
    // Every answer is typed; the accepted are few.
    expect(codes.every((c) => ['ok', 'invalid', 'conflict', 'rate_limited'].includes(c))).toBe(true);
    const { state } = await snapshot(facilitator);
    expect(state.participants.length).toBeLessThanOrEqual(40);
    expect(state.municipalities.length).toBeLessThanOrEqual(2 + NEW_MUNICIPALITIES_BY_JOIN);
    // The real people arrive from the venue's own network and get in.
    for (const name of ['Anna', 'Bertil', 'Cecilia'])
      await joinByCode(server.url, meeting.code, name, 'Trelleborg', from('192.0.2.10'));
  });

  it("[A9] a venue's NAT: a room of 300 joining within minutes from one address all get in with the default limits", async () => {
    const server = await startServer({ trustProxy: 1 });
    const meeting = await createMeeting(server.url);
    const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
    for (let i = 0; i < 300; i += 25) {
      const acks = await Promise.all(
        Array.from({ length: 25 }, async (_, j) => {
          const guest = await connect(server.url, { code: meeting.code }, from('198.51.100.1'));
          const ack = await send(guest, {
            type: 'join',
            name: `Deltagare ${i + j}`,
            municipality: j % 2 ? 'Trelleborg' : 'Kungsbacka',
          });
          guest.disconnect();
          return outcome(ack);
        }),
      );
      expect(acks).toEqual(Array(25).fill('ok'));
    }
    expect((await snapshot(facilitator)).state.participants).toHaveLength(300);
  }, 60_000);
});
