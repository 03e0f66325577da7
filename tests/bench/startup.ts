/**
 * Scenarios 4 and 5: a process start to listening on an empty database, and
 * a restart that restores a meeting whose log holds 10,000 events (the
 * server loads every meeting before it listens and reports how long that took).
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchContext, Row } from './bench';
import { start } from './processes';
import { seedMeetings } from './seed';

export async function coldStart(ctx: BenchContext): Promise<Row[]> {
  const server = await start('server', { databaseFile: join(ctx.tmp, `empty-${ctx.run}.sqlite`) });
  await server.stop();
  const relay = await start('relay');
  await relay.stop();
  return [
    {
      scenario: '4. cold start',
      measure: 'spawn → answering HTTP',
      unit: 'ms',
      server: server.startMs,
      relay: relay.startMs,
      budget: { on: 'server', max: 500, below: true },
    },
    {
      scenario: '4. cold start',
      measure: 'CPU until answering',
      unit: 'ms',
      server: server.startCpuMs,
      relay: relay.startCpuMs,
    },
  ];
}

export async function restore(ctx: BenchContext): Promise<Row[]> {
  const seedFile = join(ctx.tmp, 'restore-seed.sqlite');
  const target = ctx.size.restoreEvents;
  // The seed's other events (creation, exercise, joins, statements opened) count towards the total.
  const participants = 300;
  const [seeded] = await ctx.once('restore-seed', () =>
    seedMeetings(seedFile, { count: 1, participants, extraPlacements: Math.max(0, target - participants - 30) }),
  );
  const file = join(ctx.tmp, `restore-${ctx.run}.sqlite`);
  copyFileSync(seedFile, file);
  const server = await start('server', { databaseFile: file, ...ctx.profile('restore-server') });
  await server.stop();
  const line = server.logs.find((l) => typeof l.resumeMs === 'number');
  if (!line) throw new Error('the server did not log how long resuming took');
  const s = `5. restart with a ${seeded!.events.toLocaleString('en')}-event meeting`;
  return [
    {
      scenario: s,
      measure: 'restoring the meeting',
      unit: 'ms',
      server: line.resumeMs as number,
      budget: { on: 'server', max: 100, below: true },
    },
    { scenario: s, measure: 'spawn → answering HTTP', unit: 'ms', server: server.startMs },
  ];
}
