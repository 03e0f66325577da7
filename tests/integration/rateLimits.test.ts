/** Limits that stop a script, not a person: per socket and event, join-code guesses per address, the HTTP API. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  closeAll,
  connect,
  createMeeting,
  joinByCode,
  refusal,
  resync,
  send,
  serverSeq,
  startServer,
} from '../support/server';

afterEach(async () => {
  vi.useRealTimers();
  await closeAll();
});

/**
 * The limiters' windows run on Date (rate-limiter-flexible reads Date.now()):
 * a test freezes it and moves it past a window instead of sleeping through one.
 */
function windowClock() {
  vi.useFakeTimers({ toFake: ['Date'] });
  return { pass: (ms: number) => vi.setSystemTime(Date.now() + ms) };
}

describe('rate limits', () => {
  it('a socket sending commands faster than allowed gets rate_limited, nothing changes, and it works again after the window', async () => {
    const window = windowClock();
    const server = await startServer({ limits: { command: { points: 5, duration: 1 } } });
    const meeting = await createMeeting(server.url);
    const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
    const seq = await serverSeq(facilitator);
    const acks = [];
    for (let i = 0; i < 6; i++) acks.push(await send(facilitator, { type: 'updateCluster', clusterId: 'none' }));
    expect(acks.slice(0, 5).map((a) => (a.ok ? 'ok' : a.error.code))).toEqual(Array(5).fill('not_found'));
    expect(acks[5]).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(await serverSeq(facilitator)).toBe(seq);

    // Another socket has its own allowance.
    const anna = await joinByCode(server.url, meeting.code, 'Anna', 'Trelleborg');
    expect((await send(anna.socket, { type: 'raiseHand', clusterId: 'none', text: '' })).ok).toBe(false);

    window.pass(1_001);
    expect((await send(facilitator, { type: 'advanceAgenda', fromSegmentId: null })).ok).toBe(true);
  });

  it('resync requests are limited too', async () => {
    const server = await startServer({ limits: { resync: { points: 3, duration: 60 } } });
    const meeting = await createMeeting(server.url);
    const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
    for (let i = 0; i < 3; i++) expect((await resync(facilitator, 0)).ok).toBe(true);
    expect(await resync(facilitator, 0)).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
  });

  it('[A4] after too many wrong join codes from one address a meeting it never reached waits: a guesser learns nothing from a hit', async () => {
    const server = await startServer({ limits: { codeGuess: { points: 3, duration: 60 } } });
    const reached = await createMeeting(server.url);
    const other = await createMeeting(server.url);
    // A right code costs nothing.
    for (let i = 0; i < 5; i++) await connect(server.url, { code: reached.code });
    for (const wrong of ['AAAAAA', 'BBBBBB', 'CCCCCC'])
      expect((await refusal(server.url, { code: wrong })).code).toBe('not_found');
    // Out of guesses: a hit on a meeting this address never reached reads like a miss.
    expect((await refusal(server.url, { code: other.code })).code).toBe('rate_limited');
    expect((await refusal(server.url, { code: 'DDDDDD' })).code).toBe('rate_limited');
    // Secret links are not guesses and still work.
    await connect(server.url, { token: other.facilitatorToken });
  });

  it('[A4] twenty wrong codes from a venue’s address do not keep its room out: the right code still gets in', async () => {
    const server = await startServer({ limits: { codeGuess: { points: 20, duration: 60 } } });
    const meeting = await createMeeting(server.url);
    // The first phone in the room gets in; then twenty people behind the same NAT mistype.
    expect((await connect(server.url, { code: meeting.code })).connected).toBe(true);
    for (let i = 0; i < 20; i++) expect((await refusal(server.url, { code: 'AAAAAA' })).code).toBe('not_found');
    expect((await refusal(server.url, { code: 'AAAAAA' })).code).toBe('rate_limited');
    // Everyone else who types it right joins at once, and does not wait a minute.
    for (let i = 0; i < 5; i++) {
      const phone = await joinByCode(server.url, meeting.code, `Deltagare ${i}`, 'Trelleborg');
      expect(phone.participantId).toBeTruthy();
    }
  });

  it('[A4] a phone that mistyped the code twice gets in with the right one; a guesser is stopped, then let in after the window', async () => {
    const window = windowClock();
    const server = await startServer({ limits: { codeGuess: { points: 3, duration: 1 } } });
    const meeting = await createMeeting(server.url);
    const other = await createMeeting(server.url);
    expect((await refusal(server.url, { code: 'AAAAAA' })).code).toBe('not_found');
    expect((await refusal(server.url, { code: 'BBBBBB' })).code).toBe('not_found');
    expect((await connect(server.url, { code: meeting.code })).connected).toBe(true);
    // The third wrong code uses the last point: from then on only the meeting it reached lets it in.
    expect((await refusal(server.url, { code: 'CCCCCC' })).code).toBe('not_found');
    expect((await refusal(server.url, { code: 'DDDDDD' })).code).toBe('rate_limited');
    expect((await refusal(server.url, { code: other.code })).code).toBe('rate_limited');
    expect((await connect(server.url, { code: meeting.code })).connected).toBe(true);
    window.pass(1_001);
    expect((await connect(server.url, { code: other.code })).connected).toBe(true);
  });

  it('behind nginx (TRUST_PROXY=1) each phone has its own wrong guesses, by the address nginx forwards; a forged header does not buy more', async () => {
    const server = await startServer({ trustProxy: 1, limits: { codeGuess: { points: 2, duration: 60 } } });
    const meeting = await createMeeting(server.url);
    const from = (address: string, forged = '') => ({ 'x-forwarded-for': forged ? `${forged}, ${address}` : address });
    for (const wrong of ['AAAAAA', 'BBBBBB'])
      expect((await refusal(server.url, { code: wrong }, { headers: from('10.0.0.7') })).code).toBe('not_found');
    expect((await refusal(server.url, { code: meeting.code }, { headers: from('10.0.0.7') })).code).toBe(
      'rate_limited',
    );
    // The phone next to it, behind the same nginx, is not held up.
    await connect(server.url, { code: meeting.code }, { headers: from('10.0.0.8') });
    // Claiming another address in front of the one nginx saw changes nothing.
    expect((await refusal(server.url, { code: meeting.code }, { headers: from('10.0.0.7', '10.9.9.9') })).code).toBe(
      'rate_limited',
    );
  });

  it('behind nginx the HTTP API counts each forwarded address on its own', async () => {
    const server = await startServer({ trustProxy: 1, httpPerMinute: 2 });
    const config = (address: string) =>
      fetch(`${server.url}/api/config`, { headers: { 'x-forwarded-for': address } }).then((r) => r.status);
    expect([await config('10.0.0.7'), await config('10.0.0.7'), await config('10.0.0.7')]).toEqual([200, 200, 429]);
    expect(await config('10.0.0.8')).toBe(200);
  });

  it('the HTTP API answers 429 with code rate_limited past its limit', async () => {
    const server = await startServer({ httpPerMinute: 3 });
    for (let i = 0; i < 3; i++) expect((await fetch(`${server.url}/api/config`)).status).toBe(200);
    const res = await fetch(`${server.url}/api/config`);
    expect(res.status).toBe(429);
    expect(await res.json()).toMatchObject({ code: 'rate_limited' });
  });

  it('[E4] a load balancer polling /api/health is never rate limited, also when the API is', async () => {
    const server = await startServer({ httpPerMinute: 3 });
    for (let i = 0; i < 3; i++) expect((await fetch(`${server.url}/api/config`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/config`)).status).toBe(429);
    for (let i = 0; i < 10; i++) expect((await fetch(`${server.url}/api/health?probe=${i}`)).status).toBe(200);
  });
});
