/**
 * The database: Kysely over better-sqlite3 (a file, WAL) by default, or over
 * PostgreSQL (a pg Pool) when DATABASE_URL is set; one list of migrations in
 * code serves both.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, sql, SqliteDialect, type Migration, type SqliteDatabase } from 'kysely';

export interface Database {
  meetings: { id: string; code: string; name: string; created_at: number };
  events: { meeting_id: string; seq: number; at: number; type: string; data: string };
  commands: { meeting_id: string; command_id: string; seq: number; participant_id: string | null };
  snapshots: { meeting_id: string; seq: number; version: string; state: string };
  tokens: {
    hash: string;
    meeting_id: string;
    role: string;
    participant_id: string | null;
    cluster_id: string | null;
    created_at: number;
    revoked_at: number | null;
  };
  programmes: { id: string; name: string; doc: string; version: number; created_at: number; is_demo: number };
  programme_tokens: { hash: string; programme_id: string; created_at: number; revoked_at: number | null };
  eor_boards: {
    programme_id: string;
    board_id: string;
    name: string | null;
    doc: string;
    version: number;
    updated_at: number;
  };
  programme_links: {
    hash: string;
    programme_id: string;
    kind: string;
    subject_id: string;
    created_at: number;
    revoked_at: number | null;
  };
  eor_assignments: {
    programme_id: string;
    id: string;
    programme_meeting_id: string | null;
    title: string;
    instructions: string;
    created_at: number;
  };
  eor_answers: {
    programme_id: string;
    assignment_id: string;
    municipality_id: string;
    answer: string;
    answered_at: number;
    feedback: string | null;
    feedback_at: number | null;
  };
}

/** A migration sees the schema as it was then, not `Database`: Kysely's documented way is `Kysely<any>`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDatabase = Kysely<any>;

const migrations: Record<string, Migration> = {
  '001_meetings_events_tokens': {
    async up(db: AnyDatabase) {
      await db.schema
        .createTable('meetings')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      // Append-only log; the primary key makes a duplicate seq a conflict (optimistic concurrency).
      await db.schema
        .createTable('events')
        .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('events_pk', ['meeting_id', 'seq'])
        .execute();
      await db.schema
        .createTable('tokens')
        .addColumn('hash', 'text', (c) => c.primaryKey())
        .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('participant_id', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('revoked_at', 'bigint')
        .execute();
      await db.schema.createIndex('tokens_meeting').on('tokens').column('meeting_id').execute();
    },
  },
  '002_programmes': {
    async up(db: AnyDatabase) {
      // The programme is one JSON document, saved whole; `version` makes a stale save a conflict.
      await db.schema
        .createTable('programmes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('doc', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('programme_tokens')
        .addColumn('hash', 'text', (c) => c.primaryKey())
        .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('revoked_at', 'bigint')
        .execute();
      await db.schema.createIndex('programme_tokens_programme').on('programme_tokens').column('programme_id').execute();
    },
  },
  '003_supervisor_clusters': {
    async up(db: AnyDatabase) {
      // A supervisor's link opens their own cluster.
      await db.schema.alterTable('tokens').addColumn('cluster_id', 'text').execute();
    },
  },
  '005_commands': {
    async up(db: AnyDatabase) {
      // A command's client-made id, written with its events: a repeated id gets the first outcome (D4).
      await db.schema
        .createTable('commands')
        .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
        .addColumn('command_id', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('participant_id', 'text')
        .addPrimaryKeyConstraint('commands_pk', ['meeting_id', 'command_id'])
        .execute();
    },
  },
  '004_eor_boards': {
    async up(db: AnyDatabase) {
      // A board is saved apart from the programme document, so a municipality entering
      // its month never conflicts with the organiser editing the programme.
      await db.schema
        .createTable('eor_boards')
        .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id'))
        .addColumn('board_id', 'text', (c) => c.notNull())
        // A host-team process's name; a municipality's board takes the programme's name for it.
        .addColumn('name', 'text')
        .addColumn('doc', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('eor_boards_pk', ['programme_id', 'board_id'])
        .execute();
      // Secret links below the organiser's: a municipality's (its board, its homework) or a supervisor's (a cluster's answers).
      await db.schema
        .createTable('programme_links')
        .addColumn('hash', 'text', (c) => c.primaryKey())
        .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('subject_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('revoked_at', 'bigint')
        .execute();
      await db.schema
        .createIndex('programme_links_subject')
        .on('programme_links')
        .columns(['programme_id', 'kind', 'subject_id'])
        .execute();
      await db.schema
        .createTable('eor_assignments')
        .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id'))
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('programme_meeting_id', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('instructions', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('eor_assignments_pk', ['programme_id', 'id'])
        .execute();
      await db.schema
        .createTable('eor_answers')
        .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id'))
        .addColumn('assignment_id', 'text', (c) => c.notNull())
        .addColumn('municipality_id', 'text', (c) => c.notNull())
        .addColumn('answer', 'text', (c) => c.notNull())
        .addColumn('answered_at', 'bigint', (c) => c.notNull())
        .addColumn('feedback', 'text')
        .addColumn('feedback_at', 'bigint')
        .addPrimaryKeyConstraint('eor_answers_pk', ['programme_id', 'assignment_id', 'municipality_id'])
        .execute();
    },
  },
  '006_snapshots': {
    async up(db: AnyDatabase) {
      // A meeting's state at a seq, so a restart replays only the log after it (issue 20). A cache: the log
      // stays the truth, an erasure deletes the row (PD4), and a row from other code (version) is ignored.
      await db.schema
        .createTable('snapshots')
        .addColumn('meeting_id', 'text', (c) => c.primaryKey().references('meetings.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('version', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .execute();
    },
  },
};

/**
 * Opens (creating if needed) the SQLite file and brings its schema up to date.
 * synchronous=FULL: a commit is fsynced before it returns, so an acknowledged
 * event is on disk, not just in the OS cache.
 */
