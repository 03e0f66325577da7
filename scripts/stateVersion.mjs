/**
 * The version of the code that makes a meeting's state from its log: a hash
 * of shared/'s sources. A saved state (SPEC D6) is used only by the code
 * that wrote it; the build puts the hash into the server bundle, and a
 * server run from its sources hashes them when it starts.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir`, sorted, path and content, hashed: 16 hex digits. */
export function stateVersionOf(dir) {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}
