#!/usr/bin/env node
/**
 * `npm start`: builds the client and the server when a build is missing or
 * older than its sources (scripts/build.mjs), then runs the built server in
 * this process, its stack traces pointing at the TypeScript.
 */
import { pathToFileURL } from 'node:url';
import { ensureClient, ensureServer, serverBundle } from './build.mjs';

await ensureClient();
await ensureServer();
process.setSourceMapsEnabled(true);
await import(pathToFileURL(serverBundle).href);
