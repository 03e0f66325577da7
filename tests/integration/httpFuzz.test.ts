/**
 * [E2] Property-based: random bodies, content types, path parameters, query
 * strings and CSV uploads against every HTTP route of a live server. Every
 * answer is below 500, and every refusal is JSON with a typed code and a
 * message a person can read.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/protocol';
import { hostileObject, weirdValue } from '../support/hostile';
import {
  closeAll,
  createMeeting,
  startServer,
  tokenFromLink,
  type CreatedMeeting,
  type TestServer,
} from '../support/server';
import { openSqlite } from '../../server/database';
import { kyselyStore } from '../../server/store';

let server: TestServer;
let meeting: CreatedMeeting;
let programme: { id: string; token: string };

beforeAll(async () => {
  server = await startServer({ httpPerMinute: 1_000_000 });
  meeting = await createMeeting(server.url);
  const res = await fetch(`${server.url}/api/programmes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Lärprojekt Syd' }),
  });
  const body = (await res.json()) as { programmeId: string; organiserLink: string };
  programme = { id: body.programmeId, token: tokenFromLink(body.organiserLink) };
});

afterAll(closeAll);

/** A JSON text of anything, or text that is not JSON at all. */
const jsonText = fc.oneof(
  weirdValue.map((v) => JSON.stringify(v) ?? 'undefined'),
  hostileObject.map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
  fc.constantFrom(
    '',
    '{',
    '{"name":',
    '[]',
    'null',
    '{"name":"L","date":"2027-02-30"}',
    '\u0000',
    '{"__proto__":{"admin":true},"name":"x","date":"2027-01-01"}',
  ),
);
const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=latin1',
  'text/plain',
  'text/csv',
  'application/octet-stream',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  'application/xml',
  '',
  'application/json, text/csv',
);
/** A path segment: ordinary, odd or hostile, percent-encoded as a client would send it. */
const segment = fc.oneof(
  fc.string({ maxLength: 80 }).map(encodeURIComponent),
  fc.constantFrom(
    '%',
    '%zz',
    '%00',
    '..',
    '%2e%2e',
    '__proto__',
    'constructor',
    'x'.repeat(500),
    'municipalities.csv',
    'participants',
    'placements.csv',
  ),
);
const query = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 60 }).map((q) => `?${q}`),
  fc.constantFrom('?__proto__[x]=1', '?a=%', '?constructor=1&constructor=2'),
);
const auth = fc.oneof(
  fc.constant(undefined),
  fc.constant('programme'),
  fc.constant('facilitator'),
  fc.string({ maxLength: 40 }).map((s) => `Bearer ${s}`),
  fc.constantFrom('Bearer', 'Basic dXNlcjpwYXNz', 'Bearer ' + 'a'.repeat(2000)),
);

type Ids = { programme: string; meeting: string };
interface Attempt {
  method: string;
  path: (ids: Ids) => string;
}
/** Every route with parameters, the parameters random. */
const templates: ((ids: Ids, a: string, b: string) => string)[] = [
  (_, a) => `/api/programmes/${a}`,
  (ids, a) => `/api/programmes/${ids.programme}/export/${a}`,
  (_, a, b) => `/api/programmes/${a}/import/${b}`,
  (ids, a) => `/api/programmes/${ids.programme}/meetings/${a}/start`,
  (ids, a) => `/api/meetings/${ids.meeting}/export/${a}`,
  (_, a, b) => `/api/meetings/${a}/export/${b}`,
  (_, a) => `/api/${a}`,
  (ids) => `/api/programmes/${ids.programme}/eor`,
  (ids) => `/api/programmes/${ids.programme}/eor/processes`,
  (ids, a) => `/api/programmes/${ids.programme}/eor/${a}`,
  (ids, a) => `/api/programmes/${ids.programme}/eor/${a}/import`,
  (ids, a) => `/api/programmes/${ids.programme}/eor/${a}/export.csv`,
  (ids, a) => `/api/programmes/${ids.programme}/eor/${a}/link`,
  (ids, a) => `/api/programmes/${ids.programme}/clusters/${a}/link`,
  (ids, a) => `/api/meetings/${ids.meeting}/eor/${a}`,
  (ids) => `/api/programmes/${ids.programme}/homework`,
  (ids, a) => `/api/programmes/${ids.programme}/homework/${a}`,
  (ids, a, b) => `/api/programmes/${ids.programme}/homework/${a}/answers/${b}`,
  (ids, a, b) => `/api/programmes/${ids.programme}/homework/${a}/feedback/${b}`,
  (ids) => `/api/programmes/${ids.programme}/report`,
  (ids) => `/api/programmes/${ids.programme}/progression`,
];
const attempt: fc.Arbitrary<Attempt> = fc.oneof(
  fc.constant<Attempt>({ method: 'POST', path: () => '/api/meetings' }),
  fc.constant<Attempt>({ method: 'POST', path: () => '/api/programmes' }),
  fc.constant<Attempt>({ method: 'PUT', path: (ids) => `/api/programmes/${ids.programme}` }),
  fc
    .constantFrom('municipalities', 'participants')
    .map((kind): Attempt => ({ method: 'POST', path: (ids) => `/api/programmes/${ids.programme}/import/${kind}` })),
  fc
    .tuple(fc.constantFrom('GET', 'PUT', 'POST', 'DELETE', 'PATCH'), fc.constantFrom(...templates), segment, segment)
    .map(([method, template, a, b]): Attempt => ({ method, path: (ids) => template(ids, a, b) })),
);

