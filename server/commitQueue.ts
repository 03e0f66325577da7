/**
 * Group commit. Appends that arrive while a commit is on its way to disk
 * share the next transaction, so forty meetings' commands cost one fsync
 * instead of forty (better-sqlite3 blocks the event loop for each, and with
 * synchronous=FULL each one waits for the disk). An append still resolves only
 * once its transaction has committed, and keeps its own outcome: a savepoint
 * per write lets one seq conflict fail alone while the others land.
 */
import { sql, type Kysely, type Transaction } from 'kysely';

export type Write<DB> = (tx: Transaction<DB>) => Promise<void>;

interface Queued<DB> {
  write: Write<DB>;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/** Returns `commit(write)`: runs `write` in the next shared transaction and resolves once that is on disk. */
export function commitQueue<DB>(db: Kysely<DB>): (write: Write<DB>) => Promise<void> {
  let queue: Queued<DB>[] = [];
  let running = false;

  const commitBatch = async (batch: Queued<DB>[]) => {
    const failed = new Map<Queued<DB>, unknown>();
    try {
      await db.transaction().execute(async (tx) => {
        // Alone in its commit (no load), a write needs no savepoint: its error rolls back the transaction.
        if (batch.length === 1) return batch[0]!.write(tx);
        for (const [i, item] of batch.entries()) {
          const savepoint = sql.raw(`append_${i}`);
          await sql`SAVEPOINT ${savepoint}`.execute(tx);
          try {
            await item.write(tx);
          } catch (err) {
            failed.set(item, err);
            await sql`ROLLBACK TO SAVEPOINT ${savepoint}`.execute(tx);
          }
          await sql`RELEASE SAVEPOINT ${savepoint}`.execute(tx);
        }
      });
    } catch (err) {
      // The commit itself failed: nothing of the batch is on disk.
      for (const item of batch) item.reject(err);
      return;
    }
    for (const item of batch) {
      if (failed.has(item)) item.reject(failed.get(item));
      else item.resolve();
    }
  };

  const drain = async () => {
    while (queue.length) {
      const batch = queue;
      queue = [];
      await commitBatch(batch);
    }
    running = false;
  };

  return (write) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ write, resolve, reject });
      if (running) return;
      running = true;
      // The rest of this turn of the event loop first: better-sqlite3 commits within the first append's microtasks,
      // so without it the other meetings' appends of the same turn (forty consoles on the same beat) could never
      // share its transaction.
      setImmediate(() => void drain());
    });
}
