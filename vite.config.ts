import react from '@vitejs/plugin-react';
import { compiledCatalogues } from './scripts/catalogues.mjs';
import { defineConfig } from 'vitest/config';

const serverPort = Number(process.env.SERVER_PORT ?? 3001);
const target = `http://localhost:${serverPort}`;

export default defineConfig({
  root: 'client',
  plugins: [react(), compiledCatalogues()],
  resolve: {
    // wouter imports the shim that gives React < 18 its useSyncExternalStore; React 19 has its own.
    alias: [{ find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: 'react' }],
  },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: false,
    manifest: true,
  },
  server: {
    port: Number(process.env.PORT ?? 3000),
    proxy: {
      '/api': target,
      '/socket.io': { target, ws: true },
    },
  },
  test: {
    root: '.',
    projects: [
      {
        test: {
          name: 'unit',
          root: '.',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          root: '.',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          hookTimeout: 20_000,
        },
      },
      {
        plugins: [react(), compiledCatalogues()],
        test: {
          name: 'client',
          root: '.',
          include: ['tests/client/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/client/setup.ts'],
          // user-event typing through a whole form takes seconds on a loaded 2-core machine.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
