/**
 * Real server processes for the scale-out tests: the built server (as `npm
 * start` runs it) on free ports, sharing one PostgreSQL schema and one Redis prefix, and
 * optionally Debian's nginx in front of them rendered from
 * deploy/nginx.conf.template. Everything started here is stopped by `stopAll`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'redis';
// One way to start the server and to ask the OS for a free port, shared with the crash test's single server.
import { freePort, killAll, spawnServer, type ServerProcess } from './serverProcess';

export const NGINX = '/usr/sbin/nginx';
export const hasNginx = existsSync(NGINX);
const ROOT = process.cwd();

export type { ServerProcess } from './serverProcess';

const children = new Set<ChildProcess>();
const dirs = new Set<string>();

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

async function healthy(
  url: string,
  timeoutMs: number,
  what: string,
  alive: () => boolean,
  output: () => string,
): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!alive()) throw new Error(`${what} exited:\n${output()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return await res.json();
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${what} did not answer in ${timeoutMs} ms:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts the server as process `name` (its /api/health says `instance: name`) on the shared PostgreSQL and Redis. */
export async function startProcess(
  name: string,
  env: { DATABASE_URL: string; REDIS_URL: string; REDIS_PREFIX: string },
): Promise<ServerProcess> {
  // TRUST_PROXY=1 as the README's recipe: nginx forwards each client's address.
  return spawnServer({
    port: await freePort(),
    databaseFile: join(tmpdir(), 'unused.sqlite'),
    env: { ...env, INSTANCE: name, TRUST_PROXY: '1', LOG_LEVEL: 'warn' },
  });
}

export interface Nginx {
  url: string;
  dir: string;
}

/** Renders deploy/nginx.conf.template for `servers` and runs nginx in the foreground with its own pid, logs and temp dirs. */
export async function startNginx(servers: ServerProcess[]): Promise<Nginx> {
  const dir = mkdtempSync(join(tmpdir(), 'lartraff-nginx-'));
  dirs.add(dir);
  const port = await freePort();
  const site = readFileSync(join(ROOT, 'deploy', 'nginx.conf.template'), 'utf8')
    .replace('{{listen}}', `127.0.0.1:${port}`)
    .replace(
      '{{servers}}',
      servers.map((s) => `server 127.0.0.1:${s.port} max_fails=1 fail_timeout=10s;`).join('\n    '),
    );
  writeFileSync(join(dir, 'lartraff.conf'), site);
  const temp = join(dir, 'temp');
  mkdirSync(temp);
  // What Debian's /etc/nginx/nginx.conf gives a site file, with every path in our own directory.
  writeFileSync(
    join(dir, 'nginx.conf'),
    `
daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  include ${join(dir, 'lartraff.conf')};
}
`,
  );
  const child = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let log = '';
  child.stderr?.on('data', (c: Buffer) => (log += c.toString()));
  const alive = () => child.exitCode === null && child.signalCode === null;
  const errors = () =>
    `${log}\n${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`;
  const url = `http://127.0.0.1:${port}`;
  await healthy(url, 15_000, 'nginx', alive, errors);
  return { url, dir };
}

/** A Redis prefix of its own, and the removal of every key under it. */
export function redisPrefix(url: string): { prefix: string; clear(): Promise<void> } {
  const prefix = `lartraff-test-${randomBytes(5).toString('hex')}`;
  return {
    prefix,
    async clear() {
      const client = createClient({ url });
      client.on('error', () => undefined);
      await client.connect();
      try {
        const keys: string[] = [];
        for await (const batch of client.scanIterator({ MATCH: `${prefix}:*`, COUNT: 100 })) keys.push(...batch);
        if (keys.length) await client.del(keys);
      } finally {
        await client.close();
      }
    },
  };
}

/** Stops every server process and nginx started here (nginx with SIGTERM, so its worker goes too), and removes their directories. */
export async function stopAll(): Promise<void> {
  await killAll();
  const running = [...children];
  for (const child of running) child.kill(child.spawnfile === NGINX ? 'SIGTERM' : 'SIGKILL');
  await Promise.race([Promise.all(running.map(exited)), new Promise((r) => setTimeout(r, 10_000))]);
  for (const child of children) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs.clear();
}
