/**
 * A worker process holding simulated clients: real socket.io-client sockets
 * that record when each event arrives and how many bytes and drag frames
 * they receive. The bench forks a few of these so the client side has
 * processes of its own; they take orders over IPC (see clientPool.ts).
 */
import { io, type Socket } from 'socket.io-client';

export interface ClientSpec {
  key: string;
  /** Which meeting (or relay room) the client is in: seqs are counted per meeting. */
  meeting: number;
  auth: Record<string, unknown>;
}

export type Order =
  | { op: 'connect'; url: string; clients: ClientSpec[] }
  | { op: 'drive'; key: string; commands: unknown[]; intervalMs: number }
  | { op: 'drag'; keys: string[]; statementId: string; hz: number; ms: number }
  /** Every key sends its command at the same moment (the check-in's "ställ er nu"), each waiting for its ack. */
  | { op: 'burst'; keys: string[]; commands: unknown[] }
  | { op: 'reset' }
  | { op: 'collect' }
  | { op: 'close' };

export interface Send {
  meeting: number;
  seq: number;
  sentAt: number;
  /** When the ack came back: the server acks once the command is committed. */
  ackedAt: number;
}

export interface ClientCounts {
  key: string;
  bytes: number;
  frames: number;
}

export type Reply =
  | { op: 'connected'; failed: number }
  | { op: 'driven'; sends: Send[]; refused: string[] }
  | { op: 'dragged'; sent: number }
  | { op: 'reset' }
  /** `arrivals[meeting]` is a flat list of seq, arrival time pairs, over every client in that meeting. */
  | { op: 'collected'; arrivals: Record<number, number[]>; counts: ClientCounts[]; windowMs: number }
  | { op: 'closed' };

/** Wall-clock time with sub-millisecond resolution, comparable across the bench's processes. */
export const wallNow = () => performance.timeOrigin + performance.now();

interface Client {
  spec: ClientSpec;
  socket: Socket;
  bytes: number;
  frames: number;
}

const clients = new Map<string, Client>();
let arrivals: Record<number, number[]> = {};
let windowStart = wallNow();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const CONNECTING_AT_ONCE = 25;

function open(url: string, spec: ClientSpec): Promise<boolean> {
  const socket = io(url, {
    auth: spec.auth,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    autoConnect: false,
  });
  const client: Client = { spec, socket, bytes: 0, frames: 0 };
  socket.io.on('open', () => {
    socket.io.engine.on('packet', (packet) => {
      if (packet.type !== 'message') return;
      const data = packet.data as unknown;
      client.bytes +=
        typeof data === 'string' ? Buffer.byteLength(data) : ((data as ArrayBuffer | undefined)?.byteLength ?? 0);
    });
  });
  socket.on('events', (batch: { events: { seq: number }[] }) => {
    const t = wallNow();
    const list = (arrivals[spec.meeting] ??= []);
    for (const e of batch.events) list.push(e.seq, t);
  });
  socket.on('dragFrame', () => void client.frames++);
  return new Promise((resolve) => {
    socket.once('welcome', () => {
      clients.set(spec.key, client);
      resolve(true);
    });
    socket.once('connect_error', () => resolve(false));
    socket.connect();
  });
}

async function connectAll(url: string, specs: ClientSpec[]): Promise<number> {
  let failed = 0;
  for (let i = 0; i < specs.length; i += CONNECTING_AT_ONCE) {
    const results = await Promise.all(specs.slice(i, i + CONNECTING_AT_ONCE).map((s) => open(url, s)));
    failed += results.filter((ok) => !ok).length;
  }
  return failed;
}

function clientOf(key: string): Client {
  const client = clients.get(key);
  if (!client) throw new Error(`no client ${key}`);
  return client;
}

/**
 * Sends one command from `key` and waits up to `timeoutMs` for its ack: an
 * acked one goes into `sends` with its times, a refused one into `refused`.
 * Resolves with when it was sent.
 */
async function sendTimed(
  key: string,
  command: unknown,
  timeoutMs: number,
  into: { sends: Send[]; refused: string[] },
): Promise<number> {
  const client = clientOf(key);
  const sentAt = wallNow();
  const ack = (await client.socket.timeout(timeoutMs).emitWithAck('command', command)) as {
    ok: boolean;
    seq?: number;
    error?: { message: string };
  };
  if (ack.ok && ack.seq !== undefined)
    into.sends.push({ meeting: client.spec.meeting, seq: ack.seq, sentAt, ackedAt: wallNow() });
  else into.refused.push(ack.error?.message ?? 'refused');
  return sentAt;
}

/** Sends the commands one after another, one every `intervalMs` (start to start), each waiting for its ack. */
async function drive(key: string, commands: unknown[], intervalMs: number): Promise<Reply> {
  const reply = { op: 'driven' as const, sends: [] as Send[], refused: [] as string[] };
  for (const command of commands) {
    const sentAt = await sendTimed(key, command, 10_000, reply);
    await sleep(Math.max(0, sentAt + intervalMs - wallNow()));
  }
  return reply;
}

/** Sends one command from each key at once; resolves when every ack is back. */
async function burst(keys: string[], commands: unknown[]): Promise<Reply> {
  const reply = { op: 'driven' as const, sends: [] as Send[], refused: [] as string[] };
  await Promise.all(keys.map((key, i) => sendTimed(key, commands[i], 30_000, reply)));
  return reply;
}

/** Every client moves its finger along the line at `hz` for `ms`. */
async function drag(keys: string[], statementId: string, hz: number, ms: number): Promise<number> {
  const movers = keys.map((k) => clients.get(k)!).filter(Boolean);
  const end = wallNow() + ms;
  let sent = 0;
  for (let tick = 0; wallNow() < end; tick++) {
    const at = wallNow();
    movers.forEach((c, i) => {
      c.socket.emit('drag', { statementId, x: ((tick + i * 7) % 100) / 100, y: 0.5 });
      sent++;
    });
    await sleep(Math.max(0, at + 1000 / hz - wallNow()));
  }
  return sent;
}

async function handle(order: Order): Promise<Reply> {
  switch (order.op) {
    case 'connect':
      return { op: 'connected', failed: await connectAll(order.url, order.clients) };
    case 'drive':
      return drive(order.key, order.commands, order.intervalMs);
    case 'burst':
      return burst(order.keys, order.commands);
    case 'drag':
      return { op: 'dragged', sent: await drag(order.keys, order.statementId, order.hz, order.ms) };
    case 'reset':
      arrivals = {};
      for (const c of clients.values()) c.bytes = c.frames = 0;
      windowStart = wallNow();
      return { op: 'reset' };
    case 'collect':
      return {
        op: 'collected',
        arrivals,
        counts: [...clients.values()].map((c) => ({ key: c.spec.key, bytes: c.bytes, frames: c.frames })),
        windowMs: wallNow() - windowStart,
      };
    case 'close':
      for (const c of clients.values()) c.socket.disconnect();
      clients.clear();
      return { op: 'closed' };
  }
}

process.on('message', (message: { id: number; order: Order }) => {
  handle(message.order).then(
    (reply) => process.send!({ id: message.id, reply }),
    (err: unknown) => process.send!({ id: message.id, error: String(err) }),
  );
});
process.on('disconnect', () => process.exit(0));
