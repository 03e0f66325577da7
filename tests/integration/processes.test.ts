/**
 * Three real server processes serve one lärträff (DESIGN.md, "Scale-out"):
 * server/main.ts through tsx, sharing a PostgreSQL schema and a Redis prefix,
 * behind Debian's nginx rendered from deploy/nginx.conf.template (or reached
 * directly when nginx is not installed). The console, the projector, Karin's
 * tablet and nine phones sit on different processes; the check-in and a
 * feedback round run across them; the process serving Karin is killed -9 in
 * the middle of the round. [S1] [S2] [S4] [D1]
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingState, Placement } from '../../shared/protocol';
import { DATABASE_URL, freshSchema, REDIS_URL, skipWithout, type Schema } from '../support/database';
import {
  hasNginx,
  redisPrefix,
  startNginx,
  startProcess,
  stopAll,
  type Nginx,
  type ServerProcess,
} from '../support/processes';
import {
  closeAll,
  connect,
  createMeeting,
  inboxOf,
  joinByCode,
  resync,
  send,
  tokenFromLink,
  track,
  type CreatedMeeting,
  type MeetingSocket,
  type Mirror,
  snapshot,
} from '../support/server';
import { checkInOf, lineStatement } from '../support/commandSamples';

const skip = skipWithout({ DATABASE_URL, REDIS_URL }, 'the multi-process test (PostgreSQL + Redis)');
if (!skip && !hasNginx)
  console.warn(
    'nginx is not installed: the multi-process test reaches the processes directly, without a load balancer',
  );

const NAMES = ['p1', 'p2', 'p3'] as const;
type Name = (typeof NAMES)[number];
const WAIT_MS = 20_000;

/** Polls an async check until it holds. */
async function eventually(check: () => Promise<boolean> | boolean, what: string, timeoutMs = WAIT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function instanceAt(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ instance: string; cookie: string | null }> {
  const res = await fetch(`${url}/api/health`, { headers });
  const body = (await res.json()) as { instance?: string };
  return { instance: body.instance ?? '?', cookie: res.headers.get('set-cookie') };
}

interface Screen {
  who: string;
  on: Name;
  socket: MeetingSocket;
  view: Mirror;
}

describe.skipIf(skip)('three processes behind one address serve one meeting', () => {
  let schema: Schema;
  let redis: ReturnType<typeof redisPrefix>;
  const processes = new Map<Name, ServerProcess>();
  let nginx: Nginx | undefined;
  /** The cookie that sends a browser to each process through nginx. */
  const cookieFor = new Map<string, string>();

  beforeAll(async () => {
    schema = await freshSchema(DATABASE_URL!, 'mp');
    redis = redisPrefix(REDIS_URL!);
    const env = { DATABASE_URL: schema.url, REDIS_URL: REDIS_URL!, REDIS_PREFIX: redis.prefix };
    // The first one creates the tables; the others start together.
    processes.set('p1', await startProcess('p1', env));
    for (const p of await Promise.all(['p2', 'p3'].map((n) => startProcess(n, env)))) processes.set(p.name as Name, p);
    if (hasNginx) {
      nginx = await startNginx([...processes.values()]);
      for (let i = 0; cookieFor.size < NAMES.length && i < 200; i++) {
        const { instance } = await instanceAt(nginx.url, { cookie: `lartraff_node=k${i}` });
        if (!cookieFor.has(instance)) cookieFor.set(instance, `lartraff_node=k${i}`);
      }
    }
  }, 120_000);

  afterAll(async () => {
    await closeAll();
    await stopAll();
    await schema?.drop();
    await redis?.clear();
  }, 30_000);

  /** Where a browser on process `name` connects: nginx with that process's cookie, or the process itself. */
  const route = (name: Name) =>
    nginx
      ? { url: nginx.url, opts: { reconnection: true, headers: { cookie: cookieFor.get(name)! } } }
      : { url: processes.get(name)!.url, opts: { reconnection: true } };

  it.runIf(hasNginx)(
    'nginx keeps a browser on one process with its cookie, and places a new one at random',
    async () => {
      expect([...cookieFor.keys()].sort()).toEqual([...NAMES]);
      const first = await instanceAt(nginx!.url);
      const cookie = first.cookie?.match(/lartraff_node=[^;]+/)?.[0];
      expect(cookie).toBeTruthy();
      for (let i = 0; i < 5; i++)
        expect((await instanceAt(nginx!.url, { cookie: cookie! })).instance).toBe(first.instance);
    },
  );

  it('[S4] [S1] [D1] the check-in and a feedback round run across the processes; the one serving Karin dies mid-round; everyone converges and nothing acknowledged is lost', async () => {
    const { url: createUrl } = route('p1');
    const meeting: CreatedMeeting = await createMeeting(createUrl, {
      name: 'Lärträff 3 – Agera',
      date: '2026-11-23',
      municipalities: [{ name: 'Ystad' }, { name: 'Skurup' }, { name: 'Sjöbo' }],
      clusters: [{ name: 'Kluster Syd', municipalities: ['Ystad', 'Skurup'], supervisor: 'Karin Lind', room: 'Rum B' }],
    });
    const screens: Screen[] = [];
    const open = async (who: string, on: Name, token: string) => {
      const { url, opts } = route(on);
      const socket = await connect(url, { token }, opts);
      const screen = { who, on, socket, view: track(socket) };
      await screen.view.ready;
      screens.push(screen);
      return screen;
    };
    const console_ = await open('console', 'p1', meeting.facilitatorToken);
    await open('projector', 'p2', meeting.screenToken);
    const karin = await open('Karin', 'p3', tokenFromLink(meeting.supervisorLinks[0]!.link));

    // Nine phones, every municipality on every process.
    const towns = ['Ystad', 'Skurup', 'Sjöbo'];
    const phones = await Promise.all(
      Array.from({ length: 9 }, async (_, i) => {
        const on = NAMES[i % 3]!;
        const town = towns[Math.floor(i / 3)]!;
        const { url, opts } = route(on);
        const joined = await joinByCode(url, meeting.code, `${town} ${i + 1}`, town, opts);
        const phone: Screen = { who: `${town} ${i + 1}`, on, socket: joined.socket, view: track(joined.socket) };
        await phone.view.ready;
        screens.push(phone);
        return { ...phone, town, participantId: joined.participantId };
      }),
    );
    /** Every seq a command was acknowledged with, and what it should have left in the meeting. */
    const acked: number[] = [];
    const ok = async (socket: MeetingSocket, command: unknown) => {
      const ack = await send(socket, command);
      if (!ack.ok) throw new Error(`refused: ${JSON.stringify(ack)}`);
      acked.push(ack.seq);
      return ack.seq;
    };
    const everyoneConverged = async (who: Screen[]) => {
      const { seq } = await snapshot(console_.socket);
      await eventually(() => who.every((s) => s.view.seq >= seq), `every screen at seq ${seq}`);
      for (const s of who)
        expect({ who: s.who, state: s.view.state }).toEqual({ who: s.who, state: (await snapshot(s.socket)).state });
    };

    // The console sees all nine online, whichever process holds them.
    await eventually(() => {
      const last = inboxOf(console_.socket)
        .filter((m) => m.event === 'presence')
        .at(-1);
      return ((last?.args[0] as { online?: string[] } | undefined)?.online?.length ?? 0) === 9;
    }, 'the console seeing nine phones online');

    // Check-in: the console opens a statement, nine phones let go of their tokens at once.
    await ok(console_.socket, checkInOf([lineStatement('Vi vet var vi står i dag', 0, 1, ['Inte alls', 'Helt'])]));
    await everyoneConverged([console_]);
    const statementId = console_.view.state.exercises[0]!.statements[0]!.id;
    await ok(console_.socket, { type: 'openStatement', statementId });
    const where = (i: number) => ({ x: (i + 0.5) / 9, y: 0.5 });
    await Promise.all(phones.map((p, i) => ok(p.socket, { type: 'place', statementId, ...where(i) })));
    await everyoneConverged(screens);
    const placed = (state: MeetingState) =>
      new Map(state.placements.map((p: Placement) => [p.participantId, { x: p.x, y: p.y }]));
    expect(placed(console_.view.state)).toEqual(new Map(phones.map((p, i) => [p.participantId, where(i)])));

    // The feedback round: Ystad presents, Karin gives feedback, the others ask.
    const clusterId = karin.view.state.clusters[0]!.id;
    await ok(karin.socket, { type: 'startFeedback', clusterId });
    await ok(karin.socket, {
      type: 'feedbackStep',
      clusterId,
      direction: 'next',
      from: { index: 0, phase: 'presentation' },
    });
    await ok(karin.socket, {
      type: 'feedbackStep',
      clusterId,
      direction: 'next',
      from: { index: 0, phase: 'supervisor' },
    });
    const askers = phones.filter((p) => p.town === 'Skurup');
    expect(new Set(askers.map((p) => p.on)).size).toBe(3);

    // Karin gives Ystad minute after minute while Skurup raises three hands at once; at her third
    // acknowledged minute the process serving her dies, with commands in the air.
    const victim = processes.get(karin.on)!;
    /** What an unanswered command leaves: the phone cannot know whether it landed. */
    const tryIt = (socket: MeetingSocket, command: unknown) =>
      send(socket, command).then(
        (ack) => {
          if (ack.ok) acked.push(ack.seq);
          return ack.ok;
        },
        () => false,
      );
    let killed: Promise<void> | undefined;
    const minutes = (async () => {
      for (let i = 0; i < 10; i++) {
        if (!(await tryIt(karin.socket, { type: 'feedbackTimer', clusterId, action: 'plusMinute' }))) return;
        if (i === 2) killed = victim.kill();
      }
    })();
    const raised = askers.map((p) => tryIt(p.socket, { type: 'raiseHand', clusterId, text: `Fråga från ${p.who}` }));
    const landed = await Promise.all(raised);
    await minutes;
    await killed;
    expect(victim.alive).toBe(false);

    // Its screens come back on another process by themselves (nginx), or their page is reloaded there.
    const orphans = screens.filter((s) => s.on === karin.on);
    if (nginx) {
      await eventually(() => orphans.every((s) => s.socket.connected), "the dead process's screens reconnected");
      for (const _orphan of orphans)
        expect((await instanceAt(nginx.url, { cookie: cookieFor.get(karin.on)! })).instance).not.toBe(karin.on);
    } else {
      const alive = NAMES.find((n) => n !== karin.on)!;
      for (const s of orphans) {
        const fresh = await connect(processes.get(alive)!.url, s.socket.auth as { token: string }, {
          reconnection: true,
        });
        s.socket.removeAllListeners();
        s.socket.disconnect();
        Object.assign(s, { socket: fresh, on: alive, view: track(fresh, { state: s.view.state, seq: s.view.seq }) });
        await s.view.ready;
      }
    }
    // A phone that got no answer asks again: either it is in the queue already, or now it is.
    for (const [i, p] of askers.entries()) {
      if (landed[i]) continue;
      const again = await send(p.socket, { type: 'raiseHand', clusterId, text: `Fråga från ${p.who}` });
      if (again.ok) acked.push(again.seq);
      else expect(again.error.message).toMatch(/already in the queue/);
    }
    await everyoneConverged(screens);
    const queue = () => karin.view.state.feedbackRuns.find((r) => r.clusterId === clusterId)!.queue;
    expect(
      queue()
        .map((q) => q.participantId)
        .sort(),
    ).toEqual(askers.map((p) => p.participantId).sort());

    // Karin, now on another process, takes the questions and moves the round on; everyone follows.
    for (const q of queue()) await ok(karin.socket, { type: 'takeQuestion', clusterId, itemId: q.id });
    await ok(karin.socket, { type: 'feedbackStep', clusterId, direction: 'next', from: { index: 0, phase: 'peers' } });
    await everyoneConverged(screens);
    expect(karin.view.state.feedbackRuns[0]).toMatchObject({ index: 0, phase: 'reply' });
    expect(queue().every((q) => q.taken)).toBe(true);
    expect(placed(console_.view.state)).toEqual(new Map(phones.map((p, i) => [p.participantId, where(i)])));

    // The log is one: consecutive seqs from 1, holding every acknowledged one.
    const log = await resync(console_.socket, 1);
    if (!log.ok || log.kind !== 'events') throw new Error('expected the log as events');
    const seqs = log.events.map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 2));
    expect(new Set(acked).size).toBe(acked.length);
    for (const seq of acked) expect(seqs).toContain(seq);
  }, 120_000);
});
