/** The client built into a directory of its own, so a size check never touches dist/. */
import { join } from 'node:path';
import { build } from 'vite';

/**
 * A production build, as `npm run build` makes it, whatever NODE_ENV the
 * caller runs under: Vitest sets `test`, and Vite then builds a few KB of
 * development-only code into the chunks.
 */
export async function buildClient(outDir: string): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: join(process.cwd(), 'vite.config.ts'),
      mode: 'production',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
