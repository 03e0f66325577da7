/**
 * [E1] [E2] Property-based: thousands of random and mutated messages from
 * every kind of link, over real sockets to a live server. Each command is
 * answered with a typed error (invalid when the schema refuses it, forbidden
 * when a well-formed command comes from a link that may not send it), the
 * meeting stays exactly as it was, unknown event names get no answer, and
 * the server keeps serving the day afterwards.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { may } from '../../shared/permissions';
import { CLIENT_EVENTS, Command, ERROR_CODES, ResyncRequest, type MeetingState } from '../../shared/protocol';
import { allSamples, type SampleIds } from '../support/commandSamples';
import { hostileObject, mutated, weirdValue } from '../support/hostile';
import {
  closeAll,
  connect,
  createMeeting,
  emitRaw,
  joinByCode,
  resync,
  send,
  startServer,
  tokenFromLink,
  welcomeOf,
  type CreatedMeeting,
  type MeetingSocket,
  type TestServer,
} from '../support/server';

const UNLIMITED = { points: 1_000_000, duration: 1 };
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const COMMANDS_PER_RUN = 100;
const OTHERS_PER_RUN = 12;
/** socket.io-client refuses to emit these itself. */
const RESERVED = new Set(['connect', 'connect_error', 'disconnect', 'disconnecting', 'newListener', 'removeListener']);

let server: TestServer;
let meeting: CreatedMeeting;
let facilitator: MeetingSocket;
let senders: MeetingSocket[];
let samples: Command[];

beforeAll(async () => {
  server = await startServer({ limits: { command: UNLIMITED, resync: UNLIMITED, time: UNLIMITED, drag: UNLIMITED } });
  meeting = await createMeeting(server.url, {
    name: 'Lärträff 4 – Agera',
    date: '2027-04-12',
    municipalities: ['Ystad', 'Skurup', 'Simrishamn'].map((name) => ({ name })),
    clusters: [{ name: 'Kluster Syd', municipalities: ['Ystad', 'Skurup'], supervisor: 'Karin Lind' }],
  });
  facilitator = await connect(server.url, { token: meeting.facilitatorToken });
  const snap = await snapshot();
  const ids: SampleIds = {
    segmentId: snap.agenda[0]!.id,
    otherSegmentId: snap.agenda[3]!.id,
    clusterId: snap.clusters[0]!.id,
    municipalityIds: snap.clusters[0]!.municipalityIds,
    exerciseId: 'e-none',
    statementId: 's-none',
  };
  samples = allSamples(ids);
  const lena = await joinByCode(server.url, meeting.code, 'Lena Ek', 'Ystad');
  senders = [
    facilitator,
    await connect(server.url, { token: meeting.screenToken }),
    await connect(server.url, { token: tokenFromLink(meeting.supervisorLinks[0]!.link) }),
    await connect(server.url, { token: tokenFromLink(meeting.evaluatorLink) }),
    lena.socket,
    await connect(server.url, { code: meeting.code }),
  ];
});

afterAll(closeAll);

async function snapshot(): Promise<MeetingState & { seq: number }> {
  const ack = await resync(facilitator, 0);
  if (!ack.ok || ack.kind !== 'snapshot') throw new Error('expected a snapshot');
  return { ...ack.state, seq: ack.seq };
}

/** Built lazily: the samples need the meeting's ids. */
const payload = fc.constant(null).chain(() =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...samples).chain(mutated) },
    { weight: 2, arbitrary: weirdValue },
    // Well-formed apart from hostile extra keys (which the schema drops): must still be refused for the sender's role.
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...samples), hostileObject)
        .map(([c, extra]) => ({ ...(extra as object), ...c })),
    },
  ),
);
const command = fc.record({ payload, sender: fc.nat() });
const eventName = fc
  .oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty', 'command ', 'COMMAND', 'welcome', 'events'),
  )
  .filter((name) => !RESERVED.has(name) && !Object.values<string>(CLIENT_EVENTS).includes(name));
const other = fc.oneof(
  fc.record({ kind: fc.constant('unknown' as const), name: eventName, payload: weirdValue, sender: fc.nat() }),
  fc.record({
    kind: fc.constant('resync' as const),
    name: fc.constant(CLIENT_EVENTS.resync),
    payload: weirdValue,
    sender: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('time' as const),
    name: fc.constant(CLIENT_EVENTS.time),
    payload: weirdValue,
    sender: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('drag' as const),
    name: fc.constant(CLIENT_EVENTS.drag),
    payload: weirdValue,
    sender: fc.nat(),
  }),
);

/**
 * The payload as the server receives it: Socket.IO sends JSON, so NaN becomes
 * null and undefined disappears. Binary arrives as binary (and is never a command).
 */
function asReceived(p: unknown): unknown {
  let binary = false;
  const text = JSON.stringify(p, (_key, v: unknown) => {
    if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) binary = true;
    return v;
  });
  if (binary) return p;
  return text === undefined ? null : (JSON.parse(text) as unknown);
}

