/** The client built into a directory of its own, so a size check never touches dist/. */
import { join } from 'node:path';
import { build } from 'vite';

export async function buildClient(outDir: string): Promise<void> {
  await build({ configFile: join(process.cwd(), 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
}
