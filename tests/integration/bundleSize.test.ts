/**
 * A phone on the hotel wifi downloads the participant route before it shows
 * anything: its JavaScript is a size budget, measured on a real build of the
 * client (into a temp dir, so dist/ is left alone) with scripts/bundleSize.mjs.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { routeSize } from '../../scripts/bundleSize.mjs';
import { en } from '../../client/src/i18n/en';
import { sv } from '../../client/src/i18n/sv';
import { buildClient } from '../support/bundle';

/**
 * KB gzip: the budget. What the phone cannot do without (react,
 * react-dom, socket.io-client, zod/mini, Lingui's runtime) is ~88 KB of it;
 * 109.7 measured. It was 122.9 with i18next, whose message parser rode in
 * every first load; the catalogues are now compiled when the client is built
 * (scripts/catalogues.mjs). docs/BENCH.md has the breakdown.
 */
const PARTICIPANT_FIRST_LOAD_KB = 110;

const dir = mkdtempSync(join(tmpdir(), 'lartraff-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it(`a phone opening its meeting, or the join form its QR code leads to, downloads at most ${PARTICIPANT_FIRST_LOAD_KB} KB of gzipped JavaScript before it renders; English comes only when asked for`, async () => {
  await buildClient(dir);
  const { firstLoad, files } = routeSize('src/views/ParticipantPage.tsx', dir);
  expect(firstLoad / 1024).toBeLessThanOrEqual(PARTICIPANT_FIRST_LOAD_KB);
  // A phone that scans the code meets the join form first (108.8 KB measured).
  expect(routeSize('src/views/JoinPage.tsx', dir).firstLoad / 1024).toBeLessThanOrEqual(PARTICIPANT_FIRST_LOAD_KB);
  const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  expect(code).toContain(sv.app.tagline);
  expect(code).not.toContain(en.app.tagline);
}, 120_000);
