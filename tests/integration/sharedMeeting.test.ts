/**
 * Two processes serve one meeting from one database (DESIGN.md, "Scale-out"):
 * each holds the meeting in memory, and each catches up from the log before
 * it decides, so a stale copy never refuses or doubles anything. On SQLite
 * always, on PostgreSQL when DATABASE_URL is set. [S2] [T2]
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor, Command, FeedbackRun } from '../../shared/protocol';
import { Meetings, NO_OUTBOX } from '../../server/meetings';
import { seededIds } from '../../server/secrets';
import { kyselyStore, type LoggedEvent } from '../../server/store';
import { BACKENDS, backend, DATABASE_URL, skipWithout, type Backend } from '../support/database';
import { FakeClock, waitFor } from '../support/server';

const noPostgres = skipWithout({ DATABASE_URL }, 'two processes on PostgreSQL');
const ROUND_START = Date.parse('2026-11-23T11:00:00+01:00');
const MIN = 60_000;
/** How often a process reads the logs it holds for writes no peer announced; on the fake clock. */
const SWEEP_MS = 3_000;

interface Process {
  meetings: Meetings;
  clock: FakeClock;
  /** What it broadcast through the adapter (its own writes). */
  published: LoggedEvent[];
  /** What it sent to its own sockets only: writes of others that no peer announced. */
  republished: LoggedEvent[];
}

const opened: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of opened.splice(0).reverse()) await close();
});

async function process(db: Backend, seed: number, clock = new FakeClock(ROUND_START)): Promise<Process> {
  const kysely = await db.open();
  const published: LoggedEvent[] = [];
  const republished: LoggedEvent[] = [];
  const meetings = new Meetings(kyselyStore(kysely), clock, seededIds(seed), { shared: true, sweepMs: SWEEP_MS });
  // Every meeting counts as open on a socket here, so the sweep reads them all.
  meetings.sendTo({
    ...NO_OUTBOX,
    publish: (_, events) => published.push(...events),
    publishHere: (_, events) => republished.push(...events),
    holds: () => true,
  });
  opened.push(async () => {
    meetings.close();
    await kysely.destroy();
  });
  return { meetings, clock, published, republished };
}

async function database(name: Backend['name']): Promise<Backend> {
  const db = await backend(name);
  opened.push(() => db.dispose());
  return db;
}

/** Kluster Syd (Ystad, Skurup) with Karin as supervisor, made on process A. */
async function clusterDay(a: Process) {
  const { meetingId } = await a.meetings.create({
    name: 'Lärträff 2 – Trelleborgsmodellen',
    date: '2026-11-23',
    clusters: [{ name: 'Kluster Syd', municipalities: ['Ystad', 'Skurup'], supervisor: 'Karin Lind', room: 'Rum B' }],
  });
  const clusterId = (await a.meetings.get(meetingId))!.state.clusters[0]!.id;
  const karin: Actor = { role: 'supervisor', clusterId };
  const on = (p: Process) => ({
    run: async (): Promise<FeedbackRun | undefined> =>
      (await p.meetings.get(meetingId))?.state.feedbackRuns.find((r) => r.clusterId === clusterId),
    act: async (actor: Actor, command: Command) => {
      const ack = await p.meetings.execute(meetingId, actor, command);
      if (!ack.ok) throw new Error(`${command.type} refused: ${ack.error.message}`);
      return ack.seq;
    },
  });
  return { meetingId, clusterId, karin, on };
}

