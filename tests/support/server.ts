/**
 * Fixtures for integration tests: the REAL app (buildApp) on a REAL SQLite
 * file in a temp dir, a fake clock, real socket.io-client sockets, and a
 * client-side mirror that applies broadcasts with the shared reducer exactly
 * as the browser client does. Everything opened here is closed by `closeAll`
 * (call it in afterEach).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { io, type Socket } from 'socket.io-client';
import * as z from 'zod/mini';
import { boardTemplate } from '../../shared/day/board';
import { BLANK_MEETING } from '../../shared/day/meeting';
import {
  CLIENT_EVENTS,
  CommandAck,
  CommandError,
  CreateMeetingResponse,
  EventBatch,
  PROTOCOL_VERSION,
  ProtocolRefusal,
  ResyncAck,
  SERVER_EVENTS,
  Welcome,
  type Actor,
  type ClientToServerEvents,
  type MeetingState,
  type SequencedEvent,
  type ServerToClientEvents,
} from '../../shared/protocol';
import { applyEvents, applyResync, type Replica } from '../../shared/day/sync';
import { buildApp, type App } from '../../server/app';
import { openSqlite, type Database } from '../../server/database';
import { seededIds, type Clock, type Tick } from '../../server/secrets';
import { eorStore } from '../../server/year/eorStore';
import { programmeStore } from '../../server/year/programmeStore';
import type { LimitRules } from '../../server/rateLimits';
import { kyselyStore } from '../../server/store';

export type MeetingSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type Auth = { token: string } | { code: string };

const ACK_TIMEOUT_MS = 5_000;

/** The package version, which /api/health reports. */
// From the project root (Vitest's cwd): under jsdom import.meta.url is not a file URL.
export const VERSION = (JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string })
  .version;

/** 08:00 on the day of the lärträff (Swedish winter time, UTC+1). */
export const MEETING_DAY_START = Date.parse('2026-11-23T08:00:00+01:00');

/** A clock the test moves by hand. */
/**
 * The server's clock in tests: time moves only when a test sets or advances it,
 * and every timer the server sets (phase ends, drag frames, presence, the
 * shared sweep) fires then, in time order, so no test sleeps for the server.
 */
export class FakeClock implements Clock {
  private timers: FakeTimer[] = [];
  constructor(private ms = MEETING_DAY_START) {}
  now(): number {
    return this.ms;
  }
  /** What the fired timers started and has not finished (a phase end's command, a retention run). */
  private work = new Set<Promise<unknown>>();
  at(at: number, fn: Tick): () => void {
    // Already due (a phase that ended while the server was down): fire soon, like a 0 ms setTimeout.
    if (at <= this.ms) {
      let cancelled = false;
      this.track(new Promise((resolve) => setTimeout(() => resolve(cancelled ? undefined : fn()), 0)));
      return () => {
        cancelled = true;
      };
    }
    return this.add({ at, fn, phaseEnd: true });
  }
  after(ms: number, fn: Tick): () => void {
    return this.add({ at: this.ms + Math.max(1, ms), fn });
  }
  every(ms: number, fn: Tick): () => void {
    return this.add({ at: this.ms + ms, fn, every: ms });
  }
  /**
   * Resolves once everything the fired timers started has finished, and what
   * that started in turn: after it, "nothing happened" is a fact, not a wait.
   */
  async settled(): Promise<void> {
    while (this.work.size) await Promise.allSettled([...this.work]);
  }
  set(ms: number): void {
    this.ms = ms;
    this.fire();
  }
  advance(ms: number): void {
    this.set(this.ms + ms);
  }
  /** How many phase ends (`at`) are waiting; drag frames, presence and sweeps are not counted. */
  get pending(): number {
    return this.timers.filter((t) => t.phaseEnd).length;
  }
  /** How many timers of any kind are waiting. */
  get scheduled(): number {
    return this.timers.length;
  }
  private add(timer: FakeTimer): () => void {
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }
  private fire(): void {
    // One at a time, earliest first: a callback may set or cancel timers (a drag frame's flush, the next sweep).
    for (;;) {
      const next = this.timers.filter((t) => t.at <= this.ms).sort((a, b) => a.at - b.at)[0];
      if (!next) return;
      if (next.every) {
        // A repeating timer fires once for a jump, as setInterval does after a blocked event loop.
        next.at += next.every * Math.max(1, Math.ceil((this.ms - next.at + 1) / next.every));
      } else {
        this.timers = this.timers.filter((t) => t !== next);
      }
      this.track(next.fn());
    }
  }
  private track(work: void | Promise<unknown>): void {
    if (!work) return;
    const tracked: Promise<unknown> = work.finally(() => this.work.delete(tracked));
    this.work.add(tracked);
  }
}

