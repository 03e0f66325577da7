/**
 * [PD6] The server's log, at its most talkative (trace), over a meeting day:
 * requests, handshakes good and bad, commands refused and accepted, exports
 * and a programme's CSV import. It holds neither a name, nor a question or
 * note, nor a token or secret link.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loggerOptions } from '../../server/logging';
import { createProgramme, programmeApi } from '../support/programme';
import { closeAll, connect, createMeeting, joinByCode, refusal, send, startServer, waitFor } from '../support/server';

afterEach(closeAll);

describe('[PD6] no personal data and no secrets in the log', () => {
  it('a day of joins, notes, questions, exports and an import leaves only ids, paths and counts in the log', async () => {
    const lines: string[] = [];
    const server = await startServer({ logger: loggerOptions('trace', { write: (chunk) => void lines.push(chunk) }) });
    const meeting = await createMeeting(server.url, {
      name: 'Lärträff 5 – Fullfölja',
      date: '2026-11-23',
      municipalities: [{ name: 'Ystad' }, { name: 'Skurup' }],
      clusters: [{ name: 'Kluster Syd', municipalities: ['Ystad', 'Skurup'], supervisor: 'Karin Holmqvist' }],
    });
    const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
    const ingrid = await joinByCode(server.url, meeting.code, 'Ingrid Wästberg', 'Ystad');
    const tobias = await joinByCode(server.url, meeting.code, 'Tobias Fjellström', 'Skurup');
    await send(facilitator, { type: 'addTeamNote', kind: 'observation', text: 'Ystads förvaltningschef är orolig' });
    await send(facilitator, {
      type: 'enterTeamRound',
      round: 'checkIn',
      name: 'Karin Holmqvist',
      feeling: 'Trött',
      focus: 'Ystad',
    });
    await send(tobias.socket, {
      type: 'raiseHand',
      clusterId: 'no-such-cluster',
      text: 'Hur gör ni med sjukskrivningarna?',
    });
    await send(ingrid.socket, { type: 'join', name: 'Ingrid Wästberg igen', municipality: 'Ystad' });
    await send(ingrid.socket, { type: 'leave' });
    await refusal(server.url, { token: 'not-a-real-token-but-long-enough' });
    await refusal(server.url, { token: ingrid.token });
    const auth = { authorization: `Bearer ${meeting.facilitatorToken}` };
    await fetch(`${server.url}/api/meetings/${meeting.meetingId}/export/placements.csv?token=${meeting.screenToken}`, {
      headers: auth,
    });
    await fetch(`${server.url}/api/meetings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name": "Greger Ödmark", ',
    });

    const programme = await createProgramme(server.url);
    const api = programmeApi(server.url, programme.token);
    await api.upload(`/api/programmes/${programme.programmeId}/import/municipalities`, 'Kommun\nYstad\n');
    await api.upload(
      `/api/programmes/${programme.programmeId}/import/participants`,
      'Namn;Kommun;E-post\nMalin Sandqvist;Ystad;malin.sandqvist@ystad.example\nOkänd;Nowhere;x\n',
    );
    await api.get(`/api/programmes/${programme.programmeId}/export/participants.csv`);
    const count = (msg: string) => lines.filter((l) => l.includes(msg)).length;
    await waitFor(
      () => count('request completed') === count('incoming request'),
      3_000,
      'every request logged to its end',
    );

    const log = lines.join('');
    // The log is there and says something: requests by path, the server's own events.
    expect(log).toContain('"url":"/api/meetings/');
    expect(log).toContain('incoming request');
    for (const secret of [
      meeting.facilitatorToken,
      meeting.screenToken,
      ingrid.token,
      tobias.token,
      programme.token,
      ...meeting.supervisorLinks.map((s) => s.link.split('#')[1]!),
    ]) {
      expect(log.includes(secret), 'a token in the log').toBe(false);
    }
    for (const personal of [
      'Ingrid',
      'Wästberg',
      'Tobias',
      'Fjellström',
      'Karin Holmqvist',
      'förvaltningschef',
      'sjukskrivningarna',
      'Greger',
      'Malin',
      'malin.sandqvist',
    ]) {
      expect(log, personal).not.toContain(personal);
    }
  });
});
