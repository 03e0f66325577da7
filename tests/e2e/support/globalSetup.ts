/**
 * Once per `npm run test:e2e`: build the production client, start the server
 * the way `npm start` does (scripts/start.mjs) on a free port with its SQLite
 * file in a temp dir, wait for /api/health, and stop it afterwards.
 * Tests read the address with `inject('baseUrl')`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

const BUILD_TIMEOUT_MS = 180_000;
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 8_000;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** A port the OS says is free right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Runs `node args…` to completion, failing on a non-zero exit or after `timeoutMs`. */
function run(args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`node ${args.join(' ')} took longer than ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`node ${args.join(' ')} exited with ${code}`));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not answer /api/health within ${START_TIMEOUT_MS} ms:\n${output()}`);
}

function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => server.kill('SIGKILL'), STOP_TIMEOUT_MS);
    server.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Screenshots and the axe log of this run only.
  rmSync(join('test-results', 'e2e'), { recursive: true, force: true });
  // E2E_SKIP_BUILD=1 reuses dist/client while iterating on a test; CI always builds.
  if (!process.env.E2E_SKIP_BUILD)
    await run([join('node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], BUILD_TIMEOUT_MS);

  const dataDir = mkdtempSync(join(tmpdir(), 'lartraff-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = '';
  // A fresh SQLite file, as `npm install && npm start` has: .ci/run exports DATABASE_URL and REDIS_URL for the
  // scale-out tests, and a shared PostgreSQL would hand this run an earlier run's demo programme.
  const { DATABASE_URL: _db, REDIS_URL: _redis, ...inherited } = process.env;
  const server = spawn(process.execPath, [join('scripts', 'start.mjs')], {
    env: {
      ...inherited,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_FILE: join(dataDir, 'e2e.sqlite'),
      // The QR code then points where this browser can go (never a LAN address).
      PUBLIC_URL: baseUrl,
      LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
    if (process.env.E2E_SERVER_LOG) process.stderr.write(chunk);
  };
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);

  try {
    await waitForHealth(baseUrl, server, () => log);
  } catch (err) {
    await stop(server);
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  project.provide('baseUrl', baseUrl);

  return async () => {
    await stop(server);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