interface FakeTimer {
  at: number;
  fn: Tick;
  /** Repeats every this many ms (`every`). */
  every?: number;
  /** Set by `at`: a phase end, which `pending` counts. */
  phaseEnd?: boolean;
}

// ---------------------------------------------------------------- cleanup

const cleanups = new Set<() => Promise<void> | void>();
const tempDirs = new Set<string>();

/** Closes every socket and server the fixtures opened, then removes their temp dirs. */
export async function closeAll(): Promise<void> {
  const pending = [...cleanups];
  cleanups.clear();
  // Sockets first (registered last), then servers.
  for (const close of pending.reverse()) await close();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

// ---------------------------------------------------------------- server

export interface TestServer {
  url: string;
  file: string;
  app: App;
  clock: FakeClock;
  close(): Promise<void>;
}

export async function startServer(
  opts: {
    file?: string;
    clock?: FakeClock;
    seed?: number;
    limits?: Partial<LimitRules>;
    httpPerMinute?: number;
    allowedOrigins?: string[];
    organiserKey?: string;
    trustProxy?: number;
    /** pino options (see server/logging.ts); the default logs nothing. */
    logger?: object;
    retentionDays?: number;
    /** Another database (PostgreSQL) instead of the SQLite file; the server closes it. */
    db?: Kysely<Database>;
    /** An upgraded server speaks a newer protocol than this build's pages (S5). */
    protocol?: number;
    /** The built client (dist/client), for a browser test against this server. */
    clientDir?: string;
    /** Save a meeting's state every this many events (D6); the server's default is 1,000. */
    snapshotEvery?: number;
  } = {},
): Promise<TestServer> {
  let file = opts.file;
  if (!file) {
    const dir = mkdtempSync(join(tmpdir(), 'lartraff-test-'));
    tempDirs.add(dir);
    file = join(dir, 'meetings.sqlite');
  }
  const clock = opts.clock ?? new FakeClock();
  const db = opts.db ?? (await openSqlite(file));
  const store = kyselyStore(db);
  const seed = opts.seed ?? 1;
  const ids = seededIds(seed);
  const app = await buildApp({
    store,
    programmes: programmeStore(db),
    eor: eorStore(db),
    limits: opts.limits,
    httpPerMinute: opts.httpPerMinute,
    clock,
    ids,
    logger: opts.logger ?? false,
    retentionDays: opts.retentionDays,
    version: VERSION,
    allowedOrigins: new Set(opts.allowedOrigins),
    organiserKey: opts.organiserKey,
    trustProxy: opts.trustProxy,
    protocol: opts.protocol,
    clientDir: opts.clientDir,
    snapshotEvery: opts.snapshotEvery,
  });
  const url = await app.app.listen({ port: 0, host: '127.0.0.1' });
  let closed: Promise<void> | undefined;
  const close = () => (closed ??= app.app.close());
  cleanups.add(close);
  return { url, file, app, clock, close };
}

// ---------------------------------------------------------------- HTTP

export interface CreatedMeeting extends CreateMeetingResponse {
  facilitatorToken: string;
  screenToken: string;
}

/** The secret in a link's `#fragment`. */
export function tokenFromLink(link: string): string {
  const hash = link.indexOf('#');
  if (hash < 0) throw new Error(`no fragment in ${link}`);
  return link.slice(hash + 1);
}

export async function createMeeting(
  url: string,
  body: unknown = {
    name: 'Lärträff 2 – Trelleborgsmodellen',
    date: '2026-11-23',
    municipalities: [{ name: 'Trelleborg' }, { name: 'Kungsbacka' }],
  },
): Promise<CreatedMeeting> {
  const res = await fetch(`${url}/api/meetings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`create meeting: ${res.status} ${await res.text()}`);
  const created = CreateMeetingResponse.parse(await res.json());
  return {
    ...created,
    facilitatorToken: tokenFromLink(created.facilitatorLink),
    screenToken: tokenFromLink(created.screenLink),
  };
}

/** The usual start of a test: a fresh server, one meeting, its facilitator connected. */
export async function openMeeting(): Promise<{
  server: TestServer;
  meeting: CreatedMeeting;
  facilitator: MeetingSocket;
}> {
  const server = await startServer();
  const meeting = await createMeeting(server.url);
  const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
  return { server, meeting, facilitator };
}

// ---------------------------------------------------------------- sockets

const welcomes = new WeakMap<MeetingSocket, Welcome>();
const inboxes = new WeakMap<MeetingSocket, Received[]>();

/** A message the server sent a socket, as it arrived. */
export interface Received {
  event: string;
  args: unknown[];
}

/**
 * A socket that has been welcomed by the server; rejects with the connect_error otherwise.
 * `reconnection` retries quickly (a phone whose server went away) unless a test sets the delays;
 * `headers` go with the handshake (a cookie for a load balancer).
 */
export function connect(
  url: string,
  auth: Auth,
  opts: {
    reconnection?: boolean;
    origin?: string;
    headers?: Record<string, string>;
    reconnectionDelay?: number;
    reconnectionDelayMax?: number;
    /** The protocol the socket says it speaks (S5); null: says none, as a page from before versioning. */
    protocol?: number | null;
  } = {},
): Promise<MeetingSocket> {
  const protocol = opts.protocol === undefined ? PROTOCOL_VERSION : opts.protocol;
  const socket: MeetingSocket = io(url, {
    // Like the app's pages, every socket says which protocol it speaks, unless the test sends its own auth as is.
    auth: protocol !== null && isPlainAuth(auth) ? { protocol, ...auth } : auth,
    // What a browser sends: the page's origin (Node's client sends none unless told); a load balancer's cookie.
    ...(opts.origin || opts.headers
      ? { extraHeaders: { ...(opts.origin ? { origin: opts.origin } : {}), ...opts.headers } }
      : {}),
    transports: ['websocket'],
    reconnection: opts.reconnection ?? false,
    reconnectionDelay: opts.reconnectionDelay ?? 100,
    reconnectionDelayMax: opts.reconnectionDelayMax ?? 1_000,
    forceNew: true,
    autoConnect: false,
  });
  cleanups.add(() => {
    socket.removeAllListeners();
    socket.disconnect();
  });
  const inbox: Received[] = [];
  inboxes.set(socket, inbox);
  socket.onAny((event: string, ...args: unknown[]) => inbox.push({ event, args }));
  return new Promise((resolve, reject) => {
    socket.once(SERVER_EVENTS.welcome, (raw) => {
      welcomes.set(socket, Welcome.parse(raw));
      resolve(socket);
    });
    socket.once('connect_error', reject);
    socket.connect();
  });
}

/** An auth object (not a hostile string or array) that names no protocol of its own. */
function isPlainAuth(auth: unknown): auth is object {
  return typeof auth === 'object' && auth !== null && !Array.isArray(auth) && !('protocol' in auth);
}

export function welcomeOf(socket: MeetingSocket): Welcome {
  const welcome = welcomes.get(socket);
  if (!welcome) throw new Error('socket was not welcomed');
  return welcome;
}

/** Everything the server sent this socket since it connected, oldest first. */
export function inboxOf(socket: MeetingSocket): readonly Received[] {
  const inbox = inboxes.get(socket);
  if (!inbox) throw new Error('socket was not made by connect()');
  return inbox;
}

/** The typed error of a refused handshake (`connect_error`'s `data`). */
export async function refusal(
  url: string,
  auth: unknown,
  opts: { origin?: string; headers?: Record<string, string>; protocol?: number | null } = {},
): Promise<CommandError | ProtocolRefusal> {
  try {
    await connect(url, auth as Auth, opts);
  } catch (err) {
    // A refusal for another protocol keeps the server's protocol (S5).
    return z.union([ProtocolRefusal, CommandError]).parse((err as { data?: unknown }).data);
  }
  throw new Error('the server accepted the connection');
}

/** Sends a command (any payload: the server must parse it) and parses the ack. */
export async function send(socket: MeetingSocket, command: unknown): Promise<CommandAck> {
  const raw: unknown = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck(CLIENT_EVENTS.command, command);
  return CommandAck.parse(raw);
}

/** Sends a command that must be accepted; returns the seq it was logged at. */
export async function accepted(socket: MeetingSocket, command: unknown): Promise<number> {
  const ack = await send(socket, command);
  if (!ack.ok) throw new Error(`refused: ${JSON.stringify(ack)}`);
  return ack.seq;
}

/** The facilitator creates an anonymous check-in of one statement on a line board and opens it; returns its id. */
export async function openAnonymousStatement(facilitator: MeetingSocket, text: string): Promise<string> {
  const statements = [{ text, board: boardTemplate('line') }];
  await accepted(facilitator, {
    type: 'createExercise',
    kind: 'checkIn',
    title: 'Incheckning',
    anonymous: true,
    hiddenUntilReveal: false,
    statements,
  });
  const statementId = (await snapshot(facilitator)).state.exercises.at(-1)!.statements[0]!.id;
  await accepted(facilitator, { type: 'openStatement', statementId });
  return statementId;
}

export async function resync(socket: MeetingSocket, fromSeq: unknown): Promise<ResyncAck> {
  const raw: unknown = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck(CLIENT_EVENTS.resync, { fromSeq });
  return ResyncAck.parse(raw);
}

/** The server's seq as a team member sees it: what the log holds. */
export async function serverSeq(socket: MeetingSocket): Promise<number> {
  return (await snapshot(socket)).seq;
}

/** The meeting as this socket may see it, whole, with the seq it stands at (a resync from 0). */
export async function snapshot(socket: MeetingSocket): Promise<{ seq: number; state: MeetingState }> {
  const ack = await resync(socket, 0);
  if (!ack.ok || ack.kind !== 'snapshot') throw new Error('expected a snapshot');
  return { seq: ack.seq, state: ack.state };
}

/** Emits an event the protocol does not know (hostile or outdated clients do). */
export function emitRaw(socket: MeetingSocket, name: string, ...args: unknown[]): void {
  (socket as unknown as Socket).emit(name, ...args);
}

// ---------------------------------------------------------------- mirror

export interface Mirror {
  readonly state: MeetingState;
  readonly seq: number;
  /** Every resync answer the mirror folded in, oldest first. */
  readonly resyncs: readonly ResyncAck[];
  /** Resolves once the first resync has been applied. */
  readonly ready: Promise<void>;
  /** Simulates a lost message: the next broadcast batch is dropped unseen. */
  loseNextBatch(): void;
}

/**
 * A client's replica of the meeting, fed like the real client: a resync from
 * its last seq (0: a snapshot) on start and on every reconnect, then the
 * broadcast batches through the shared `applyEvents`, resyncing on a gap.
 * Batches that arrive while a resync is in flight are kept and applied after.
 */
export function track(socket: MeetingSocket, from: Replica = { state: BLANK_MEETING, seq: 0 }): Mirror {
  let replica = from;
  let loaded = false;
  let resyncing = false;
  const pending: SequencedEvent[][] = [];
  const resyncs: ResyncAck[] = [];
  let toLose = 0;

  const catchUp = async (): Promise<void> => {
    if (resyncing) return;
    resyncing = true;
    try {
      for (let round = 0; round < 5; round++) {
        const ack = await resync(socket, replica.seq);
        resyncs.push(ack);
        let { replica: next, gap } = applyResync(replica, ack);
        if (ack.ok) loaded = true;
        for (const batch of pending.splice(0)) {
          if (gap) break;
          ({ replica: next, gap } = applyEvents(next, batch));
        }
        replica = next;
        if (!gap) return;
      }
    } finally {
      resyncing = false;
    }
  };

  socket.on(SERVER_EVENTS.events, (raw) => {
    const batch = EventBatch.parse(raw);
    if (toLose > 0) {
      toLose--;
      return;
    }
    if (!loaded || resyncing) {
      pending.push(batch.events);
      return;
    }
    const applied = applyEvents(replica, batch.events);
    replica = applied.replica;
    // A resync cut off by a dead server fails; the reconnect after it tries again.
    if (applied.gap) catchUp().catch(() => undefined);
  });
  socket.on('connect', () => void catchUp().catch(() => undefined));

  const ready = catchUp();
  return {
    get state() {
      return replica.state;
    },
    get seq() {
      return replica.seq;
    },
    resyncs,
    ready,
    loseNextBatch: () => void toLose++,
  };
}

/** One screen in a scenario: who holds it, its socket and its replica. */
export interface Device {
  name: string;
  actor: Actor;
  socket: MeetingSocket;
  mirror: Mirror;
  token: string;
}

// ---------------------------------------------------------------- waiting

/** Polls until `predicate` holds; fails with `what` after `timeoutMs`. */
export async function waitFor(predicate: () => boolean, timeoutMs = 3_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Resolves with the reason when the server drops the socket. */
export function disconnected(socket: MeetingSocket): Promise<string> {
  return new Promise((resolve) => {
    if (!socket.connected) resolve('already disconnected');
    socket.once('disconnect', (reason) => resolve(reason));
  });
}

// ---------------------------------------------------------------- people

export interface Joined {
  socket: MeetingSocket;
  participantId: string;
  token: string;
}

/** A participant types the code and their name on the phone, then the phone reconnects with its token. */
export async function joinByCode(
  url: string,
  code: string,
  name: string,
  municipality: string,
  opts: Parameters<typeof connect>[2] = {},
): Promise<Joined> {
  const guest = await connect(url, { code }, { headers: opts.headers, protocol: opts.protocol });
  const ack = await send(guest, { type: 'join', name, municipality });
  guest.disconnect();
  if (!ack.ok || !ack.join) throw new Error(`join refused: ${JSON.stringify(ack)}`);
  const socket = await connect(url, { token: ack.join.token }, opts);
  return { socket, ...ack.join };
}

// ---------------------------------------------------------------- comparing states

/** JSON with sorted keys: two equal states built in different orders give the same text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/** A meeting state's SHA-256 over its canonical JSON: equal states, equal hashes. */
export function stateHash(state: MeetingState): string {
  return createHash('sha256').update(canonical(state)).digest('hex');
}
