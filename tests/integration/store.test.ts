/**
 * The store on every database it runs on: the same code and migrations on
 * SQLite and on PostgreSQL (when DATABASE_URL is set). [S2] [D1]
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingCreated } from '../../shared/day/meeting';
import type { MeetingEvent } from '../../shared/protocol';
import { blankBoard } from '../../shared/year/eor';
import { eraseEvent } from '../../shared/day/personalData';
import type { Database } from '../../server/database';
import { eorStore, type EorStore } from '../../server/year/eorStore';
import { programmeStore, type ProgrammeStore } from '../../server/year/programmeStore';
import { CodeTakenError, kyselyStore, SeqConflictError, type LoggedEvent, type MeetingStore } from '../../server/store';
import { BACKENDS, backend, DATABASE_URL, skipWithout, type Backend } from '../support/database';
import { programmeOf, SOUTH_COAST } from '../support/programme';
import { MEETING_DAY_START } from '../support/server';

const noPostgres = skipWithout({ DATABASE_URL }, 'the store tests on PostgreSQL');

let n = 0;
const id = () => `id-${++n}`;

function created(meetingId: string, code: string): LoggedEvent {
  const event = meetingCreated(
    { name: 'Lärträff 3 – Agera', date: '2026-11-23', municipalities: [{ name: 'Ystad' }] },
    meetingId,
    code,
    { now: MEETING_DAY_START, newId: id },
  );
  return { seq: 1, at: MEETING_DAY_START, event };
}

function joined(seq: number, name: string, minutes = seq): LoggedEvent {
  const event: MeetingEvent = {
    type: 'participantJoined',
    participant: { id: `p-${name}`, name, municipalityId: 'm-ystad', joinedAt: MEETING_DAY_START + minutes * 60_000 },
  };
  return { seq, at: MEETING_DAY_START + minutes * 60_000, event };
}

for (const name of BACKENDS) {
  describe.skipIf(name === 'PostgreSQL' && noPostgres)(`the store on ${name}`, () => {
    let db: Backend;
    let handles: Kysely<Database>[] = [];
    let store: MeetingStore;
    let programmes: ProgrammeStore;
    let eor: EorStore;
    /** A second process's connection to the same database. */
    let other: MeetingStore;

    beforeAll(async () => {
      db = await backend(name);
      const [a, b] = [await db.open(), await db.open()];
      handles = [a, b];
      store = kyselyStore(a);
      programmes = programmeStore(a);
      eor = eorStore(a);
      other = kyselyStore(b);
    });
    afterAll(async () => {
      for (const h of handles) await h.destroy();
      await db?.dispose();
    });

    it('a meeting created with its links is found by its code and its tokens, and its log starts at seq 1 with numbers, not strings', async () => {
      const first = created('mtg-a', 'KLMNPQ');
      await store.createMeeting(
        { id: 'mtg-a', code: 'KLMNPQ', name: 'Lärträff 3', createdAt: MEETING_DAY_START },
        first,
        [
          { hash: 'h-facilitator', role: 'facilitator' },
          { hash: 'h-supervisor', role: 'supervisor', clusterId: 'c-syd' },
        ],
      );
      expect(await store.meetingIdForCode('KLMNPQ')).toBe('mtg-a');
      expect(await store.meetingIdForCode('ZZZZZZ')).toBeUndefined();
      expect(await store.token('h-facilitator')).toEqual({ meetingId: 'mtg-a', role: 'facilitator', revoked: false });
      expect(await store.token('h-supervisor')).toEqual({
        meetingId: 'mtg-a',
        role: 'supervisor',
        clusterId: 'c-syd',
        revoked: false,
      });
      expect(await store.token('h-nobody')).toBeUndefined();
      const log = await store.eventsAfter('mtg-a', 0);
      expect(log).toEqual([first]);
      expect(typeof log[0]!.at).toBe('number');
    });

    it('a second meeting with a taken join code is refused and leaves nothing behind', async () => {
      await expect(
        store.createMeeting(
          { id: 'mtg-b', code: 'KLMNPQ', name: 'Krock', createdAt: MEETING_DAY_START },
          created('mtg-b', 'KLMNPQ'),
          [{ hash: 'h-b', role: 'facilitator' }],
        ),
      ).rejects.toBeInstanceOf(CodeTakenError);
      expect(await store.eventsAfter('mtg-b', 0)).toEqual([]);
      expect(await store.token('h-b')).toBeUndefined();
    });

    it('[S2] Anna joins on one process, Lisa on another with the same seq: the second write is a SeqConflictError and its token is not stored', async () => {
      await store.append('mtg-a', [joined(2, 'Anna')], {
        tokens: [{ hash: 'h-anna', role: 'participant', participantId: 'p-Anna' }],
      });
      await expect(
        other.append('mtg-a', [joined(2, 'Lisa')], {
          tokens: [{ hash: 'h-lisa', role: 'participant', participantId: 'p-Lisa' }],
        }),
      ).rejects.toBeInstanceOf(SeqConflictError);
      expect(await store.token('h-anna')).toMatchObject({ role: 'participant', participantId: 'p-Anna' });
      expect(await store.token('h-lisa')).toBeUndefined();
      // Lisa's process reloads and writes the next seq.
      await other.append('mtg-a', [joined(3, 'Lisa')]);
      expect((await store.eventsAfter('mtg-a', 0)).map((e) => e.seq)).toEqual([1, 2, 3]);
    });

    // Two connections in one thread cannot race on SQLite (better-sqlite3 blocks the thread on the lock); processes can, on PostgreSQL.
    it.runIf(name === 'PostgreSQL')(
      '[S2] twenty writes of the same seq at once from two pools: exactly one is written, the rest are SeqConflictErrors',
      async () => {
        const attempts = Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? store : other).append('mtg-a', [joined(4, `Racer${i}`)]),
        );
        const results = await Promise.allSettled(attempts);
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(SeqConflictError);
        expect(await store.eventsAfter('mtg-a', 3)).toHaveLength(1);
      },
    );

    it.runIf(name === 'PostgreSQL')(
      'a second deployment in another schema of the same database gets tables of its own, empty',
      async () => {
        const second = await backend('PostgreSQL');
        try {
          const kysely = await second.open();
          try {
            expect(await kyselyStore(kysely).meetingIds()).toEqual([]);
            expect(await store.meetingIds()).toContain('mtg-a');
          } finally {
            await kysely.destroy();
          }
        } finally {
          await second.dispose();
        }
      },
    );

    it('a batch of events is written whole or not at all', async () => {
      const next = (await store.eventsAfter('mtg-a', 0)).length + 1;
      await expect(store.append('mtg-a', [joined(next, 'Omar'), joined(next - 1, 'Twice')])).rejects.toBeInstanceOf(
        SeqConflictError,
      );
      expect(await store.eventsAfter('mtg-a', next - 1)).toEqual([]);
      await store.append('mtg-a', [joined(next, 'Omar'), joined(next + 1, 'Eva')]);
      expect((await other.eventsAfter('mtg-a', next - 1)).map((e) => [e.seq, e.at])).toEqual([
        [next, MEETING_DAY_START + next * 60_000],
        [next + 1, MEETING_DAY_START + (next + 1) * 60_000],
      ]);
    });

    it('meetings are listed in the order they were created, for resuming after a restart', async () => {
      await store.createMeeting(
        { id: 'mtg-c', code: 'RSTUVW', name: 'Lärträff 4', createdAt: MEETING_DAY_START + 1 },
        created('mtg-c', 'RSTUVW'),
        [],
      );
      expect(await other.meetingIds()).toEqual(['mtg-a', 'mtg-c']);
    });

    it("[PD2] [PD4] Anna leaves while the evaluator's link is revoked: one append rewrites her row, deletes her token and revokes the link; with a taken seq none of it happens", async () => {
      await store.createMeeting(
        { id: 'mtg-e', code: 'EFGHJK', name: 'Lärträff 4', createdAt: MEETING_DAY_START },
        created('mtg-e', 'EFGHJK'),
        [{ hash: 'h-e-evaluator', role: 'evaluator' }],
      );
      await store.append('mtg-e', [joined(2, 'Anna'), joined(3, 'Bo')], {
        tokens: [
          { hash: 'h-e-anna', role: 'participant', participantId: 'p-Anna' },
          { hash: 'h-e-bo', role: 'participant', participantId: 'p-Bo' },
        ],
      });
      const left = (seq: number, participantId: string): LoggedEvent => ({
        seq,
        at: MEETING_DAY_START + seq * 60_000,
        event: { type: 'participantLeft', participantId },
      });
      const erasureFor = (participantId: string) => ({
        rewrite: (e: MeetingEvent) => eraseEvent(e, { kind: 'participant', participantId }),
        participantTokens: [participantId],
      });

      // Bo's process is behind: its seq is taken, so Bo keeps his name and his token.
      expect(
        await store.append('mtg-e', [left(4, 'p-Anna')], {
          erasure: erasureFor('p-Anna'),
          revoke: [{ role: 'evaluator' }],
        }),
      ).toEqual(['h-e-evaluator']);
      await expect(other.append('mtg-e', [left(4, 'p-Bo')], { erasure: erasureFor('p-Bo') })).rejects.toBeInstanceOf(
        SeqConflictError,
      );

      const names = (await other.eventsAfter('mtg-e', 0)).flatMap((e) =>
        e.event.type === 'participantJoined' ? [e.event.participant.name ?? '(no name)'] : [],
      );
      expect(names).toEqual(['(no name)', 'Bo']);
      expect(await store.token('h-e-anna')).toBeUndefined();
      expect(await store.token('h-e-bo')).toMatchObject({ participantId: 'p-Bo', revoked: false });
      expect(await store.token('h-e-evaluator')).toMatchObject({ role: 'evaluator', revoked: true });
    });

    it('a programme is saved as one document with a version: a stale save writes nothing', async () => {
      expect(await programmes.count()).toBe(0);
      const doc = programmeOf(SOUTH_COAST);
      expect(await programmes.create(doc, { createdAt: MEETING_DAY_START, tokenHash: 'h-organiser' })).toBe(true);
      expect(await programmes.create(doc, { createdAt: MEETING_DAY_START })).toBe(false);
      expect(await programmes.count()).toBe(1);
      expect(await programmes.get(doc.id)).toEqual({ doc, isDemo: false });
      const saved = await programmes.save({ ...doc, name: 'Lärprojekt Sydkusten' }, doc.version);
      expect(saved?.version).toBe(doc.version + 1);
      expect(await programmes.save({ ...doc, name: 'Gammal flik' }, doc.version)).toBeUndefined();
      expect((await programmes.get(doc.id))?.doc.name).toBe('Lärprojekt Sydkusten');
      expect(await programmes.programmeIdForToken('h-organiser')).toBe(doc.id);
      await programmes.addToken(doc.id, 'h-second', MEETING_DAY_START);
      expect(await programmes.programmeIdForToken('h-second')).toBe(doc.id);
      expect(await programmes.programmeIdForToken('h-none')).toBeUndefined();
    });

    it('the demo programme is found as the demo', async () => {
      expect(await programmes.demoId()).toBeUndefined();
      const demo = { ...programmeOf({ name: 'Demoprogram' }), id: 'demo-1' };
      await programmes.create(demo, { createdAt: MEETING_DAY_START, isDemo: true });
      expect(await programmes.demoId()).toBe('demo-1');
      expect(await programmes.get('demo-1')).toMatchObject({ isDemo: true });
    });

    it("Ystad's EOR board, its link and its homework answer: a stale board save and a second first save write nothing, a new link replaces the old", async () => {
      const programmeId = programmeOf(SOUTH_COAST).id;
      const board = { ...blankBoard('2026-03'), sentence: 'Fler i egen försörjning', version: 0 };
      const first = await eor.saveBoard(programmeId, 'm1', null, board, 0, MEETING_DAY_START);
      expect(first?.version).toBe(1);
      expect(await eor.saveBoard(programmeId, 'm1', null, board, 0, MEETING_DAY_START)).toBeUndefined();
      expect(
        await eor.saveBoard(programmeId, 'm1', null, { ...board, yearlyTarget: 40 }, 1, MEETING_DAY_START),
      ).toMatchObject({ version: 2, yearlyTarget: 40 });
      expect(await eor.saveBoard(programmeId, 'm1', null, board, 1, MEETING_DAY_START)).toBeUndefined();
      expect(await eor.board(programmeId, 'm1')).toMatchObject({
        boardId: 'm1',
        name: null,
        board: { version: 2, yearlyTarget: 40 },
      });

      await eor.replaceLink(programmeId, 'municipality', 'm1', 'h-ystad-1', MEETING_DAY_START);
      await eor.replaceLink(programmeId, 'municipality', 'm1', 'h-ystad-2', MEETING_DAY_START + 1);
      expect(await eor.link('h-ystad-1')).toBeUndefined();
      expect(await eor.link('h-ystad-2')).toEqual({ programmeId, kind: 'municipality', subjectId: 'm1' });

      await eor.addAssignment(programmeId, {
        id: 'hw1',
        title: 'Bakåtplanering',
        instructions: 'Planera bakåt från EOR',
        createdAt: MEETING_DAY_START,
      });
      expect(await eor.assignments(programmeId)).toEqual([
        { id: 'hw1', title: 'Bakåtplanering', instructions: 'Planera bakåt från EOR', createdAt: MEETING_DAY_START },
      ]);
      await eor.saveAnswer(programmeId, 'hw1', 'm1', 'Första svaret', MEETING_DAY_START);
      expect(await eor.saveFeedback(programmeId, 'hw1', 'm1', 'Bra början', MEETING_DAY_START + 2)).toMatchObject({
        feedback: 'Bra början',
        feedbackAt: MEETING_DAY_START + 2,
      });
      expect(await eor.saveAnswer(programmeId, 'hw1', 'm1', 'Andra svaret', MEETING_DAY_START + 3)).toMatchObject({
        answer: 'Andra svaret',
        answeredAt: MEETING_DAY_START + 3,
        feedback: 'Bra början',
      });
      expect(await eor.saveFeedback(programmeId, 'hw1', 'm2', 'Ingen', MEETING_DAY_START)).toBeUndefined();
      expect(await eor.removeAssignment(programmeId, 'hw1')).toBe(true);
      expect(await eor.answers(programmeId)).toEqual([]);
    });

    it('[D4] a command id is written with its events: the same id from another process is a conflict, and both read back the first outcome', async () => {
      await store.createMeeting(
        { id: 'mtg-d4', code: 'DDDDDD', name: 'Lärträff 4', createdAt: MEETING_DAY_START },
        created('mtg-d4', 'DDDDDD'),
        [],
      );
      expect(await store.commandOutcome('mtg-d4', 'join-0123456789abcdef')).toBeUndefined();
      await store.append('mtg-d4', [joined(2, 'Anna')], {
        commands: [{ id: 'join-0123456789abcdef', seq: 2, participantId: 'p-Anna' }],
      });
      // The phone sends it again to another process, which decided it as seq 3: refused, nothing written.
      await expect(
        other.append('mtg-d4', [joined(3, 'Anna')], {
          commands: [{ id: 'join-0123456789abcdef', seq: 3, participantId: 'p-x' }],
        }),
      ).rejects.toBeInstanceOf(SeqConflictError);
      expect((await other.eventsAfter('mtg-d4', 0)).map((e) => e.seq)).toEqual([1, 2]);
      for (const s of [store, other])
        expect(await s.commandOutcome('mtg-d4', 'join-0123456789abcdef')).toEqual({ seq: 2, participantId: 'p-Anna' });
      await other.addTokens('mtg-d4', [{ hash: 'h-anna-again', role: 'participant', participantId: 'p-Anna' }], 0);
      expect(await store.token('h-anna-again')).toMatchObject({ meetingId: 'mtg-d4', participantId: 'p-Anna' });
    });
  });
}
