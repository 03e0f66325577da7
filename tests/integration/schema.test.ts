/**
 * The SQLite file's schema at start-up: a new file gets every migration, a
 * file from an earlier release gets the ones it lacks, and a file already at
 * the newest schema is marked so (its `user_version`) and opens without the
 * migrator's work on every restart (issue 20's cold start).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../server/database';

const MIGRATIONS = 6;
const fileIn = () => join(mkdtempSync(join(tmpdir(), 'lartraff-schema-')), 'meetings.sqlite');

function inspect(file: string) {
  const raw = new SQLite(file, { readonly: true });
  try {
    const tables = (raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[])
      .map((t) => t.name)
      .sort();
    const applied = (raw.prepare('SELECT count(*) AS n FROM kysely_migration').get() as { n: number }).n;
    return { tables, applied, version: raw.pragma('user_version', { simple: true }) as number };
  } finally {
    raw.close();
  }
}

describe('the schema of the SQLite file', () => {
  it('a new file gets every migration and is marked as at the newest schema', async () => {
    const file = fileIn();
    await (await openSqlite(file)).destroy();
    const { tables, applied, version } = inspect(file);
    expect(tables).toEqual(
      expect.arrayContaining(['meetings', 'events', 'tokens', 'programmes', 'commands', 'snapshots']),
    );
    expect(applied).toBe(MIGRATIONS);
    expect(version).toBe(MIGRATIONS);
  });

  it("a file from the release before the commands table (D4) gets it on start-up, and the meeting's log is kept", async () => {
    const file = fileIn();
    const db = await openSqlite(file);
    await db.insertInto('meetings').values({ id: 'm1', code: 'ABCDEF', name: 'Lärträff 1', created_at: 1 }).execute();
    await db.destroy();
    // What that release left: no commands table, no record of its migration, no version mark.
    const raw = new SQLite(file);
    raw.exec(
      "DROP TABLE snapshots; DROP TABLE commands; DELETE FROM kysely_migration WHERE name IN ('005_commands', '006_snapshots'); PRAGMA user_version = 0",
    );
    raw.close();

    await (await openSqlite(file)).destroy();
    const { tables, applied, version } = inspect(file);
    expect(tables).toEqual(expect.arrayContaining(['commands', 'snapshots']));
    expect(applied).toBe(MIGRATIONS);
    expect(version).toBe(MIGRATIONS);
    const kept = new SQLite(file, { readonly: true });
    expect(kept.prepare('SELECT name FROM meetings').all()).toEqual([{ name: 'Lärträff 1' }]);
    kept.close();
  });
});
