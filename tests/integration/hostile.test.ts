/**
 * [E1] [E2] Whatever a phone or a script sends, the server answers with a
 * typed error, changes nothing, and keeps serving everyone else.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT_EVENTS, CreateMeetingResponse, MAX_PAYLOAD_BYTES } from '../../shared/protocol';
import {
  VERSION,
  connect,
  disconnected,
  emitRaw,
  joinByCode,
  resync,
  send,
  serverSeq,
  track,
  waitFor,
  openMeeting,
} from '../support/server';
import { eachTest } from '../support/meetingDay';

const day = eachTest(openMeeting);

describe('[E1] [E2] malformed commands over the socket', () => {
  const badCommands: Array<[string, unknown]> = [
    ['a command of an unknown type', { type: 'launchFireworks' }],
    ['advanceAgenda without fromSegmentId', { type: 'advanceAgenda' }],
    ['goToSegment without the segment', { type: 'goToSegment', fromSegmentId: null }],
    ['a join with a number for a name', { type: 'join', name: 42, municipality: 'Trelleborg' }],
    ['a join with only spaces for a name', { type: 'join', name: '   ', municipality: 'Trelleborg' }],
    ['a join with a 200-character name', { type: 'join', name: 'A'.repeat(200), municipality: 'Trelleborg' }],
    ['a string instead of an object', 'advanceAgenda'],
    ['null', null],
    ['a number', 7],
    ['an array', [{ type: 'advanceAgenda', fromSegmentId: null }]],
    ['an object without a type', { fromSegmentId: null }],
  ];

  it.for(badCommands)('%s gets invalid, and the meeting log does not move', async ([, payload]) => {
    const before = await serverSeq(day.facilitator);
    const ack = await send(day.facilitator, payload);
    expect(ack).toEqual({ ok: false, error: { code: 'invalid', message: expect.any(String) } });
    expect(await serverSeq(day.facilitator)).toBe(before);
  });

  it('a guest sending a join with a missing municipality gets invalid and no one is added to the roster', async () => {
    const guest = await connect(day.server.url, { code: day.meeting.code });
    const ack = await send(guest, { type: 'join', name: 'Anna' });
    expect(ack.ok ? 'ok' : ack.error.code).toBe('invalid');
    const view = track(day.facilitator);
    await view.ready;
    expect(view.state.participants).toEqual([]);
    expect(view.seq).toBe(1);
  });

  it.for([
    ['a U+202E in the name', { name: 'Anna\u202E2 delegaterna', municipality: 'Trelleborg' }],
    ['a NUL in the name', { name: 'Anna\u0000', municipality: 'Trelleborg' }],
    ['a NUL in a new municipality', { name: 'Anna', municipality: 'Ystad\u0000' }],
  ] as const)('[H1] a join with %s is invalid: nobody joins, no municipality is added', async ([, join]) => {
    const guest = await connect(day.server.url, { code: day.meeting.code });
    const before = await serverSeq(day.facilitator);
    expect(await send(guest, { type: 'join', ...join })).toEqual({
      ok: false,
      error: { code: 'invalid', message: expect.any(String) },
    });
    expect(await serverSeq(day.facilitator)).toBe(before);
    const view = track(day.facilitator);
    await view.ready;
    expect(view.state.participants).toEqual([]);
    expect(view.state.municipalities.map((m) => m.name)).toEqual(['Trelleborg', 'Kungsbacka']);
  });

  it('[H1] a new meeting named with a NUL or a U+202E is invalid (400), and none is made', async () => {
    for (const name of ['Lärträff\u0000', 'Lärträff \u202E2']) {
      const res = await fetch(`${day.server.url}/api/meetings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name, date: '2026-11-23', municipalities: [{ name: 'Ystad' }] }),
      });
      expect([res.status, ((await res.json()) as { code: string }).code]).toEqual([400, 'invalid']);
    }
  });

  it('a resync with a negative or missing seq is invalid; the socket keeps working', async () => {
    expect(await resync(day.facilitator, -1)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await resync(day.facilitator, 'latest')).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await send(day.facilitator, { type: 'advanceAgenda', fromSegmentId: null })).toMatchObject({ ok: true });
  });

  it('an event name the protocol does not know is ignored and the socket still works', async () => {
    emitRaw(day.facilitator, 'launchFireworks', { colour: 'gold' });
    emitRaw(day.facilitator, 'launchFireworks', { colour: 'gold' }, () => undefined);
    emitRaw(day.facilitator, CLIENT_EVENTS.command, { type: 'advanceAgenda', fromSegmentId: null }); // no ack: nothing to answer
    const ack = await send(day.facilitator, { type: 'advanceAgenda', fromSegmentId: null });
    expect(day.facilitator.connected).toBe(true);
    // The ack-less command above was not run either: this one started the day.
    expect(ack).toMatchObject({ ok: true, seq: 2 });
  });

  it('[E2] a command or resync with extra arguments is answered invalid and not run; one without an acknowledgement is dropped', async () => {
    const before = await serverSeq(day.facilitator);
    const answer = (event: string, ...args: unknown[]) =>
      new Promise<unknown>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no answer to ${event}`)), 2_000);
        emitRaw(day.facilitator, event, ...args, (res: unknown) => {
          clearTimeout(timer);
          resolve(res);
        });
      });
    const start = { type: 'advanceAgenda', fromSegmentId: null };
    expect(await answer(CLIENT_EVENTS.command, start, 'extra')).toEqual({
      ok: false,
      error: { code: 'invalid', message: expect.any(String) },
    });
    expect(await answer(CLIENT_EVENTS.command, start, { also: 1 }, 3)).toMatchObject({ error: { code: 'invalid' } });
    expect(await answer(CLIENT_EVENTS.resync, { fromSeq: 0 }, 'extra')).toMatchObject({ error: { code: 'invalid' } });
    // No acknowledgement, or one not last: nothing to tell the outcome to, so it is not run.
    emitRaw(day.facilitator, CLIENT_EVENTS.command, start);
    emitRaw(day.facilitator, CLIENT_EVENTS.command, start, () => undefined, 'after');
    expect(await serverSeq(day.facilitator)).toBe(before);
  });

  it(`a message over ${MAX_PAYLOAD_BYTES / 1024} KB is refused: that socket is dropped, everyone else carries on`, async () => {
    const anna = await joinByCode(day.server.url, day.meeting.code, 'Anna Svensson', 'Trelleborg');
    const annaView = track(anna.socket);
    await annaView.ready;
    const before = await serverSeq(day.facilitator);

    // Just under the limit is an ordinary (too long) command: invalid, and the socket stays.
    const bulky = await send(day.facilitator, {
      type: 'join',
      name: 'x'.repeat(MAX_PAYLOAD_BYTES - 1024),
      municipality: 'Ystad',
    });
    expect(bulky.ok ? 'ok' : bulky.error.code).toBe('invalid');
    expect(day.facilitator.connected).toBe(true);

    const attacker = await connect(day.server.url, { code: day.meeting.code });
    const dropped = disconnected(attacker);
    emitRaw(
      attacker,
      CLIENT_EVENTS.command,
      { type: 'join', name: 'x'.repeat(MAX_PAYLOAD_BYTES + 1), municipality: 'Ystad' },
      () => undefined,
    );
    expect(await dropped).toMatch(/transport (close|error)/);

    expect(await serverSeq(day.facilitator)).toBe(before);
    expect(await send(day.facilitator, { type: 'advanceAgenda', fromSegmentId: null })).toMatchObject({ ok: true });
    await waitFor(() => annaView.state.currentSegmentId !== null, 3_000, 'Anna sees the day start');
    const newcomer = await connect(day.server.url, { code: day.meeting.code });
    expect(newcomer.connected).toBe(true);
  });
});

describe('[E2] the HTTP API', () => {
  const post = (body: string, contentType = 'application/json') =>
    fetch(`${day.server.url}/api/meetings`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('[A8] what the API answers is never kept by a browser or a proxy: every /api response says no-store', async () => {
    const programme = await fetch(`${day.server.url}/api/programmes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Lärprojekt 2027' }),
    });
    const { programmeId, organiserLink } = (await programme.clone().json()) as {
      programmeId: string;
      organiserLink: string;
    };
    // The programme holds the participants' names and e-mail addresses.
    const names = await fetch(`${day.server.url}/api/programmes/${programmeId}`, {
      headers: { authorization: `Bearer ${organiserLink.split('#')[1]}` },
    });
    expect(names.status).toBe(200);
    const answers = [
      names,
      await fetch(`${day.server.url}/api/health`),
      await fetch(`${day.server.url}/api/config`),
      await post(JSON.stringify({ name: 'Lärträff 3', date: '2027-02-15' })),
      await post('{'),
      await fetch(`${day.server.url}/api/nowhere`),
      programme,
    ];
    for (const res of answers) expect([res.url, res.headers.get('cache-control')]).toEqual([res.url, 'no-store']);
  });

  it('GET /api/health says ok with the version', async () => {
    const res = await fetch(`${day.server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, version: VERSION });
  });

  it('POST /api/meetings with a name and date creates a meeting with secret links in the fragment', async () => {
    const res = await post(JSON.stringify({ name: 'Lärträff 3', date: '2027-02-15' }));
    expect(res.status).toBe(201);
    const body = CreateMeetingResponse.parse(await res.json());
    expect(body.code).toMatch(/^[A-HJKMNP-Z]{6}$/);
    expect(body.facilitatorLink).toMatch(new RegExp(`^/facilitator/${body.meetingId}#.{16,}$`));
    expect(body.screenLink).toMatch(new RegExp(`^/screen/${body.meetingId}#.{16,}$`));
  });

  const badBodies: Array<[string, string, string?]> = [
    ['JSON cut off halfway', '{"name": "Lärträff'],
    ['an empty body', ''],
    ['JSON null', 'null'],
    ['a JSON string', '"Lärträff 3"'],
    ['a missing date', JSON.stringify({ name: 'Lärträff 3' })],
    ['a date that is not a date', JSON.stringify({ name: 'Lärträff 3', date: '2027-13-45' })],
    ['an empty name', JSON.stringify({ name: '  ', date: '2027-02-15' })],
    ['an empty agenda', JSON.stringify({ name: 'Lärträff 3', date: '2027-02-15', agenda: [] })],
    [
      'a colour that is not #rrggbb',
      JSON.stringify({ name: 'L', date: '2027-02-15', municipalities: [{ name: 'Ystad', colour: 'red' }] }),
    ],
    ['plain text', 'name=Lärträff', 'text/plain'],
    ['XML', '<meeting/>', 'application/xml'],
    ['a body over 64 KB', JSON.stringify({ name: 'L', date: '2027-02-15', pad: 'x'.repeat(MAX_PAYLOAD_BYTES) })],
  ];

  it.for(badBodies)('%s gets a 4xx with code invalid, never a 5xx', async ([, body, contentType]) => {
    const res = await post(body, contentType);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await res.json()).toMatchObject({ code: 'invalid', message: expect.any(String) });
  });
});