async function expectTypedAnswer(res: Response, what: string): Promise<void> {
  expect(res.status, what).toBeLessThan(500);
  if (res.status < 400) return;
  const text = await res.text();
  let body: { code?: unknown; message?: unknown };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`${what}: ${res.status} answered with non-JSON ${text.slice(0, 100)}`);
  }
  expect(ERROR_CODES, what).toContain(body.code);
  expect(typeof body.message === 'string' && body.message.length > 0, what).toBe(true);
}

describe('[E2] fuzzing the HTTP API', () => {
  it('random requests to every route get a typed 4xx (or a success), never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(attempt, jsonText, contentType, query, auth, async (a, body, type, q, authorization) => {
        const headers: Record<string, string> = {};
        if (type) headers['content-type'] = type;
        if (authorization === 'programme') headers.authorization = `Bearer ${programme.token}`;
        else if (authorization === 'facilitator') headers.authorization = `Bearer ${meeting.facilitatorToken}`;
        else if (authorization) headers.authorization = authorization;
        const path = a.path({ programme: programme.id, meeting: meeting.meetingId }) + q;
        const res = await fetch(`${server.url}${path}`, {
          method: a.method,
          headers,
          ...(a.method === 'GET' ? {} : { body }),
        });
        await expectTypedAnswer(res, `${a.method} ${path} (${type}): ${body.slice(0, 80)}`);
      }),
      { numRuns: 1_000 },
    );
  }, 60_000);

  it('CSV uploads of random bytes, or of text shaped like a spreadsheet, are imported or refused with a reason', async () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        '"',
        '""',
        '"a;b"',
        '=1+1',
        '@SUM(A1)',
        '\r\n',
        'Ystad',
        '#1f5fa8',
        'Kommun',
        'Namn',
        'Kluster',
        '\uFEFF',
      ),
    );
    const csvText = fc
      .tuple(
        fc.constantFrom(';', ',', '\t'),
        fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }),
        fc.constantFrom('\n', '\r\n', '\r'),
      )
      .map(([sep, rows, eol]) => rows.map((r) => r.join(sep)).join(eol));
    const upload = fc.oneof(
      fc.uint8Array({ maxLength: 2_000 }),
      csvText.map((t) => new TextEncoder().encode(t)),
      csvText.map((t) => Uint8Array.from([...t].map((ch) => ch.charCodeAt(0) & 0xff))),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('municipalities', 'participants'), upload, async (kind, bytes) => {
        const res = await fetch(`${server.url}/api/programmes/${programme.id}/import/${kind}`, {
          method: 'POST',
          headers: { 'content-type': 'text/csv', authorization: `Bearer ${programme.token}` },
          body: bytes,
        });
        await expectTypedAnswer(res, `${kind}: ${Buffer.from(bytes).toString('latin1').slice(0, 120)}`);
        if (res.status >= 400) expect([400, 409]).toContain(res.status);
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});

describe('[R1] what the fuzzing got accepted reads back', () => {
  it('every meeting the requests above created or changed has a log that parses, read as a restarted server would', async () => {
    const store = kyselyStore(await openSqlite(server.file));
    try {
      const ids = await store.meetingIds();
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect((await store.eventsAfter(id, 0))[0]?.event.type).toBe('meetingCreated');
    } finally {
      await store.close();
    }
  });
});
