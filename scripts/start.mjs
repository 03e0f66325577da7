#!/usr/bin/env node
/**
 * `npm start`: builds the client and the server when a build is missing or
 * older than its sources (scripts/build.mjs), then runs the built server in
 * this process. Stack traces point at the TypeScript when asked for with
 * `NODE_OPTIONS=--enable-source-maps npm start`: reading the 2 MB map took a
 * cold start ~30 ms (issue 20), so it is not read otherwise.
 */
import { pathToFileURL } from 'node:url';
import { ensureClient, ensureServer, serverBundle } from './build.mjs';

await ensureClient();
await ensureServer();
await import(pathToFileURL(serverBundle).href);
