/**
 * What `npm start` runs, built when it is missing or older than its sources:
 * the client (Vite, into dist/client/) and the server (esbuild, one script
 * dist/server.cjs with the packages in it, and dist/server.mjs, which runs it
 * with V8's code cache: scripts/serverLoader.mjs). Node then starts plain
 * JavaScript: no TypeScript compiled at start, so a restarted server answers
 * in well under a second. The bench starts the same file.
 *
 * Vite and esbuild are dev packages. A production install (`npm run build`,
 * then `npm ci --omit=dev`) has neither and runs the build it was given.
 * `node scripts/build.mjs` (`npm run build`) builds both, stale or not.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stateVersionOf } from './stateVersion.mjs';

export const root = join(import.meta.dirname, '..');
/** What Node runs: the loader, written last, so its time is the build's. */
export const serverBundle = join(root, 'dist', 'server.mjs');
const serverScript = join(root, 'dist', 'server.cjs');
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

/**
 * The build tool `name`, or undefined in a production install (dev packages
 * omitted) that already has `output`: it runs that build as it is.
 */
async function buildTool(name, output) {
  try {
    return await import(name);
  } catch (err) {
    if (err?.code !== 'ERR_MODULE_NOT_FOUND') throw err;
    if (existsSync(output)) {
      console.warn(`${name} is not installed (a production install): running ${output} as it was built.`);
      return undefined;
    }
    throw new Error(
      `${output} is missing and ${name} is not installed (a production install omits dev packages): ` +
        'run `npm run build` before `npm ci --omit=dev`, or install everything with `npm install`.',
      { cause: err },
    );
  }
}

export async function ensureClient(force = false) {
  if (!force && !stale(clientIndex, ['client', 'shared', 'vite.config.ts', 'package.json'])) return;
  const vite = await buildTool('vite', clientIndex);
  if (!vite) return;
  console.log('Building the client…');
  const { build } = vite;
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}

/** Packages the server bundle imports from node_modules at run time rather than carrying. */
const SERVER_EXTERNALS = [
  'better-sqlite3',
  'pg',
  'pg-native',
  'redis',
  '@socket.io/redis-streams-adapter',
  'bufferutil',
  'utf-8-validate',
];

export async function ensureServer(force = false) {
  if (!force && !stale(serverBundle, ['server', 'shared', 'package.json'])) return;
  const esbuild = await buildTool('esbuild', serverBundle);
  if (!esbuild) return;
  const { build } = esbuild;
  const { outputFiles } = await build({
    write: false,
    entryPoints: [join(root, 'server', 'main.ts')],
    outfile: serverScript,
    bundle: true,
    platform: 'node',
    // A script, not an ES module: Node 20 can give a script V8's code cache (vm.Script's cachedData), not a module.
    format: 'cjs',
    target: 'node20',
    // One minified file with the packages in it: a start reads and compiles one module instead of a few hundred
    // from node_modules (issue 20: module loading was half of a cold start). Left out: native code (better-sqlite3)
    // and what only several processes load, on demand (PostgreSQL, Redis), through require: a cached script has no
    // loader for import().
    external: SERVER_EXTERNALS,
    supported: { 'dynamic-import': false },
    minify: true,
    define: {
      // Names the code that folds a log into a meeting's state: a state saved by other code is not used (D6).
      __STATE_VERSION__: JSON.stringify(stateVersionOf(join(root, 'shared'))),
      'import.meta.url': '__importMetaUrl',
      'import.meta.dirname': '__dirname',
    },
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    // For stack traces that point at the TypeScript (`NODE_OPTIONS=--enable-source-maps`); no copy of the sources in it.
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'warning',
  });
  // Written aside and renamed: two servers started at once (README, "Several processes") never import half a file.
  mkdirSync(dirname(serverBundle), { recursive: true });
  const script = outputFiles.find((file) => file.path === serverScript);
  const hash = createHash('sha256').update(script.contents).digest('hex').slice(0, 16);
  const loader = readFileSync(join(root, 'scripts', 'serverLoader.mjs'), 'utf8').replace('__BUNDLE_HASH__', hash);
  for (const { path, contents } of [...outputFiles, { path: serverBundle, contents: loader }]) {
    const aside = `${path}.${process.pid}.tmp`;
    writeFileSync(aside, contents);
    renameSync(aside, path);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await ensureClient(true);
  await ensureServer(true);
}
