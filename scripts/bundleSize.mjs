#!/usr/bin/env node
/**
 * Gzip size of the JavaScript a route loads, from Vite's build manifest:
 * the entry, the view's chunk and everything they import statically
 * ("first load"), plus what they import lazily ("with lazy").
 * Usage: node scripts/bundleSize.mjs [views/ParticipantPage.tsx]
 * (`routeSize(view, dir)` reads a build elsewhere, as the size test does.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const defaultDist = join(import.meta.dirname, '..', 'dist', 'client');

export function routeSize(view = 'src/views/ParticipantPage.tsx', dist = defaultDist) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!manifest[view]) throw new Error(`${view} is not in the build manifest`);
  const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const walk = (keys, lazy) => {
    const seen = new Set();
    const stack = [...keys];
    while (stack.length) {
      const key = stack.pop();
      if (seen.has(key)) continue;
      seen.add(key);
      const chunk = manifest[key];
      stack.push(...(chunk.imports ?? []));
      if (lazy) stack.push(...(chunk.dynamicImports ?? []).filter((k) => !manifest[k].src?.startsWith('src/views/')));
    }
    return [...seen].map((key) => manifest[key].file);
  };
  const size = (files) => files.reduce((sum, file) => sum + gz(file), 0);
  const first = walk([entry, view], false);
  return { firstLoad: size(first), withLazy: size(walk([entry, view], true)), files: first.map((f) => join(dist, f)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const view = process.argv[2] ? `src/${process.argv[2]}` : undefined;
  const { firstLoad, withLazy } = routeSize(view);
  console.log(
    `first load ${(firstLoad / 1024).toFixed(1)} KB gzip, with lazy chunks ${(withLazy / 1024).toFixed(1)} KB gzip`,
  );
}
