/** The client built into a directory of its own, so a size check never touches dist/. */
import { join } from 'node:path';
import { build } from 'vite';

/** A production build, whatever NODE_ENV the caller runs under (Vitest sets `test`, which would bundle React's development build). */
export async function buildClient(outDir: string): Promise<void> {
  await build({
    configFile: join(process.cwd(), 'vite.config.ts'),
    mode: 'production',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { outDir, emptyOutDir: true },
  });
}
