/**
 * The databases a store test runs on: a SQLite file in a temp dir always, and
 * PostgreSQL when DATABASE_URL is set (`.ci/run` sets it), each run in a fresh
 * schema that is dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { openPostgres, openSqlite, type Database } from '../../server/database';

export const DATABASE_URL = process.env.DATABASE_URL;
export const REDIS_URL = process.env.REDIS_URL;

/** A schema of its own for one test run, and the URL that puts it first on the search path. */
export interface Schema {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** The URL with `search_path` set to `schema`, through the `options` startup parameter. */
export function urlWithSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

export async function freshSchema(url: string, prefix = 't'): Promise<Schema> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create schema ${name}`);
  } finally {
    await admin.end();
  }
  return {
    name,
    url: urlWithSchema(url, name),
    async drop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`drop schema if exists ${name} cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

/** One place a store can live; `open` may be called more than once (two processes on one database). */
export interface Backend {
  name: 'SQLite' | 'PostgreSQL';
  /** SQLite's file, for walCommits. */
  file?: string;
  open(): Promise<Kysely<Database>>;
  dispose(): Promise<void>;
}

export async function sqliteBackend(): Promise<Backend> {
  const dir = mkdtempSync(join(tmpdir(), 'lartraff-store-'));
  const file = join(dir, 'store.sqlite');
  return {
    name: 'SQLite',
    file,
    open: () => openSqlite(file),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function postgresBackend(url: string): Promise<Backend> {
  const schema = await freshSchema(url);
  return { name: 'PostgreSQL', open: () => openPostgres(schema.url), dispose: () => schema.drop() };
}

export const BACKENDS = ['SQLite', 'PostgreSQL'] as const;

/** A fresh database of the named kind; PostgreSQL only when DATABASE_URL is set (see `skipWithout`). */
export function backend(name: Backend['name']): Promise<Backend> {
  if (name === 'SQLite') return sqliteBackend();
  if (!DATABASE_URL) throw new Error('DATABASE_URL is not set');
  return postgresBackend(DATABASE_URL);
}

/** True (skip) when a test needs a variable that is not set; says so on the console, so a skip is never silent. */
export function skipWithout(
  variables: Partial<Record<'DATABASE_URL' | 'REDIS_URL', string | undefined>>,
  what: string,
): boolean {
  const missing = Object.entries(variables)
    .filter(([, v]) => !v)
    .map(([k]) => k);
  if (missing.length) console.warn(`${missing.join(' and ')} not set: skipping ${what}`);
  return missing.length > 0;
}

/**
 * How many transactions a SQLite file's write-ahead log holds since its last
 * checkpoint: the frames that end a commit (a non-zero database size) under the
 * log header's salt, as https://www.sqlite.org/fileformat2.html#walformat lays
 * them out. What a test reads to tell one commit from sixty.
 */
export function walCommits(file: string): number {
  const path = `${file}-wal`;
  const wal = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
  if (wal.length < 32) return 0;
  const pageSize = wal.readUInt32BE(8);
  const [salt1, salt2] = [wal.readUInt32BE(16), wal.readUInt32BE(20)];
  let commits = 0;
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
    if (wal.readUInt32BE(at + 8) !== salt1 || wal.readUInt32BE(at + 12) !== salt2) break;
    if (wal.readUInt32BE(at + 4) !== 0) commits++;
  }
  return commits;
}