for (const name of BACKENDS) {
  describe.skipIf(name === 'PostgreSQL' && noPostgres)(`two processes on ${name}`, () => {
    it('[S2] [S4] Karin started the rounds through process A; her pause reaches process B, which decides on the log, not on its copy from before', async () => {
      const db = await database(name);
      const a = await process(db, 1);
      const b = await process(db, 2);
      const day = await clusterDay(a);
      expect(await day.on(b).run()).toBeUndefined(); // B holds the meeting, without rounds

      await day.on(a).act(day.karin, { type: 'startFeedback', clusterId: day.clusterId });
      b.clock.set(ROUND_START + 2 * MIN);
      const seq = await day.on(b).act(day.karin, { type: 'feedbackTimer', clusterId: day.clusterId, action: 'pause' });
      expect(b.published.map((e) => e.seq)).toEqual([seq]);
      expect((await day.on(a).run())?.timer).toMatchObject({ status: 'paused', remainingMs: 3 * MIN });
    });

    it("[T2] both processes end the presentation when it is due: Ystad moves on to the supervisor's feedback once, with one timing line", async () => {
      const db = await database(name);
      // On SQLite one thread cannot hold two writers at once: B fires after A has written. On PostgreSQL both fire together.
      const together = name === 'PostgreSQL';
      const clock = new FakeClock(ROUND_START);
      const a = await process(db, 1, clock);
      const b = await process(db, 2, together ? clock : new FakeClock(ROUND_START));
      const day = await clusterDay(a);
      await day.on(a).act(day.karin, { type: 'startFeedback', clusterId: day.clusterId });
      const before = await day
        .on(a)
        .act(day.karin, { type: 'setAutoAdvance', clusterId: day.clusterId, autoAdvance: true });
      expect((await day.on(b).run())?.autoAdvance).toBe(true); // B has caught up and set its own timer
      for (const p of [a, b]) p.published.length = 0;

      clock.set(ROUND_START + 5 * MIN);
      if (!together) {
        await waitFor(() => a.published.length > 0, 5_000, 'process A ending the phase');
        b.clock.set(ROUND_START + 5 * MIN + 50);
      }
      await waitFor(
        () => a.published.length + b.published.length > 0 && a.clock.pending + b.clock.pending > 0,
        5_000,
        'the phase end written',
      );
      // Whatever either process's timers started has finished: a doubled firing would be in the log now.
      await Promise.all([a.clock.settled(), b.clock.settled()]);

      const log = [...a.published, ...b.published].sort((x, y) => x.seq - y.seq);
      expect(log.map((e) => [e.seq, e.event.type])).toEqual([
        [before + 1, 'phaseTimed'],
        [before + 2, 'feedbackRunChanged'],
      ]);
      for (const p of [a, b]) {
        expect(await day.on(p).run()).toMatchObject({
          index: 0,
          phase: 'supervisor',
          timer: { status: 'running', endsAt: ROUND_START + 10 * MIN },
        });
      }
    });

    it('[T2] [S4] process A started the rounds on auto-advance and is gone; B heard of it and ends the phase on time', async () => {
      const db = await database(name);
      const clock = new FakeClock(ROUND_START);
      const a = await process(db, 1, clock);
      const b = await process(db, 2, clock);
      const day = await clusterDay(a);
      await b.meetings.get(day.meetingId); // B serves someone in this meeting
      await day.on(a).act(day.karin, { type: 'startFeedback', clusterId: day.clusterId });
      const seq = await day
        .on(a)
        .act(day.karin, { type: 'setAutoAdvance', clusterId: day.clusterId, autoAdvance: true });
      a.meetings.close(); // A dies: its timers never fire

      b.meetings.noteAppended(day.meetingId, seq); // what the adapter tells B
      await waitFor(() => clock.pending === 1, 5_000, 'B scheduling the phase end');
      clock.set(ROUND_START + 5 * MIN);
      await waitFor(() => b.published.length === 2, 5_000, 'B ending the phase');
      expect(b.published.map((e) => e.event.type)).toEqual(['phaseTimed', 'feedbackRunChanged']);
    });

    it("[S4] process A writes Karin's extra minute and dies before it tells anyone: process B finds it in the log and sends it to its own screens; what a peer announced it leaves to the peer", async () => {
      const db = await database(name);
      const a = await process(db, 1);
      const b = await process(db, 2);
      const day = await clusterDay(a);
      await b.meetings.get(day.meetingId);
      const started = await day.on(a).act(day.karin, { type: 'startFeedback', clusterId: day.clusterId });
      b.meetings.noteAppended(day.meetingId, started); // A announced this one
      await waitFor(() => b.meetings.peek(day.meetingId)?.seq === started, 5_000, 'B catching up the announced start');

      const minute = await day
        .on(a)
        .act(day.karin, { type: 'feedbackTimer', clusterId: day.clusterId, action: 'plusMinute' });
      a.meetings.close(); // no announcement follows
      b.clock.advance(SWEEP_MS);
      await waitFor(() => b.republished.length > 0, 5_000, 'B finding the unannounced minute');
      expect(b.republished.map((e) => [e.seq, e.event.type])).toEqual([[minute, 'feedbackRunChanged']]);
      expect(b.meetings.peek(day.meetingId)?.state.feedbackRuns[0]?.timer).toMatchObject({
        status: 'running',
        endsAt: ROUND_START + 6 * MIN,
      });
    });
  });
}
