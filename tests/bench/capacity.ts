/**
 * Scenario 3: many meetings on one server. 40 meetings of 50 phones and a
 * console each; every console pauses and resumes a timer twice a second.
 * p99 fan-out, the server's memory per connection and its CPU.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchContext, Row } from './bench';
import { clientsFor, facilitatorKey, timerCommands } from './load';
import { cpuMsOf, rssOf, start, type Target } from './processes';
import { seedMeetings, type SeededMeeting } from './seed';
import { latency } from './stats';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function measure(ctx: BenchContext, target: Target, seeded: SeededMeeting[], file: string) {
  const { pool, size } = ctx;
  const running = await start(target, { databaseFile: file, ...ctx.profile(`capacity-${target}`) });
  try {
    await sleep(500);
    const rssBefore = rssOf(running.pid);
    const clients = clientsFor(target, seeded, { screen: false });
    const failed = await pool.connect(running.url, clients);
    if (failed) throw new Error(`${failed} of ${clients.length} clients could not connect to the ${target}`);
    await sleep(size.settleMs);
    const rssAfter = rssOf(running.pid);

    await pool.reset();
    const cpuBefore = cpuMsOf(running.pid);
    const t0 = performance.now();
    const driven = await Promise.all(seeded.map((m, i) => pool.drive(facilitatorKey(i), timerCommands(m, size.capacityCommands), 500)));
    await sleep(500);
    const cpu = (cpuMsOf(running.pid) - cpuBefore) / (performance.now() - t0);
    const got = await pool.collect();
    const sends = driven.flatMap((d) => d.sends);
    const lat = latency(sends, got, clients.length / seeded.length);
    return { ...lat, connections: clients.length, rssPerConnection: (rssAfter - rssBefore) / clients.length, rss: rssAfter, cpu, refused: driven.reduce((n, d) => n + d.refused.length, 0) };
  } finally {
    await pool.disconnect();
    await running.stop();
  }
}

export async function capacity(ctx: BenchContext): Promise<Row[]> {
  const { meetings, perMeeting } = ctx.size;
  const seedFile = join(ctx.tmp, 'capacity-seed.sqlite');
  const seeded = await ctx.once('capacity-seed', () => seedMeetings(seedFile, { count: meetings, participants: perMeeting }));
  const file = join(ctx.tmp, `capacity-${ctx.run}.sqlite`);
  copyFileSync(seedFile, file);
  const server = await measure(ctx, 'server', seeded, file);
  const relay = await measure(ctx, 'relay', seeded, file);
  if (server.refused) throw new Error(`the server refused ${server.refused} of the bench's commands`);
  const s = `3. ${meetings} meetings × ${perMeeting} phones (${server.connections} sockets)`;
  return [
    { scenario: s, measure: 'command → every client p50', unit: 'ms', server: server.p50, relay: relay.p50 },
    { scenario: s, measure: 'command → every client p99', unit: 'ms', server: server.p99, relay: relay.p99, budget: { on: 'server', max: 100, below: true } },
    { scenario: s, measure: 'command → its ack p99 (server: committed)', unit: 'ms', server: server.ackP99, relay: relay.ackP99 },
    { scenario: s, measure: 'deliveries missing', unit: '', server: server.missing, relay: relay.missing },
    { scenario: s, measure: 'RSS per connection', unit: 'KB', server: server.rssPerConnection / 1024, relay: relay.rssPerConnection / 1024, budget: { on: 'server', max: 40 } },
    { scenario: s, measure: 'RSS with everyone connected', unit: 'MB', server: server.rss / 2 ** 20, relay: relay.rss / 2 ** 20 },
    { scenario: s, measure: `CPU while ${meetings * 2} commands/s fan out`, unit: '% core', server: server.cpu * 100, relay: relay.cpu * 100 },
  ];
}
