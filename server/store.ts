/**
 * The meeting store: the append-only event log and the hashed secret tokens.
 * An interface so the server takes it as an injected side effect; one Kysely
 * implementation serves SQLite (and, later, PostgreSQL).
 */
import { sql, SqliteAdapter, type Kysely } from 'kysely';
import { describeIssues, MeetingEvent, Role, type SequencedEvent } from '../shared/protocol';
import { commitQueue } from './commitQueue';
import { isUniqueViolation, type Database } from './database';

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

/**
 * Thrown, before anything is written, for an event the log could not read back (R1):
 * the write side checks with the same schema the read side parses with. `statusCode`
 * makes an HTTP route that meets it answer 400.
 */
export class UnloggableEventError extends Error {
  readonly statusCode = 400;
}

/** Thrown when a stored row does not parse: the meeting's log is corrupt and is set aside (R2). */
export class CorruptLogError extends Error {}

export interface MeetingStore {
  createMeeting(
    meeting: { id: string; code: string; name: string; createdAt: number },
    first: LoggedEvent,
    tokens: NewToken[],
  ): Promise<void>;
  meetingIdForCode(code: string): Promise<string | undefined>;
  /** What a command with this id did, if it was committed: its last seq and the participant a join made (D4). */
  commandOutcome(meetingId: string, commandId: string): Promise<CommandOutcome | undefined>;
  /** Stores tokens on their own: a retried join's participant gets a new one (D4). */
  addTokens(meetingId: string, tokens: NewToken[], at: number): Promise<void>;
  token(hash: string): Promise<StoredToken | undefined>;
  /**
   * Appends events, the tokens they issue and the revocations they make, in
   * one transaction; answers the hashes revoked. SeqConflictError on a taken seq.
   * With `erasure`, the same transaction rewrites the rows already logged and deletes participant tokens (PD4).
   */
  append(meetingId: string, events: LoggedEvent[], opts?: AppendOptions): Promise<string[]>;
  /** Events with seq > fromSeq, in order. */
  eventsAfter(meetingId: string, fromSeq: number): Promise<LoggedEvent[]>;
  /** The meeting's last saved state, as written: the reader checks its version (D6). */
  snapshot(meetingId: string): Promise<Snapshot | undefined>;
  /** Replaces the meeting's saved state; an erasure deletes it in its own transaction (PD4). */
  saveSnapshot(meetingId: string, snapshot: Snapshot): Promise<void>;
  meetingIds(): Promise<string[]>;
  /**
   * Leaves no copy of rewritten or deleted rows on disk (PD4): on SQLite the WAL
   * is checkpointed and truncated, and with `vacuum` the file is rebuilt; on
   * PostgreSQL the tables and their indexes are written afresh (`VACUUM FULL`),
   * whatever `vacuum` says. Calls made while one runs share the next run.
   */
  compact(opts: { vacuum: boolean }): Promise<void>;
  close(): Promise<void>;
}

/** A meeting's state at `seq`, as JSON, made by the code `version` names. */
export interface Snapshot {
  seq: number;
  version: string;
  state: string;
}

export interface CommandOutcome {
  seq: number;
  participantId?: string;
}

/** What one append writes besides the events, all in its transaction. */
export interface AppendOptions {
  /**
   * The client-made ids of the commands these events answer, each with the last seq it wrote: a second
   * append with one is a conflict, and its sender finds the first (D4). Several when commands share an append.
   */
  commands?: { id: string; seq: number; participantId?: string }[];
  /** Tokens the events issue. */
  tokens?: NewToken[];
  /** Links the events revoke (rotated or revoked before the new tokens are written). */
  revoke?: TokenSelector[];
  /** Rows already logged rewritten and participant tokens deleted (PD4). */
  erasure?: LogErasure;
}

/** A rewrite of a meeting's log: each logged event with the erased data taken out, and whose tokens go. */
export interface LogErasure {
  rewrite(event: MeetingEvent): MeetingEvent;
  participantTokens: 'all' | string[];
}

