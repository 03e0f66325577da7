/**
 * [D4] A command sent again is not run again: the phone whose join was
 * committed but never acknowledged sends it again with the same commandId and
 * finds itself on the roster once, with a token that works.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, connect, createMeeting, send, snapshot, startServer } from '../support/server';

afterEach(closeAll);

const JOIN_ID = 'join-7f3a9c2e51d04b88';

describe('[D4] commands sent again', () => {
  it('[D4] a join sent again with its commandId, after a restart, is one roster entry and the new token opens it', async () => {
    const first = await startServer();
    const meeting = await createMeeting(first.url);
    const guest = await connect(first.url, { code: meeting.code });
    const join = { type: 'join', name: 'Anna Berg', municipality: 'Trelleborg', commandId: JOIN_ID };
    const ack = await send(guest, join);
    expect(ack.ok && ack.join).toBeTruthy();
    // The ack never reached the phone: the server went down. It comes back on the same file.
    await first.close();
    const second = await startServer({ file: first.file, seed: 2 });
    const retry = await send(await connect(second.url, { code: meeting.code }), join);
    expect(retry).toMatchObject({ ok: true, seq: ack.ok ? ack.seq : -1 });
    expect(retry.ok && retry.join?.participantId).toBe(ack.ok && ack.join?.participantId);

    const facilitator = await connect(second.url, { token: meeting.facilitatorToken });
    const { state } = await snapshot(facilitator);
    expect(state.participants.map((p) => p.name)).toEqual(['Anna Berg']);
    const anna = await connect(second.url, { token: retry.ok ? retry.join!.token : '' });
    expect(anna.connected).toBe(true);
  });

  it('[D4] any command sent again with its commandId is answered with the first outcome and logged once', async () => {
    const server = await startServer();
    const meeting = await createMeeting(server.url);
    const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
    const start = { type: 'advanceAgenda', fromSegmentId: null, commandId: 'start-day-0123456789' };
    const first = await send(facilitator, start);
    expect(first.ok).toBe(true);
    // Decided again it would be a conflict (the day has moved on): it is the first answer instead.
    expect(await send(facilitator, start)).toEqual(first);
    expect((await snapshot(facilitator)).seq).toBe(first.ok ? first.seq : -1);
    // Another id is another command.
    expect(await send(facilitator, { ...start, commandId: 'start-day-9876543210' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('[D4] a malformed commandId is invalid and changes nothing', async () => {
    const server = await startServer();
    const meeting = await createMeeting(server.url);
    const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
    for (const commandId of ['short', 'x'.repeat(33), 'has spaces in it!!', 42])
      expect(await send(facilitator, { type: 'advanceAgenda', fromSegmentId: null, commandId })).toMatchObject({
        ok: false,
        error: { code: 'invalid' },
      });
    expect((await snapshot(facilitator)).seq).toBe(1);
  });
});