/** Who sends a well-formed command: a link that may not, so it must come back forbidden and change nothing. */
function refusedSender(c: Command): MeetingSocket {
  const refused = senders.filter((s) => {
    const { actor } = welcomeOf(s);
    return (
      !may(actor.role, c.type) || (actor.role === 'supervisor' && 'clusterId' in c && c.clusterId !== actor.clusterId)
    );
  });
  return refused[c.type.length % refused.length]!;
}

/** The answer to an emit with an ack, or 'none' when there is none within the wait. */
function answer(socket: MeetingSocket, name: string, value: unknown, waitMs: number): Promise<unknown> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('none'), waitMs);
    emitRaw(socket, name, value, (res: unknown) => {
      clearTimeout(timer);
      resolve(res);
    });
  });
}

describe('[E1] [E2] fuzzing the socket protocol', () => {
  it(`${RUNS * COMMANDS_PER_RUN} random and mutated commands get typed errors and change nothing`, async () => {
    const before = await snapshot();
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype);
    const started = performance.now();
    const counts = { invalid: 0, forbidden: 0, unknown: 0, resync: 0, time: 0, drag: 0 };

    await fc.assert(
      fc.asyncProperty(
        fc.array(command, { minLength: COMMANDS_PER_RUN, maxLength: COMMANDS_PER_RUN }),
        fc.array(other, { minLength: OTHERS_PER_RUN, maxLength: OTHERS_PER_RUN }),
        async (commands, others) => {
          const checks = commands.map(async ({ payload: p, sender }) => {
            const valid = Command.safeParse(asReceived(p));
            const socket = valid.success ? refusedSender(valid.data) : senders[sender % senders.length]!;
            const ack = await send(socket, p);
            expect(ack.ok).toBe(false);
            if (ack.ok) return;
            expect(ERROR_CODES).toContain(ack.error.code);
            expect(ack.error.message.length).toBeGreaterThan(0);
            expect(ack.error.code, JSON.stringify(p)?.slice(0, 300)).toBe(valid.success ? 'forbidden' : 'invalid');
            counts[ack.error.code as 'invalid' | 'forbidden']++;
          });
          const unanswered: string[] = [];
          const side = others.map(async ({ kind, name, payload: p, sender }) => {
            const socket = senders[sender % senders.length]!;
            counts[kind]++;
            if (kind === 'drag') return emitRaw(socket, name, p);
            if (kind === 'unknown') return emitRaw(socket, name, p, () => unanswered.push(name));
            const res = await answer(socket, name, p, 5_000);
            if (kind === 'time') expect(typeof res).toBe('number');
            if (kind === 'resync' && !ResyncRequest.safeParse(p).success)
              expect(res).toMatchObject({ ok: false, error: { code: 'invalid' } });
          });
          await Promise.all([...checks, ...side]);
          // A socket's messages are handled in order: once a later ping is answered, an unknown event had its chance.
          await Promise.all(senders.map((s) => answer(s, CLIENT_EVENTS.time, 0, 5_000)));
          expect(unanswered, 'unknown events got an answer').toEqual([]);
          expect(senders.every((s) => s.connected)).toBe(true);
        },
      ),
      // A dropped socket stays dropped: shrinking would only time out again. The failing payload is in the message.
      { numRuns: RUNS, endOnFailure: true },
    );

    const after = await snapshot();
    expect(after).toEqual(before);
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const ms = Math.round(performance.now() - started);
    console.info(
      `fuzz: ${counts.invalid + counts.forbidden} commands (${counts.invalid} invalid, ${counts.forbidden} forbidden), ` +
        `${counts.unknown} unknown events, ${counts.resync} resyncs, ${counts.time} time pings, ${counts.drag} drags in ${ms} ms`,
    );
    expect(counts.invalid + counts.forbidden).toBe(RUNS * COMMANDS_PER_RUN);
    expect(counts.forbidden).toBeGreaterThan(RUNS * 5);

    // The day goes on: the facilitator starts it and a latecomer joins.
    expect(await send(facilitator, { type: 'advanceAgenda', fromSegmentId: null })).toMatchObject({
      ok: true,
      seq: before.seq + 1,
    });
    await joinByCode(server.url, meeting.code, 'Omar Haddad', 'Simrishamn');
    expect((await snapshot()).participants.map((p) => p.name)).toEqual(['Lena Ek', 'Omar Haddad']);
  }, 120_000);

  it('a malformed Socket.IO packet closes only that connection', async () => {
    const rogue = await connect(server.url, { code: meeting.code });
    const engine = (rogue as unknown as { io: { engine: { write(data: string | Uint8Array): void } } }).io.engine;
    const closed = new Promise((resolve) => rogue.once('disconnect', resolve));
    engine.write('42["command",{"type":"join"');
    expect(await closed).toBeTruthy();
    for (const garbage of ['4', '49', '42{', '45-["command"]', '4\u0000\u0001']) {
      const next = await connect(server.url, { code: meeting.code });
      const gone = new Promise((resolve) => next.once('disconnect', resolve));
      (next as unknown as { io: { engine: { write(data: string): void } } }).io.engine.write(garbage);
      await Promise.race([gone, new Promise((r) => setTimeout(r, 300))]);
    }
    expect(await send(facilitator, { type: 'updateCluster', clusterId: 'none' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
