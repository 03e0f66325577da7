/**
 * Scenario 3: many meetings on one server. 40 meetings of 50 phones and a
 * console each; every console pauses and resumes a timer twice a second.
 * p99 fan-out, the server's memory per connection and its CPU.
 * 3b, when DATABASE_URL and REDIS_URL are set: the same on two server
 * processes sharing PostgreSQL and Redis, every meeting's sockets dealt over
 * both, as a load balancer spreads them.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPostgres } from '../../server/database';
import { freshSchema } from '../support/database';
import { redisPrefix } from '../support/processes';
import type { BenchContext, Row } from './bench';
import type { ClientSpec } from './clientWorker';
import { clientsFor, facilitatorKey, timerCommands } from './load';
import { cpuMsOf, rssOf, start, type Running, type Target } from './processes';
import { seedInto, seedMeetings, type SeededMeeting } from './seed';
import { latency } from './stats';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Connects `clients` to the processes (client i to process i mod n), drives every console and measures. */
async function measure(ctx: BenchContext, processes: Running[], seeded: SeededMeeting[], clients: ClientSpec[]) {
  const { pool, size } = ctx;
  const label = processes.map((p) => p.target).join('+');
  try {
    await sleep(500);
    const rssBefore = sum(processes.map((p) => rssOf(p.pid)));
    let failed = 0;
    for (const [i, p] of processes.entries())
      failed += await pool.connect(
        p.url,
        clients.filter((_, j) => j % processes.length === i),
      );
    if (failed) throw new Error(`${failed} of ${clients.length} clients could not connect to the ${label}`);
    await sleep(size.settleMs);
    const rssAfter = sum(processes.map((p) => rssOf(p.pid)));

    await pool.reset();
    const cpuBefore = sum(processes.map((p) => cpuMsOf(p.pid)));
    const t0 = performance.now();
    const driven = await Promise.all(
      seeded.map((m, i) => pool.drive(facilitatorKey(i), timerCommands(m, size.capacityCommands), 500)),
    );
    await sleep(500);
    const cpu = (sum(processes.map((p) => cpuMsOf(p.pid))) - cpuBefore) / (performance.now() - t0);
    const got = await pool.collect();
    const sends = driven.flatMap((d) => d.sends);
    const lat = latency(sends, got, clients.length / seeded.length);
    return {
      ...lat,
      connections: clients.length,
      rssPerConnection: (rssAfter - rssBefore) / clients.length,
      rss: rssAfter,
      cpu,
      refused: driven.reduce((n, d) => n + d.refused.length, 0),
    };
  } finally {
    await pool.disconnect();
    for (const p of processes) await p.stop();
  }
}

async function onOne(ctx: BenchContext, target: Target, seeded: SeededMeeting[], file: string) {
  const running = await start(target, { databaseFile: file, ...ctx.profile(`capacity-${target}`) });
  return measure(ctx, [running], seeded, clientsFor(target, seeded, { screen: false }));
}

/** 3b: two server processes on a fresh PostgreSQL schema and Redis prefix, both dropped afterwards. */
async function onTwo(ctx: BenchContext, databaseUrl: string, redisUrl: string) {
  const schema = await freshSchema(databaseUrl, 'bench');
  const redis = redisPrefix(redisUrl);
  try {
    const seeded = await seedInto(await openPostgres(schema.url), {
      count: ctx.size.meetings,
      participants: ctx.size.perMeeting,
    });
    const env = { DATABASE_URL: schema.url, REDIS_URL: redisUrl, REDIS_PREFIX: redis.prefix };
    const processes = [
      await start('server', { env, ...ctx.profile('capacity-two-a') }),
      await start('server', { env, ...ctx.profile('capacity-two-b') }),
    ];
    return await measure(ctx, processes, seeded, clientsFor('server', seeded, { screen: false }));
  } finally {
    await schema.drop();
    await redis.clear();
  }
}

export async function capacity(ctx: BenchContext): Promise<Row[]> {
  const { meetings, perMeeting } = ctx.size;
  const seedFile = join(ctx.tmp, 'capacity-seed.sqlite');
  const seeded = await ctx.once('capacity-seed', () =>
    seedMeetings(seedFile, { count: meetings, participants: perMeeting }),
  );
  const file = join(ctx.tmp, `capacity-${ctx.run}.sqlite`);
  copyFileSync(seedFile, file);
  const server = await onOne(ctx, 'server', seeded, file);
  const relay = await onOne(ctx, 'relay', seeded, file);
  if (server.refused) throw new Error(`the server refused ${server.refused} of the bench's commands`);
  const s = `3. ${meetings} meetings × ${perMeeting} phones (${server.connections} sockets)`;
  const rows: Row[] = [
    { scenario: s, measure: 'command → every client p50', unit: 'ms', server: server.p50, relay: relay.p50 },
    {
      scenario: s,
      measure: 'command → every client p99',
      unit: 'ms',
      server: server.p99,
      relay: relay.p99,
      budget: { on: 'server', max: 100, below: true },
    },
    {
      scenario: s,
      measure: 'command → its ack p99 (server: committed)',
      unit: 'ms',
      server: server.ackP99,
      relay: relay.ackP99,
    },
    { scenario: s, measure: 'deliveries missing', unit: '', server: server.missing, relay: relay.missing },
    {
      scenario: s,
      measure: 'RSS per connection',
      unit: 'KB',
      server: server.rssPerConnection / 1024,
      relay: relay.rssPerConnection / 1024,
      budget: { on: 'server', max: 40 },
    },
    {
      scenario: s,
      measure: 'RSS with everyone connected',
      unit: 'MB',
      server: server.rss / 2 ** 20,
      relay: relay.rss / 2 ** 20,
    },
    {
      scenario: s,
      measure: `CPU while ${meetings * 2} commands/s fan out`,
      unit: '% core',
      server: server.cpu * 100,
      relay: relay.cpu * 100,
    },
  ];
  const { DATABASE_URL, REDIS_URL } = process.env;
  if (!DATABASE_URL || !REDIS_URL) {
    if (ctx.run === 1)
      console.error(
        'scenario 3b (two processes on PostgreSQL + Redis) skipped: DATABASE_URL and REDIS_URL are not both set',
      );
    return rows;
  }
  const two = await onTwo(ctx, DATABASE_URL, REDIS_URL);
  if (two.refused) throw new Error(`the two processes refused ${two.refused} of the bench's commands`);
  const s2 = `3b. the same on two processes, PostgreSQL + Redis (${two.connections} sockets)`;
  rows.push(
    { scenario: s2, measure: 'command → every client p50', unit: 'ms', server: two.p50 },
    { scenario: s2, measure: 'command → every client p99', unit: 'ms', server: two.p99 },
    { scenario: s2, measure: 'command → its ack p99 (server: committed)', unit: 'ms', server: two.ackP99 },
    { scenario: s2, measure: 'deliveries missing', unit: '', server: two.missing },
    { scenario: s2, measure: 'RSS per connection (both)', unit: 'KB', server: two.rssPerConnection / 1024 },
    { scenario: s2, measure: 'RSS with everyone connected (both)', unit: 'MB', server: two.rss / 2 ** 20 },
    {
      scenario: s2,
      measure: `CPU while ${meetings * 2} commands/s fan out (both)`,
      unit: '% core',
      server: two.cpu * 100,
    },
  );
  return rows;
}
