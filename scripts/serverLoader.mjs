/**
 * dist/server.mjs, written by scripts/build.mjs next to the bundle it loads
 * (dist/server.cjs): it runs the bundle with V8's code cache. Compiling the
 * 1.5 MB bundle was the largest part of a cold start (issue 20); the first
 * start saves the compiled code (dist/server.<hash>.cache, `BUNDLE_HASH` the
 * bundle's, so a new build never uses an old cache) and later starts skip
 * most of the compiling. A cache that cannot be written (a read-only
 * install) or that V8 refuses (another Node) only costs that saving.
 * With `--enable-source-maps` the bundle is required as usual, so stack
 * traces point at the TypeScript.
 */
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join } from 'node:path';
import vm from 'node:vm';

const BUNDLE_HASH = '__BUNDLE_HASH__';
/** Long enough for the start and its first requests to have compiled what they use, so the cache holds it too. */
const SAVE_AFTER_MS = 2000;

const dir = import.meta.dirname;
const bundle = join(dir, 'server.cjs');
const require = createRequire(bundle);

if (process.sourceMapsEnabled) {
  require(bundle);
} else {
  const cacheName = `server.${BUNDLE_HASH}.${process.version}.${process.arch}.cache`;
  const cacheFile = join(dir, cacheName);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // The first start of this build: compiled from source, and saved below.
  }
  const script = new vm.Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require, module, bundle, dirname(bundle));
  if (!cachedData || script.cachedDataRejected) {
    let saved = false;
    const save = () => {
      if (saved) return;
      saved = true;
      try {
        // Written aside and renamed: two servers starting at once never read half a cache.
        const aside = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(aside, script.createCachedData());
        renameSync(aside, cacheFile);
        for (const name of readdirSync(dir)) {
          if (/^server\..+\.cache$/.test(name) && name !== cacheName) rmSync(join(dir, name), { force: true });
        }
      } catch {
        // A read-only install: every start compiles, as before.
      }
    };
    setTimeout(save, SAVE_AFTER_MS).unref();
    // A server stopped sooner (a restart, the bench's cold start) saves what its start compiled on the way out.
    process.once('exit', save);
  }
}
