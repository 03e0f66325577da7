/**
 * [S5] A phone tab from before an upgrade speaks an older protocol: the
 * server tells it so with a typed error at the handshake, before it can
 * receive an event it would not read.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, ProtocolRefusal } from '../../shared/protocol';
import { closeAll, connect, createMeeting, joinByCode, refusal, startServer, welcomeOf } from '../support/server';

afterEach(closeAll);

describe('[S5] the handshake and the welcome carry the protocol', () => {
  it('a page of this build is welcomed with the server’s protocol', async () => {
    const server = await startServer();
    const meeting = await createMeeting(server.url);
    const screen = await connect(server.url, { token: meeting.screenToken });
    expect(welcomeOf(screen).protocol).toBe(PROTOCOL_VERSION);
  });

  it('Anna’s phone tab from before versioning (no protocol) gets conflict with the server’s protocol, and nothing else', async () => {
    const server = await startServer();
    const meeting = await createMeeting(server.url);
    const anna = await joinByCode(server.url, meeting.code, 'Anna Svensson', 'Trelleborg');
    const error = await refusal(server.url, { token: anna.token }, { protocol: null });
    expect(ProtocolRefusal.parse(error)).toEqual({
      code: 'conflict',
      message: expect.stringContaining('reload the page'),
      protocol: PROTOCOL_VERSION,
    });
  });

  it('a tab of an older protocol, and one of a newer, are refused alike; a join code too', async () => {
    const server = await startServer();
    const meeting = await createMeeting(server.url);
    for (const protocol of [PROTOCOL_VERSION - 1, PROTOCOL_VERSION + 1]) {
      expect(await refusal(server.url, { token: meeting.facilitatorToken }, { protocol })).toMatchObject({
        code: 'conflict',
        protocol: PROTOCOL_VERSION,
      });
      expect(await refusal(server.url, { code: meeting.code }, { protocol })).toMatchObject({
        code: 'conflict',
        protocol: PROTOCOL_VERSION,
      });
    }
  });

  it('an upgraded server refuses this build’s pages with its newer protocol', async () => {
    const server = await startServer({ protocol: PROTOCOL_VERSION + 1 });
    const meeting = await createMeeting(server.url);
    expect(await refusal(server.url, { token: meeting.screenToken })).toEqual({
      code: 'conflict',
      message: expect.any(String),
      protocol: PROTOCOL_VERSION + 1,
    });
  });

  it('[E2] a protocol that is not a whole number is invalid, as any bad handshake', async () => {
    const server = await startServer();
    const meeting = await createMeeting(server.url);
    expect(await refusal(server.url, { token: meeting.screenToken, protocol: '1' })).toMatchObject({ code: 'invalid' });
    expect(await refusal(server.url, { token: meeting.screenToken, protocol: -1 })).toMatchObject({ code: 'invalid' });
  });
});
