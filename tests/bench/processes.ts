/**
 * The measured servers as processes of their own: the real one (the
 * built dist/server.mjs, as `npm start` runs it, its own SQLite file) and
 * the bare relay (through tsx), on
 * free ports, with their memory and CPU read from /proc.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { serverArgs } from '../support/serverProcess';

const root = join(import.meta.dirname, '..', '..');

export type Target = 'server' | 'relay';

export interface Running {
  target: Target;
  url: string;
  pid: number;
  /** ms from spawn until the port answered. */
  startMs: number;
  /** CPU ms (user + system) the process had used by then: steadier than startMs on a shared machine. */
  startCpuMs: number;
  /** The JSON log lines the process printed so far. */
  logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

/** A port the OS says is free now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(500) });
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts `target` and resolves once it answers HTTP. `profileDir` runs it
 * under `node --cpu-prof` (the profile is written when it stops).
 */
export async function start(
  target: Target,
  opts: { databaseFile?: string; profileDir?: string; profileName?: string; env?: Record<string, string> } = {},
): Promise<Running> {
  const port = await freePort();
  // The server as `npm start` runs it: the built bundle, plain JavaScript (built first when stale); the relay through tsx.
  const run = target === 'server' ? await serverArgs() : ['--import', 'tsx', join(root, 'tests', 'bench', 'relay.ts')];
  // A directory per profile: tsx's loader thread writes a profile of its own (thread id 1; the process's is `*.0.001.cpuprofile`).
  const prof = opts.profileDir
    ? ['--cpu-prof', '--cpu-prof-dir', join(opts.profileDir, opts.profileName ?? target)]
    : [];
  const t0 = performance.now();
  // The bench seeds and measures the embedded SQLite file: a DATABASE_URL or REDIS_URL from the
  // environment (CI exports both for the scale-out tests) must not send the server elsewhere.
  const { DATABASE_URL: _db, REDIS_URL: _redis, ...env } = process.env;
  const child: ChildProcess = spawn(process.execPath, [...prof, ...run], {
    cwd: root,
    // `env` (the two-process run's PostgreSQL and Redis) is the only way back in.
    env: {
      ...env,
      ...opts.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_FILE: opts.databaseFile ?? '',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const logs: Record<string, unknown>[] = [];
  let buffered = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // Not a log line (a stray print): nothing to measure in it.
      }
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (!(await answers(url))) {
    if (child.exitCode !== null) throw new Error(`${target} exited with ${child.exitCode} before listening`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${target} did not listen within 30 s`);
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  const startMs = performance.now() - t0;
  const startCpuMs = cpuMsOf(child.pid!);
  return {
    target,
    url,
    pid: child.pid!,
    startMs,
    startCpuMs,
    logs,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

let ticksPerSecond: number | undefined;

/** Resident memory of a process, in bytes (Linux /proc). */
export function rssOf(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) * 1024;
}

/** CPU time (user + system) a process has used, in ms (Linux /proc). */
export function cpuMsOf(pid: number): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  // Fields after the command name, which is in parentheses and may hold spaces.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}