export function kyselyStore(db: Kysely<Database>): MeetingStore {
  const eventRows = (meetingId: string, events: LoggedEvent[]) =>
    events.map((e) => ({
      meeting_id: meetingId,
      seq: e.seq,
      at: e.at,
      type: e.event.type,
      data: encodeEvent(e.event),
    }));
  const tokenRows = (meetingId: string, tokens: NewToken[], at: number) =>
    tokens.map((t) => ({
      hash: t.hash,
      meeting_id: meetingId,
      role: t.role,
      participant_id: t.participantId ?? null,
      cluster_id: t.clusterId ?? null,
      created_at: at,
      revoked_at: null,
    }));

  // Every meeting's appends share commits (see commitQueue.ts).
  const commit = commitQueue(db);
  // One VACUUM FULL at a time; erasures during one are covered by a single next run, which starts after it.
  let vacuuming: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  const fullVacuum = (): Promise<void> => {
    if (!vacuuming) {
      vacuuming = sql`VACUUM FULL events, tokens, programmes, snapshots`
        .execute(db)
        .then(() => undefined)
        .finally(() => (vacuuming = null));
      return vacuuming;
    }
    queued ??= vacuuming
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return fullVacuum();
      });
    return queued;
  };

  return {
    async createMeeting(meeting, first, tokens) {
      const rows = eventRows(meeting.id, [first]);
      try {
        await db.transaction().execute(async (tx) => {
          await tx
            .insertInto('meetings')
            .values({ id: meeting.id, code: meeting.code, name: meeting.name, created_at: meeting.createdAt })
            .execute();
          await tx.insertInto('events').values(rows).execute();
          if (tokens.length)
            await tx
              .insertInto('tokens')
              .values(tokenRows(meeting.id, tokens, meeting.createdAt))
              .execute();
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

    async commandOutcome(meetingId, commandId) {
      const row = await db
        .selectFrom('commands')
        .select(['seq', 'participant_id'])
        .where('meeting_id', '=', meetingId)
        .where('command_id', '=', commandId)
        .executeTakeFirst();
      if (!row) return undefined;
      return { seq: Number(row.seq), ...(row.participant_id ? { participantId: row.participant_id } : {}) };
    },

    async addTokens(meetingId, tokens, at) {
      if (tokens.length)
        await commit((tx) =>
          tx
            .insertInto('tokens')
            .values(tokenRows(meetingId, tokens, at))
            .execute()
            .then(() => undefined),
        );
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

    async append(meetingId, events, { tokens = [], revoke = [], erasure, commands = [] } = {}) {
      if (!events.length) return [];
      const at = events[0]!.at;
      // Encoded outside the shared commit: an event that could not be read back fails alone, not the meetings it shares a commit with.
      const rows = eventRows(meetingId, events);
      try {
        // Filled inside the shared commit; only read once it is on disk.
        const revoked: string[] = [];
        await commit(async (tx) => {
          if (erasure) await erase(tx, meetingId, erasure);
          await tx.insertInto('events').values(rows).execute();
          if (commands.length)
            await tx
              .insertInto('commands')
              .values(
                commands.map((c) => ({
                  meeting_id: meetingId,
                  command_id: c.id,
                  seq: c.seq,
                  participant_id: c.participantId ?? null,
                })),
              )
              .execute();
          // Revoked before the new ones are written, so a rotated link's new token stays live.
          for (const sel of revoke) {
            let query = tx
              .updateTable('tokens')
              .set({ revoked_at: at })
              .where('meeting_id', '=', meetingId)
              .where('role', '=', sel.role)
              .where('revoked_at', 'is', null);
            query =
              sel.clusterId === undefined
                ? query.where('cluster_id', 'is', null)
                : query.where('cluster_id', '=', sel.clusterId);
            revoked.push(...(await query.returning('hash').execute()).map((r) => r.hash));
          }
          if (tokens.length)
            await tx
              .insertInto('tokens')
              .values(tokenRows(meetingId, tokens, at))
              .execute();
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
      return rows.map((r) => ({ seq: Number(r.seq), at: Number(r.at), event: parseRow(meetingId, r) }));
    },

    async snapshot(meetingId) {
      const row = await db
        .selectFrom('snapshots')
        .select(['seq', 'version', 'state'])
        .where('meeting_id', '=', meetingId)
        .executeTakeFirst();
      return row ? { seq: Number(row.seq), version: row.version, state: row.state } : undefined;
    },

    async saveSnapshot(meetingId, { seq, version, state }) {
      await commit(async (tx) => {
        await tx
          .insertInto('snapshots')
          .values({ meeting_id: meetingId, seq, version, state })
          .onConflict((oc) => oc.column('meeting_id').doUpdateSet({ seq, version, state }))
          .execute();
      });
    },

    async meetingIds() {
      const rows = await db.selectFrom('meetings').select('id').orderBy('created_at').execute();
      return rows.map((r) => r.id);
    },

    async compact({ vacuum }) {
      if (db.getExecutor().adapter instanceof SqliteAdapter) {
        // secure_delete (see openSqlite) zeroes what a rewrite frees in the file; the WAL still holds the old pages until truncated.
        await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
        if (!vacuum) return;
        await sql`VACUUM`.execute(db);
        await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
      } else {
        // A plain VACUUM marks old row versions free but leaves their bytes in the table's and index's pages
        // until reused; VACUUM FULL copies the live rows into new files and removes the old ones (PD4).
        // It locks the tables while it runs: about 3 s for 200 000 events (70 MB) on a loaded machine.
        await fullVacuum();
      }
    },

    async close() {
      await db.destroy();
    },
  };
}

/** An event as the log stores it, checked with the schema `parseRow` reads it back with (R1). */
function encodeEvent(event: MeetingEvent): string {
  const parsed = MeetingEvent.safeParse(event);
  if (!parsed.success)
    throw new UnloggableEventError(`the ${event.type} event is out of bounds: ${describeIssues(parsed.error)}`);
  return JSON.stringify(event);
}

/** A stored row is a boundary too: a row that does not parse is a corrupt log, and loud. */
function parseRow(meetingId: string, row: { seq: number; data: string }): MeetingEvent {
  let data: unknown;
  try {
    data = JSON.parse(row.data);
  } catch {
    throw new CorruptLogError(`meeting ${meetingId} event ${row.seq} is not JSON`);
  }
  const parsed = MeetingEvent.safeParse(data);
  if (!parsed.success)
    throw new CorruptLogError(`meeting ${meetingId} event ${row.seq} does not parse: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** Rewrites every logged row the erasure changes and deletes the participant tokens it names. */
async function erase(tx: Kysely<Database>, meetingId: string, erasure: LogErasure): Promise<void> {
  const rows = await tx
    .selectFrom('events')
    .select(['seq', 'data'])
    .where('meeting_id', '=', meetingId)
    .orderBy('seq')
    .execute();
  for (const row of rows) {
    const event = erasure.rewrite(parseRow(meetingId, row));
    const data = JSON.stringify(event);
    if (data !== row.data) {
      await tx
        .updateTable('events')
        .set({ type: event.type, data })
        .where('meeting_id', '=', meetingId)
        .where('seq', '=', row.seq)
        .execute();
    }
  }
  // The saved state holds what was erased: it goes, and the next restart replays the rewritten log.
  await tx.deleteFrom('snapshots').where('meeting_id', '=', meetingId).execute();
  let tokens = tx.deleteFrom('tokens').where('meeting_id', '=', meetingId).where('role', '=', 'participant');
  if (erasure.participantTokens !== 'all') {
    if (!erasure.participantTokens.length) return;
    tokens = tokens.where('participant_id', 'in', erasure.participantTokens);
  }
  await tokens.execute();
}

export function toSequenced(e: LoggedEvent): SequencedEvent {
  return { seq: e.seq, event: e.event };
}
