/**
 * [A5] Only pages the server serves (or is told to trust) open sockets and
 * change things over HTTP; every answer carries the security headers and a
 * Content-Security-Policy the client itself passes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, connect, createMeeting, refusal, startServer, welcomeOf } from '../support/server';

afterEach(closeAll);

const EVIL = 'https://lartraff-login.example.com';

describe('[A5] origins', () => {
  it("a phone on the laptop's own address connects; a page on another site is refused with forbidden", async () => {
    const server = await startServer();
    const meeting = await createMeeting(server.url);
    // The page was loaded from the server itself: its origin is the server's own host.
    const phone = await connect(server.url, { code: meeting.code }, { origin: server.url });
    expect(welcomeOf(phone).actor.role).toBe('guest');
    expect(await refusal(server.url, { token: meeting.facilitatorToken }, { origin: EVIL })).toMatchObject({
      code: 'forbidden',
    });
    expect(await refusal(server.url, { code: meeting.code }, { origin: 'null' })).toMatchObject({ code: 'forbidden' });
    // A script without a browser sends no Origin: its credentials decide, as before.
    expect(welcomeOf(await connect(server.url, { token: meeting.facilitatorToken })).actor.role).toBe('facilitator');
  });

  it('the configured public address and ALLOWED_ORIGINS may connect from another host', async () => {
    const server = await startServer({
      allowedOrigins: ['https://lartraff.trelleborg.se', 'http://192.168.1.20:3000'],
    });
    const meeting = await createMeeting(server.url);
    for (const origin of ['https://lartraff.trelleborg.se', 'http://192.168.1.20:3000']) {
      expect(welcomeOf(await connect(server.url, { code: meeting.code }, { origin })).actor.role).toBe('guest');
    }
    expect(
      await refusal(server.url, { code: meeting.code }, { origin: 'http://lartraff.trelleborg.se' }),
    ).toMatchObject({ code: 'forbidden' });
  });

  it("another site's page cannot create a meeting or a programme; the server's own page and a script can", async () => {
    const server = await startServer();
    const post = (path: string, body: object, origin?: string) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
        body: JSON.stringify(body),
      });
    const meeting = { name: 'Lärträff 5', date: '2027-06-01' };
    const refused = await post('/api/meetings', meeting, EVIL);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'forbidden', message: expect.stringContaining(EVIL) });
    expect((await post('/api/programmes', { name: 'Lärprojekt' }, EVIL)).status).toBe(403);
    expect((await post('/api/meetings', meeting, server.url)).status).toBe(201);
    expect((await post('/api/meetings', meeting)).status).toBe(201);
    // Reading is not changing: a GET with a foreign Origin is answered (without CORS headers the page cannot read it).
    expect((await fetch(`${server.url}/api/health`, { headers: { origin: EVIL } })).status).toBe(200);
  });
});

describe('[A5] security headers', () => {
  it('every answer forbids framing and sniffing, and the policy allows only the app itself, data: images and its own websockets', async () => {
    const server = await startServer();
    const res = await fetch(`${server.url}/api/health`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('strict-transport-security')).toBeNull();
    const csp = Object.fromEntries(
      (res.headers.get('content-security-policy') ?? '').split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    const host = new URL(server.url).host;
    expect(csp).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'script-src-attr': "'none'",
      'img-src': "'self' data:",
      'connect-src': `'self' ws://${host} wss://${host}`,
      'frame-ancestors': "'none'",
      'object-src': "'none'",
    });
    // Phones on hotel wifi use plain http: nothing may push them to https.
    expect(csp).not.toHaveProperty('upgrade-insecure-requests');
  });

  it('a Host header that tries to smuggle a directive into the policy gets none', async () => {
    const server = await startServer();
    const { request } = await import('node:http');
    const header = await new Promise<string>((resolve, reject) => {
      const url = new URL(server.url);
      request(
        { host: url.hostname, port: url.port, path: '/api/health', headers: { host: "x; script-src 'unsafe-inline'" } },
        (res) => {
          res.resume();
          resolve(String(res.headers['content-security-policy']));
        },
      )
        .on('error', reject)
        .end();
    });
    expect(header).not.toContain('unsafe-inline');
    expect(header).toContain("script-src 'self'");
  });
});
