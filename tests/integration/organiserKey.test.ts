/** [A6] On a shared server only organisers with ORGANISER_KEY create programmes and meetings; a laptop stays open. */
import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, startServer } from '../support/server';

afterEach(closeAll);

const KEY = 'kN3v-Trelleborg-2027-Q8xPzL';

async function post(url: string, path: string, body: object, key?: string) {
  return fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key === undefined ? {} : { 'x-organiser-key': key }) },
    body: JSON.stringify(body),
  });
}

describe('[A6] the organiser key', () => {
  const meeting = { name: 'Lärträff 6 – Fullfölja', date: '2027-09-20' };

  it('with a key set, creating without it or with a wrong one is forbidden; with it, it works', async () => {
    const server = await startServer({ organiserKey: KEY });
    for (const key of [undefined, '', 'guess', `${KEY}x`, KEY.slice(0, -1)]) {
      const res = await post(server.url, '/api/meetings', meeting, key);
      expect(res.status, `key ${key}`).toBe(401);
      expect(await res.json()).toMatchObject({ code: 'forbidden', message: expect.stringContaining('organiser key') });
      expect((await post(server.url, '/api/programmes', { name: 'Lärprojekt Syd' }, key)).status).toBe(401);
    }
    expect(await server.app.app.inject({ method: 'GET', url: '/api/config' }).then((r) => r.json())).toMatchObject({
      organiserKeyRequired: true,
    });
    expect((await post(server.url, '/api/meetings', meeting, KEY)).status).toBe(201);
    expect((await post(server.url, '/api/programmes', { name: 'Lärprojekt Syd' }, KEY)).status).toBe(201);
  });

  it('without a key (a laptop) anyone on the network creates, and the start page is told no key is needed', async () => {
    const server = await startServer();
    expect((await post(server.url, '/api/meetings', meeting)).status).toBe(201);
    expect((await post(server.url, '/api/programmes', { name: 'Lärprojekt Syd' })).status).toBe(201);
    const config = (await (await fetch(`${server.url}/api/config`)).json()) as { organiserKeyRequired: boolean };
    expect(config.organiserKeyRequired).toBe(false);
  });
});
