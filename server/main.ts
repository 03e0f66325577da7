/**
 * Starts the server: SQLite under data/ (or PostgreSQL at DATABASE_URL), the
 * built client, PORT (default 3000); with REDIS_URL, one of several processes
 * serving the same meetings.
 */
import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app';
import { loggerOptions } from './logging';
import { openDatabase } from './database';
import { configuredOrigins } from './origin';
import { connectPeers } from './peers';
import { cryptoIds, systemClock } from './secrets';
import { eorStore } from './year/eorStore';
import { programmeStore } from './year/programmeStore';
import { kyselyStore } from './store';
import { killAfterCommit } from './crashHook';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const dataFile = process.env.DATABASE_FILE ?? join(root, 'data', 'lartraff.sqlite');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

/** The first LAN address, so the QR code on a laptop's screen works on the phones in the room. */
function lanUrl(): string | undefined {
  for (const addrs of Object.values(networkInterfaces())) {
    for (const a of addrs ?? []) {
      if (a.family === 'IPv4' && !a.internal) return `http://${a.address}:${port}`;
    }
  }
  return undefined;
}

/** RETENTION_DAYS: a whole number of days; unset, empty or 0 keeps personal data until it is erased by hand. */
function retentionDays(raw: string | undefined): number | undefined {
  if (!raw) return undefined;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 0) {
    console.error(`RETENTION_DAYS must be a whole number of days, not "${raw}"`);
    process.exit(1);
  }
  return days || undefined;
}

/** Opens the store, builds the app, restores the meetings and listens. */
async function main(): Promise<void> {
  const startedAt = performance.now();
  const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, file: dataFile });
  // Unset but in the crash test, which needs the process dead between a commit and its ack (D4).
  const store = killAfterCommit(kyselyStore(db), process.env.LARTRAFF_TEST_KILL_AFTER_COMMIT || undefined);
  const peers = process.env.REDIS_URL
    ? await connectPeers(process.env.REDIS_URL, process.env.REDIS_PREFIX || undefined)
    : undefined;
  const { app, meetings } = await buildApp({
    peers,
    store,
    programmes: programmeStore(db),
    eor: eorStore(db),
    clock: systemClock,
    ids: cryptoIds,
    logger: loggerOptions(process.env.LOG_LEVEL ?? 'info'),
    retentionDays: retentionDays(process.env.RETENTION_DAYS),
    clientDir: join(root, 'dist', 'client'),
    publicUrl: process.env.PUBLIC_URL ?? lanUrl(),
    allowedOrigins: configuredOrigins(process.env.PUBLIC_URL, process.env.ALLOWED_ORIGINS),
    organiserKey: process.env.ORGANISER_KEY || undefined,
    version,
    instance: process.env.INSTANCE || undefined,
    trustProxy: Number(process.env.TRUST_PROXY ?? 0) || 0,
  });

  const resumeStartedAt = performance.now();
  const resumed = await meetings.resumeAll();
  // How long rebuilding the meetings from their logs took: the bench's restore figure.
  const resumeMs = Math.round(performance.now() - resumeStartedAt);
  await app.listen({ port, host });
  app.log.info(
    {
      ms: Math.round(performance.now() - startedAt),
      resumeMs,
      meetings: resumed,
      database: process.env.DATABASE_URL ? 'postgresql' : 'sqlite',
      peers: Boolean(peers),
    },
    `Lärträff listening on http://localhost:${port}`,
  );
  // An erasure whose compaction a crash cut short left old row versions in PostgreSQL's pages: rewrite them now (PD4).
  if (process.env.DATABASE_URL)
    store.compact({ vacuum: false }).catch((err: unknown) => app.log.error({ err }, 'compaction at start-up failed'));
  if (peers && !process.env.DATABASE_URL)
    app.log.warn('REDIS_URL without DATABASE_URL: every process must open the same SQLite file (one machine only)');

  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      app.log.info({ signal }, 'shutting down');
      const force = setTimeout(() => process.exit(1), 5000);
      force.unref();
      app.close().then(
        () => process.exit(0),
        (err: unknown) => {
          app.log.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

// Not a top-level await: the built server is a script whose compiled code Node can cache (scripts/build.mjs).
main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
