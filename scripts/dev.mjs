#!/usr/bin/env node
/**
 * `npm run dev`: the server in watch mode on SERVER_PORT (3001) and Vite's dev
 * server with HMR on PORT (3000), proxying /api and /socket.io to it.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const serverPort = process.env.SERVER_PORT ?? '3001';

const children = [
  spawn(process.execPath, [require.resolve('tsx/cli'), 'watch', 'server/main.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PORT: serverPort, HOST: '127.0.0.1' },
  }),
  spawn(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), '--host'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SERVER_PORT: serverPort },
  }),
];

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children)
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
