/**
 * The real server as its own process (the built dist/server.mjs, as
 * `npm start` runs it), for tests that kill it with SIGKILL. Every process
 * started here is killed by `killAll` (call it in afterEach), and on the test
 * runner's own exit, so none is ever left behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { ensureServer, serverBundle } from '../../scripts/build.mjs';

export interface ServerProcess {
  /** Its INSTANCE, when one was given (the scale-out tests' p1, p2, ...). */
  name: string;
  url: string;
  port: number;
  /** Everything the process wrote to stdout and stderr: its pino log. */
  readonly output: string;
  readonly alive: boolean;
  /** SIGKILL: no shutdown hook runs, as when the laptop's battery dies. */
  kill(): Promise<void>;
}

const running = new Set<ChildProcess>();

function killNow(child: ChildProcess): void {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

process.on('exit', () => {
  for (const child of running) killNow(child);
});

/** Kills every process still running and waits until each has exited. */
export async function killAll(): Promise<void> {
  await Promise.all([...running].map((child) => exited(child)));
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      running.delete(child);
      resolve();
      return;
    }
    child.once('exit', () => {
      running.delete(child);
      resolve();
    });
    killNow(child);
  });
}

/** A port nobody listens on now, asked of the OS, so a restarted server can take the same one. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Node's arguments for the server as `npm start` runs it: the bundle built
 * from server/ (first when it is missing or stale), plain JavaScript.
 */
export async function serverArgs(): Promise<string[]> {
  await ensureServer();
  return [serverBundle];
}

/**
 * Starts the server on `port` with `databaseFile`; resolves once /api/health
 * answers. It is the embedded one unless `env` gives a DATABASE_URL and a
 * REDIS_URL (the scale-out tests): CI exports both for those, and they must
 * not move any other server.
 */
export async function spawnServer(opts: {
  port: number;
  databaseFile: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const root = process.cwd();
  const { DATABASE_URL: _db, REDIS_URL: _redis, ...inherited } = process.env;
  const child = spawn(process.execPath, await serverArgs(), {
    cwd: root,
    env: {
      ...inherited,
      PORT: String(opts.port),
      HOST: '127.0.0.1',
      DATABASE_FILE: opts.databaseFile,
      PUBLIC_URL: `http://127.0.0.1:${opts.port}`,
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const url = `http://127.0.0.1:${opts.port}`;
  // Under a second on a quiet laptop; much longer on a loaded 2-core CI machine.
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const deadline = Date.now() + timeoutMs;
  const alive = () => child.exitCode === null && child.signalCode === null;
  const name = opts.env?.INSTANCE ?? 'server';
  for (;;) {
    if (!alive()) throw new Error(`${name} exited with ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await exited(child);
      throw new Error(`${name} did not start within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    name,
    url,
    port: opts.port,
    get output() {
      return output;
    },
    get alive() {
      return alive();
    },
    kill: () => exited(child),
  };
}
