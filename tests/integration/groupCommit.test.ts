/**
 * Group commit: the forty consoles of a busy server pause their timers at the
 * same moment, and their appends share commits. Each still gets its own
 * outcome, and only once it is on disk. [D1] [S2]
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingCreated } from '../../shared/day/meeting';
import type { Database } from '../../server/database';
import { kyselyStore, SeqConflictError, type LoggedEvent, type MeetingStore } from '../../server/store';
import { BACKENDS, backend, DATABASE_URL, skipWithout, walCommits, type Backend } from '../support/database';
import { MEETING_DAY_START } from '../support/server';

const noPostgres = skipWithout({ DATABASE_URL }, 'the group commit tests on PostgreSQL');
let n = 0;
const id = () => `gc-${++n}`;

const created = (meetingId: string, code: string): LoggedEvent => ({
  seq: 1,
  at: MEETING_DAY_START,
  event: meetingCreated(
    { name: `Lärträff ${meetingId}`, date: '2026-11-23', municipalities: [{ name: 'Ystad' }] },
    meetingId,
    code,
    { now: MEETING_DAY_START, newId: id },
  ),
});
const locked = (seq: number, statementId: string): LoggedEvent => ({
  seq,
  at: MEETING_DAY_START + seq * 1000,
  event: { type: 'statementLocked', statementId },
});
const codeOf = (i: number) =>
  `GC${String.fromCharCode(65 + Math.floor(i / 23))}${String.fromCharCode(65 + (i % 23))}XY`;

for (const name of BACKENDS) {
  describe.skipIf(name === 'PostgreSQL' && noPostgres)(`group commit on ${name}`, () => {
    let db: Backend;
    let handle: Kysely<Database>;
    let store: MeetingStore;
    const meetings = Array.from({ length: 40 }, (_, i) => `gc-meeting-${name}-${i}`);

    beforeAll(async () => {
      db = await backend(name);
      handle = await db.open();
      store = kyselyStore(handle);
      for (const [i, m] of meetings.entries())
        await store.createMeeting(
          { id: m, code: codeOf(i), name: m, createdAt: MEETING_DAY_START },
          created(m, codeOf(i)),
          [],
        );
    });
    afterAll(async () => {
      await store.close();
      await db.dispose();
    });

    it('forty meetings append at once: every append lands, and one stale seq among them fails alone', async () => {
      const writes = meetings.map((m) => store.append(m, [locked(2, 'statement-1')]));
      // A second process wrote seq 2 of the first meeting as well: that one write is the conflict.
      const stale = store.append(meetings[0]!, [locked(2, 'statement-stale')]);
      const results = await Promise.allSettled([...writes, stale]);
      expect(results.slice(0, -1).every((r) => r.status === 'fulfilled')).toBe(true);
      const last = results.at(-1)!;
      expect(last.status === 'rejected' && last.reason).toBeInstanceOf(SeqConflictError);
      for (const m of meetings) {
        const log = await store.eventsAfter(m, 0);
        expect(log.map((e) => e.seq)).toEqual([1, 2]);
        expect(log[1]!.event).toEqual({ type: 'statementLocked', statementId: 'statement-1' });
      }
    });

    it('a batch of events that conflicts halfway is written not at all, while its neighbours in the commit are', async () => {
      const [a, b, c] = meetings;
      const results = await Promise.allSettled([
        // The three share a commit: the halfway conflict rolls back to its own savepoint.
        store.append(c!, [locked(3, 'statement-2')]),
        store.append(a!, [locked(3, 'statement-2'), locked(2, 'statement-twice')]),
        store.append(b!, [locked(3, 'statement-2')]),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect((await store.eventsAfter(a!, 0)).map((e) => e.seq)).toEqual([1, 2]);
      expect((await store.eventsAfter(b!, 0)).map((e) => e.seq)).toEqual([1, 2, 3]);
    });

    it.skipIf(name !== 'SQLite')(
      'forty consoles on the same beat: appends begun in one turn of the event loop share one commit',
      async () => {
        const next = await Promise.all(meetings.map(async (m) => (await store.eventsAfter(m, 0)).length + 1));
        const before = walCommits(db.file!);
        // Each in a callback of its own, as the server's meetings start their appends (server/meetings.ts).
        const appended = meetings.map(
          (m, i) =>
            new Promise<void>((resolve, reject) =>
              setImmediate(
                () => void store.append(m, [locked(next[i]!, 'statement-beat')]).then(() => resolve(), reject),
              ),
            ),
        );
        await Promise.all(appended);
        expect(walCommits(db.file!) - before).toBe(1);
      },
    );
  });
}
