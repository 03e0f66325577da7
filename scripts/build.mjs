/**
 * What `npm start` runs, built when it is missing or older than its sources:
 * the client (Vite, into dist/client/) and the server (esbuild, one ES module
 * dist/server.mjs with the packages left as imports). Node then starts plain
 * JavaScript: no TypeScript compiled at start, so a restarted server answers
 * in well under a second. The bench starts the same file.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const root = join(import.meta.dirname, '..');
export const serverBundle = join(root, 'dist', 'server.mjs');
const clientIndex = join(root, 'dist', 'client', 'index.html');

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

/** Whether `output` is missing or older than any of `sources` (paths under the root). */
function stale(output, sources) {
  return !existsSync(output) || Math.max(...sources.map((p) => newest(join(root, p)))) > statSync(output).mtimeMs;
}

export async function ensureClient() {
  if (!stale(clientIndex, ['client', 'shared', 'vite.config.ts', 'package.json'])) return;
  console.log('Building the client…');
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}

export async function ensureServer() {
  if (!stale(serverBundle, ['server', 'shared', 'package.json'])) return;
  const { build } = await import('esbuild');
  const { outputFiles } = await build({
    write: false,
    entryPoints: [join(root, 'server', 'main.ts')],
    outfile: serverBundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The packages stay in node_modules (better-sqlite3 is native); only our own code is bundled.
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  // Written aside and renamed: two servers started at once (README, "Several processes") never import half a file.
  mkdirSync(dirname(serverBundle), { recursive: true });
  for (const file of outputFiles) {
    const aside = `${file.path}.${process.pid}.tmp`;
    writeFileSync(aside, file.contents);
    renameSync(aside, file.path);
  }
}
