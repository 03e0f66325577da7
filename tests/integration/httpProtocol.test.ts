/**
 * The HTTP API is defined once, in shared/protocol/http.ts: the server
 * registers every route from it and the client calls them through `api()`,
 * each answer parsed by the route's own schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HTTP, pathOf } from '../../shared/protocol/http';
import { api, apiFile } from '../../client/src/api';
import { closeAll, startServer, VERSION } from '../support/server';
import { createProgramme } from '../support/programme';

afterEach(closeAll);

const sources = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(dir, f));

describe('one HTTP protocol', () => {
  it('the server answers every route the protocol names, at its method and path', async () => {
    const { app } = await startServer();
    const missing = Object.entries(HTTP).filter(
      ([, route]) => !app.app.hasRoute({ method: route.method, url: route.path }),
    );
    expect(missing.map(([name]) => name)).toEqual([]);
  });

  it('no API path is written outside the protocol, and only api() fetches in the client', () => {
    const literal = /['"`]\/api\/[a-z]/;
    const server = sources('server').filter((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .some((l) => literal.test(l)),
    );
    // server/app.ts only tells API paths from pages (`startsWith('/api/')`), it names no route.
    expect(server.filter((f) => !f.endsWith('app.ts'))).toEqual([]);
    const client = sources('client/src').filter((f) => {
      const text = readFileSync(f, 'utf8');
      return literal.test(text) || (/\bfetch\(/.test(text) && !f.endsWith(join('src', 'api.ts')));
    });
    expect(client).toEqual([]);
  });

  it('a path is filled in with each parameter encoded', () => {
    expect(pathOf(HTTP.saveAnswer, { id: 'p1', assignmentId: 'a/b', municipalityId: 'Höör' })).toBe(
      '/api/programmes/p1/homework/a%2Fb/answers/H%C3%B6%C3%B6r',
    );
  });

  it('the client gets each answer parsed, and a refusal as the typed error the server sent', async () => {
    const { url } = await startServer();
    const health = await api(HTTP.health, { base: url, params: {} });
    expect(health).toEqual({ ok: true, data: { ok: true, version: VERSION } });

    const config = await api(HTTP.config, { base: url, params: {} });
    expect(config.ok && config.data.organiserKeyRequired).toBe(false);

    const created = await api(HTTP.createMeeting, {
      base: url,
      params: {},
      body: { name: 'Lärträff 4', date: '2026-11-23', municipalities: [{ name: 'Ystad' }], anonymous: false },
    });
    expect(created.ok && created.data.facilitatorLink).toMatch(/^\/facilitator\//);

    // A body the schema refuses: nothing is created and the client reads why.
    const refused = await api(HTTP.createMeeting, { base: url, params: {}, body: { name: '' } as never });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.status).toBe(400);
    expect(!refused.ok && refused.error?.code).toBe('invalid');

    const { programmeId, token } = await createProgramme(url);
    const programme = await api(HTTP.programme, { base: url, token, params: { id: programmeId } });
    expect(programme.ok && programme.data.name).toBe('Lärprojekt Trelleborgsmodellen 2026');
    const other = await api(HTTP.programme, { base: url, token: 'x'.repeat(32), params: { id: programmeId } });
    expect(!other.ok && [other.status, other.error?.code]).toEqual([403, 'forbidden']);

    // A file answer is saved under the name the protocol's route gives it.
    const file = await apiFile(HTTP.programmeExport, {
      base: url,
      token,
      params: { id: programmeId, file: 'municipalities.csv' },
    });
    expect(file?.type).toMatch(/^text\/csv/);
    expect(file?.size).toBeGreaterThan(0);
    const res = await fetch(`${url}${pathOf(HTTP.programmeExport, { id: programmeId, file: 'participants.csv' })}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="deltagare.csv"');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('an unknown export is a 404, not a bad request', async () => {
    const { url } = await startServer();
    const res = await fetch(`${url}/api/meetings/abc/export/secrets.csv`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'not_found' });
  });
});
