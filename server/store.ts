/**
 * The meeting store: the append-only event log and the hashed secret tokens.
 * An interface so the server takes it as an injected side effect; one Kysely
 * implementation serves SQLite (and, later, PostgreSQL).
 */
import type { Kysely } from 'kysely';
import { MeetingEvent, Role, type SequencedEvent } from '../shared/protocol';
import { commitQueue } from './commitQueue';
import type { Database } from './database';

export interface LoggedEvent {
  seq: number;
  at: number;
  event: MeetingEvent;
}

export interface NewToken {
  hash: string;
  role: Role;
  participantId?: string;
  clusterId?: string;
}

export interface StoredToken {
  meetingId: string;
  role: Role;
  participantId?: string;
  clusterId?: string;
  revoked: boolean;
}

/** The live tokens of one link of a meeting: its role, and for a supervisor the cluster. */
export interface TokenSelector {
  role: Role;
  clusterId?: string;
}

/** Thrown when another writer already holds a seq: reload and retry. */
export class SeqConflictError extends Error {
  constructor(meetingId: string, seq: number) {
    super(`meeting ${meetingId} already has event ${seq}`);
  }
}

/** Thrown when a join code is already taken by another meeting. */
export class CodeTakenError extends Error {}

export interface MeetingStore {
  createMeeting(meeting: { id: string; code: string; name: string; createdAt: number }, first: LoggedEvent, tokens: NewToken[]): Promise<void>;
  meetingIdForCode(code: string): Promise<string | undefined>;
  token(hash: string): Promise<StoredToken | undefined>;
  /**
   * Appends events, the tokens they issue and the revocations they make, in
   * one transaction; answers the hashes revoked. SeqConflictError on a taken seq.
   */
  append(meetingId: string, events: LoggedEvent[], tokens?: NewToken[], revoke?: TokenSelector[]): Promise<string[]>;
  /** Events with seq > fromSeq, in order. */
  eventsAfter(meetingId: string, fromSeq: number): Promise<LoggedEvent[]>;
  meetingIds(): Promise<string[]>;
  close(): Promise<void>;
}

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === '23505';
}

export function kyselyStore(db: Kysely<Database>): MeetingStore {
  const eventRows = (meetingId: string, events: LoggedEvent[]) =>
    events.map((e) => ({ meeting_id: meetingId, seq: e.seq, at: e.at, type: e.event.type, data: JSON.stringify(e.event) }));
  const tokenRows = (meetingId: string, tokens: NewToken[], at: number) =>
    tokens.map((t) => ({
      hash: t.hash, meeting_id: meetingId, role: t.role, participant_id: t.participantId ?? null, cluster_id: t.clusterId ?? null, created_at: at, revoked_at: null,
    }));

  // Every meeting's appends share commits (see commitQueue.ts).
  const commit = commitQueue(db);

  return {
    async createMeeting(meeting, first, tokens) {
      try {
        await db.transaction().execute(async (tx) => {
          await tx.insertInto('meetings').values({ id: meeting.id, code: meeting.code, name: meeting.name, created_at: meeting.createdAt }).execute();
          await tx.insertInto('events').values(eventRows(meeting.id, [first])).execute();
          if (tokens.length) await tx.insertInto('tokens').values(tokenRows(meeting.id, tokens, meeting.createdAt)).execute();
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw new CodeTakenError(`code ${meeting.code} is taken`);
        throw err;
      }
    },

    async meetingIdForCode(code) {
      const row = await db.selectFrom('meetings').select('id').where('code', '=', code).executeTakeFirst();
      return row?.id;
    },

    async token(hash) {
      const row = await db.selectFrom('tokens').selectAll().where('hash', '=', hash).executeTakeFirst();
      if (!row) return undefined;
      const role = Role.safeParse(row.role);
      if (!role.success) return undefined;
      return {
        meetingId: row.meeting_id,
        role: role.data,
        participantId: row.participant_id ?? undefined,
        clusterId: row.cluster_id ?? undefined,
        revoked: row.revoked_at !== null,
      };
    },

    async append(meetingId, events, tokens = [], revoke = []) {
      if (!events.length) return [];
      const at = events[0]!.at;
      try {
        // Filled inside the shared commit; only read once it is on disk.
        const revoked: string[] = [];
        await commit(async (tx) => {
          await tx.insertInto('events').values(eventRows(meetingId, events)).execute();
          // Revoked before the new ones are written, so a rotated link's new token stays live.
          for (const sel of revoke) {
            let query = tx.updateTable('tokens').set({ revoked_at: at })
              .where('meeting_id', '=', meetingId).where('role', '=', sel.role).where('revoked_at', 'is', null);
            query = sel.clusterId === undefined ? query.where('cluster_id', 'is', null) : query.where('cluster_id', '=', sel.clusterId);
            revoked.push(...(await query.returning('hash').execute()).map((r) => r.hash));
          }
          if (tokens.length) await tx.insertInto('tokens').values(tokenRows(meetingId, tokens, at)).execute();
        });
        return revoked;
      } catch (err) {
        if (isUniqueViolation(err)) throw new SeqConflictError(meetingId, events[0]!.seq);
        throw err;
      }
    },

    async eventsAfter(meetingId, fromSeq) {
      const rows = await db
        .selectFrom('events')
        .select(['seq', 'at', 'data'])
        .where('meeting_id', '=', meetingId)
        .where('seq', '>', fromSeq)
        .orderBy('seq')
        .execute();
      return rows.map((r) => {
        // A stored row is a boundary too: a row that does not parse is a corrupt log, and loud.
        const parsed = MeetingEvent.safeParse(JSON.parse(r.data));
        if (!parsed.success) throw new Error(`meeting ${meetingId} event ${r.seq} does not parse: ${parsed.error.message}`);
        return { seq: Number(r.seq), at: Number(r.at), event: parsed.data };
      });
    },

    async meetingIds() {
      const rows = await db.selectFrom('meetings').select('id').orderBy('created_at').execute();
      return rows.map((r) => r.id);
    },

    async close() {
      await db.destroy();
    },
  };
}

export function toSequenced(e: LoggedEvent): SequencedEvent {
  return { seq: e.seq, event: e.event };
}
