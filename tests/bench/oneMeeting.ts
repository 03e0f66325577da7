/**
 * Scenarios 1 and 2, on one connected room: a meeting of 300 phones, the
 * projector and the console. (1) committed commands (a placement, a timer
 * pause) until they reach every client; (2) 30 people dragging at 20 Hz.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchContext, Row } from './bench';
import { facilitatorKey, clientsFor, participantKey, placeCommands, screenKey, timerCommands } from './load';
import { start, type Target } from './processes';
import { seedMeetings, type SeededMeeting } from './seed';
import { latency, settle, type Latency, type Settle } from './stats';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Figures extends Latency {
  refused: number;
  bytesPerPhone: number;
  framesPerWatcher: number;
  dragBytesPerWatcher: number;
  dragBytesPerPhone: number;
  burst: Settle;
}

async function measure(ctx: BenchContext, target: Target, seeded: SeededMeeting, file: string): Promise<Figures> {
  const { pool, size } = ctx;
  const running = await start(target, { databaseFile: file, ...ctx.profile(`oneMeeting-${target}`) });
  try {
    const clients = clientsFor(target, [seeded], { screen: true });
    const failed = await pool.connect(running.url, clients);
    if (failed) throw new Error(`${failed} of ${clients.length} clients could not connect to the ${target}`);
    // Let the joins' presence messages pass before measuring.
    await sleep(size.settleMs);

    await pool.reset();
    const n = size.commands;
    const [timer, place] = await Promise.all([
      pool.drive(facilitatorKey(0), timerCommands(seeded, n), size.intervalMs),
      pool.drive(participantKey(0, 0), placeCommands(seeded, n), size.intervalMs),
    ]);
    await sleep(500);
    const got = await pool.collect();
    const lat = latency([...timer.sends, ...place.sends], got, clients.length);
    const phones = got.counts.filter((c) => c.key.startsWith('p'));
    const bytesPerPhone = phones.reduce((s, c) => s + c.bytes, 0) / phones.length / (got.windowMs / 1000);

    await pool.reset();
    const movers = Array.from({ length: size.movers }, (_, i) => participantKey(0, i + 1));
    await pool.drag(movers, seeded.statementId, 20, size.dragMs);
    await sleep(300);
    const dragged = await pool.collect();
    const watchers = dragged.counts.filter((c) => c.key === facilitatorKey(0) || c.key === screenKey(0));
    const dragPhones = dragged.counts.filter((c) => c.key.startsWith('p'));
    const seconds = size.dragMs / 1000;

    // 7. "Ställ er nu": every phone places itself at the same moment.
    await sleep(500);
    await pool.reset();
    const everyone = Array.from({ length: size.participants }, (_, i) => participantKey(0, i));
    const burst = await pool.burst(
      everyone,
      everyone.map((_, i) => ({ type: 'place', statementId: seeded.statementId, x: (i % 97) / 97, y: 0.25 })),
    );
    await sleep(1000);
    const burstFigures = settle(burst.sends, await pool.collect(), clients.length);
    if (burst.refused.length) throw new Error(`the ${target} refused ${burst.refused.length} placements of the burst`);
    return {
      burst: burstFigures,
      ...lat,
      refused: timer.refused.length + place.refused.length,
      bytesPerPhone,
      framesPerWatcher: Math.max(...watchers.map((c) => c.frames)) / seconds,
      dragBytesPerWatcher: Math.max(...watchers.map((c) => c.bytes)) / seconds,
      dragBytesPerPhone: dragPhones.reduce((s, c) => s + c.bytes, 0) / dragPhones.length / seconds,
    };
  } finally {
    await pool.disconnect();
    await running.stop();
  }
}

export async function oneMeeting(ctx: BenchContext): Promise<Row[]> {
  const seedFile = join(ctx.tmp, 'one-meeting-seed.sqlite');
  const [seeded] = await ctx.once('oneMeeting-seed', () =>
    seedMeetings(seedFile, { count: 1, participants: ctx.size.participants }),
  );
  const file = join(ctx.tmp, `one-meeting-${ctx.run}.sqlite`);
  copyFileSync(seedFile, file);
  const server = await measure(ctx, 'server', seeded!, file);
  const relay = await measure(ctx, 'relay', seeded!, file);
  if (server.refused) throw new Error(`the server refused ${server.refused} of the bench's commands`);
  const people = `${ctx.size.participants} phones + screen + console`;
  const s1 = `1. one meeting, ${people}`;
  const s2 = `2. ${ctx.size.movers} dragging at 20 Hz`;
  const s7 = `7. check-in burst: ${ctx.size.participants} phones place at once`;
  /** One measure, taken on the server and on the relay. */
  const row = (
    scenario: string,
    measure: string,
    unit: string,
    of: (f: Figures) => number,
    budget?: Row['budget'],
  ) => ({
    scenario,
    measure,
    unit,
    server: of(server),
    relay: of(relay),
    ...(budget && { budget }),
  });
  return [
    row(s1, 'command → every client p50', 'ms', (f) => f.p50),
    row(s1, 'command → every client p95', 'ms', (f) => f.p95),
    row(s1, 'command → every client p99', 'ms', (f) => f.p99, { on: 'ratio', max: 1.2 }),
    row(s1, 'command → last client p99', 'ms', (f) => f.lastP99),
    row(s1, 'command → its ack p50 (server: committed)', 'ms', (f) => f.ackP50),
    row(s1, 'command → its ack p99', 'ms', (f) => f.ackP99),
    row(s1, 'deliveries missing', '', (f) => f.missing),
    row(s1, 'bytes per phone per second', 'B/s', (f) => f.bytesPerPhone),
    row(s7, 'first send → last client has every placement', 'ms', (f) => f.burst.settleMs, { on: 'ratio', max: 0.5 }),
    row(s7, 'send → ack p99', 'ms', (f) => f.burst.ackP99),
    row(s7, 'deliveries missing', '', (f) => f.burst.missing),
    row(s2, 'drag frames per second, console/screen', '/s', (f) => f.framesPerWatcher, { on: 'server', max: 10 }),
    row(s2, 'bytes per second, console/screen', 'B/s', (f) => f.dragBytesPerWatcher),
    row(s2, 'bytes per second, phone', 'B/s', (f) => f.dragBytesPerPhone),
  ];
}
