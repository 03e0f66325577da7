/**
 * Live agenda edits over real sockets: the facilitator reshapes the day while
 * it runs, and every console, the projector and the phones follow.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  closeAll,
  connect,
  createMeeting,
  joinByCode,
  resync,
  send,
  serverSeq,
  startServer,
  track,
  waitFor,
  type CreatedMeeting,
  type MeetingSocket,
  type Mirror,
  type TestServer,
} from '../support/server';

const at = (hhmm: string) => Date.parse(`2026-11-23T${hhmm}:00+01:00`);

interface Client {
  who: string;
  socket: MeetingSocket;
  view: Mirror;
}

let server: TestServer;
let meeting: CreatedMeeting;
let facilitator: Client;
let clients: Client[];

async function client(who: string, socket: MeetingSocket): Promise<Client> {
  const view = track(socket);
  await view.ready;
  return { who, socket, view };
}

beforeEach(async () => {
  server = await startServer();
  meeting = await createMeeting(server.url);
  const [anna, omar] = await Promise.all([
    joinByCode(server.url, meeting.code, 'Anna Svensson', 'Trelleborg'),
    joinByCode(server.url, meeting.code, 'Omar Haddad', 'Kungsbacka'),
  ]);
  facilitator = await client('facilitator', await connect(server.url, { token: meeting.facilitatorToken }));
  clients = [
    facilitator,
    await client('screen', await connect(server.url, { token: meeting.screenToken })),
    await client('Anna', anna.socket),
    await client('Omar', omar.socket),
  ];
});

afterEach(closeAll);

/** Sends as the facilitator at `hhmm` and expects ok. */
async function edit(command: unknown, hhmm = '08:40', from: Client = facilitator): Promise<void> {
  server.clock.set(at(hhmm));
  expect(await send(from.socket, command)).toMatchObject({ ok: true });
}

const idOf = (title: string) => {
  const s = facilitator.view.state.agenda.find((x) => x.title === title);
  if (!s) throw new Error(`no segment ${title} on the console`);
  return s.id;
};

/** [S1] Every client's mirror is what a fresh resync would give it: same seq, same state for its role. */
async function expectConverged(all: Client[]): Promise<void> {
  const seq = await serverSeq(facilitator.socket);
  await waitFor(() => all.every((c) => c.view.seq === seq), 3_000, `every client at seq ${seq}`);
  for (const c of all) {
    const fresh = await resync(c.socket, 0);
    if (!fresh.ok || fresh.kind !== 'snapshot') throw new Error(`${c.who}: expected a snapshot`);
    expect({ who: c.who, seq: c.view.seq, state: c.view.state }).toEqual({
      who: c.who,
      seq: fresh.seq,
      state: fresh.state,
    });
  }
}

const currentTitle = (c: Client) =>
  c.view.state.agenda.find((s) => s.id === c.view.state.currentSegmentId)?.title ?? null;

describe('[S1] the facilitator reshapes the morning live', () => {
  it('inserts, swaps, moves and skips during the coffee: console, projector and both phones hold exactly their view', async () => {
    await edit({ type: 'advanceAgenda', fromSegmentId: null }, '08:00');
    await edit({ type: 'advanceAgenda', fromSegmentId: idOf('Teamets incheckning') }, '08:31');

    await edit(
      {
        type: 'addSegment',
        afterSegmentId: idOf('Dagens tema'),
        kind: 'custom',
        title: 'Extra övning',
        plannedMinutes: 15,
      },
      '08:35',
    );
    await edit({ type: 'swapSegments', segmentId: idOf('Lunch'), otherSegmentId: idOf('Grupparbete') }, '08:36');
    await edit({ type: 'moveSegment', segmentId: idOf('Dagens tema'), toIndex: 2 }, '08:37');
    await edit(
      { type: 'skipSegment', segmentId: idOf('Kaffe – återsamling 10.45 i kommunklustren'), skipped: true },
      '08:38',
    );
    await edit({ type: 'updateSegment', segmentId: idOf('Morgonkaffe och mingel'), plannedMinutes: 40 }, '08:39');
    await edit({ type: 'advanceAgenda', fromSegmentId: idOf('Morgonkaffe och mingel') }, '09:10');

    await expectConverged(clients);
    for (const c of clients) {
      expect(currentTitle(c)).toBe('Dagens tema');
      expect(c.view.state.agenda.map((s) => s.title).slice(1, 6)).toEqual([
        'Morgonkaffe och mingel',
        'Dagens tema',
        'Incheckningsövning',
        'Extra övning',
        'Kaffe – återsamling 10.45 i kommunklustren',
      ]);
      expect(c.view.state.agenda.find((s) => s.title === 'Kaffe – återsamling 10.45 i kommunklustren')?.skipped).toBe(
        true,
      );
      expect(c.view.state.agenda.find((s) => s.title === 'Grupparbete')?.plannedStart).toBe('12:25');
    }
  });

  it('two facilitator consoles edit at the same moment: both edits land, and everyone converges', async () => {
    const second = await client('second console', await connect(server.url, { token: meeting.facilitatorToken }));
    const everyone = [...clients, second];
    const before = await serverSeq(facilitator.socket);
    server.clock.set(at('08:20'));

    const acks = await Promise.all([
      send(facilitator.socket, {
        type: 'addSegment',
        afterSegmentId: idOf('Lunch'),
        kind: 'custom',
        title: 'Promenad',
        plannedMinutes: 20,
      }),
      send(second.socket, { type: 'skipSegment', segmentId: idOf('Incheckningsövning'), skipped: true }),
      send(second.socket, { type: 'updateSegment', segmentId: idOf('Dagens tema'), plannedMinutes: 45 }),
    ]);
    expect(acks.map((a) => a.ok)).toEqual([true, true, true]);
    expect(await serverSeq(facilitator.socket)).toBe(before + 3);

    await expectConverged(everyone);
    for (const c of everyone) {
      const agenda = c.view.state.agenda;
      expect(agenda.find((s) => s.title === 'Incheckningsövning')?.skipped).toBe(true);
      expect(agenda.find((s) => s.title === 'Dagens tema')?.plannedMinutes).toBe(45);
      expect(agenda.find((s) => s.title === 'Promenad')?.plannedStart).toBe('12:45');
    }
  });
});

describe('[A1] [E1] a participant cannot edit the agenda', () => {
  it("Anna's phone sending addSegment gets forbidden, and no screen changes", async () => {
    const anna = clients[2]!;
    const before = await serverSeq(facilitator.socket);
    const agendaBefore = facilitator.view.state.agenda;
    const seqsBefore = clients.map((c) => c.view.seq);

    const ack = await send(anna.socket, {
      type: 'addSegment',
      afterSegmentId: null,
      kind: 'custom',
      title: 'Annas punkt',
      plannedMinutes: 10,
    });
    expect(ack).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });

    expect(await serverSeq(facilitator.socket)).toBe(before);
    expect(clients.map((c) => c.view.seq)).toEqual(seqsBefore);
    for (const c of clients) expect(c.view.state.agenda).toEqual(agendaBefore);
    await expectConverged(clients);
  });
});