/** A primary key or unique constraint refused the write, on SQLite or PostgreSQL. */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}

/** A stored row is a boundary too: one that does not parse is corruption, and loud. */
export function parseStored<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { message: string } } },
  value: unknown,
  what: string,
): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`${what} does not parse: ${result.error.message}`);
  return result.data;
}

export async function openSqlite(file: string): Promise<Kysely<Database>> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // Erased personal data (SPEC.md, PD4) is overwritten with zeros in the file, not merely unlinked.
  sqlite.pragma('secure_delete = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: preparedOnce(sqlite) }) });
  // A file already at the newest schema (its user_version says so) skips the migrator, whose table checks
  // and transaction are a measurable part of a restart (issue 20); any other file is migrated, then marked.
  const newest = Object.keys(migrations).length;
  if (sqlite.pragma('user_version', { simple: true }) !== newest) {
    await migrate(db);
    sqlite.pragma(`user_version = ${newest}`);
  }
  return db;
}

/** How many distinct statements stay prepared: the app has a few dozen shapes; multi-row inserts add more. */
const PREPARED_STATEMENTS = 256;

/**
 * better-sqlite3 with each statement prepared once. Kysely's driver asks for a
 * new prepared statement on every query, and compiling one costs as much as
 * running it (issue 20's profile: `prepare` 6 % of busy time at 40 commands a
 * second). Kysely runs a statement to completion (`all` or `run`) before the
 * next, so one shared statement per SQL text is safe; the oldest is dropped
 * past the limit.
 */
function preparedOnce(sqlite: SQLite.Database): SqliteDatabase {
  const prepared = new Map<string, SQLite.Statement>();
  return {
    close: () => void sqlite.close(),
    prepare(text: string) {
      let statement = prepared.get(text);
      if (!statement) {
        statement = sqlite.prepare(text);
        if (prepared.size >= PREPARED_STATEMENTS) prepared.delete(prepared.keys().next().value!);
        prepared.set(text, statement);
      }
      return statement;
    },
  };
}

/** PostgreSQL's int8 (type 20); the columns holding milliseconds since 1970 are bigint. */
const INT8_OID = 20;

/**
 * Opens a pool on PostgreSQL and brings the schema up to date. pg returns
 * bigint as a string (it may exceed 2^53); our bigints are timestamps in ms,
 * far below that, so they come back as numbers like SQLite's.
 * A `?options=-c search_path=…` in the URL selects a schema (the tests use one per run).
 */
export async function openPostgres(url: string): Promise<Kysely<Database>> {
  // Loaded only here: a server on SQLite (the default) starts without pg (the bench's cold start).
  const { default: pg } = await import('pg');
  const types = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === INT8_OID
        ? (v: string) => Number(v)
        : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
  };
  const pool = new pg.Pool({ connectionString: url, max: 10, types });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    // Kysely looks for its migration tables in every schema unless told one: name ours, or
    // another schema's tables (another deployment, a parallel test run) would pass for them.
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
    await migrate(db, rows[0]?.schema);
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return db;
}

/** PostgreSQL when `databaseUrl` is given, otherwise the SQLite file. */
export function openDatabase(opts: { databaseUrl?: string; file: string }): Promise<Kysely<Database>> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openSqlite(opts.file);
}

/** Runs the migrations not yet run; `schema` (PostgreSQL) is where the migration bookkeeping lives. */
export async function migrate(db: Kysely<Database>, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
