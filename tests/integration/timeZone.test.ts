/**
 * [T5] A meeting's times are on the clocks where it is held: a server that runs
 * in UTC (as servers do) writes Stockholm times into the exports, summer or winter.
 */
// Before anything formats a date: this process is a server in UTC, whatever the machine's zone.
process.env.TZ = 'UTC';

import { afterEach, describe, expect, it } from 'vitest';
import {
  closeAll,
  connect,
  createMeeting,
  FakeClock,
  send,
  snapshot,
  startServer,
  type TestServer,
} from '../support/server';

afterEach(closeAll);

const report = async (server: TestServer, meetingId: string, token: string, file = 'report.csv') => {
  const res = await fetch(`${server.url}/api/meetings/${meetingId}/export/${file}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  return res.text();
};

/** The agenda section's row of a segment: title, kind, status, planned start, planned minutes, actual start, actual end, … */
const agendaRow = (csv: string, title: string) =>
  csv
    .split(/\r?\n/)
    .map((line) => line.split(';'))
    .find((row) => row[0] === title);

describe('[T5] the exports of a server in UTC', () => {
  it('[L4] the report CSV says 08.00 for the team check-in started at 08:00 in Stockholm in winter, not 07.00', async () => {
    expect(new Date(Date.parse('2026-11-23T08:00:00+01:00')).getHours()).toBe(7);
    const clock = new FakeClock(Date.parse('2026-11-23T07:50:00+01:00'));
    const server = await startServer({ clock });
    const meeting = await createMeeting(server.url, { name: 'Lärträff 2', date: '2026-11-23' });
    const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
    clock.set(Date.parse('2026-11-23T08:00:00+01:00'));
    expect((await send(facilitator, { type: 'advanceAgenda', fromSegmentId: null })).ok).toBe(true);
    clock.set(Date.parse('2026-11-23T08:35:00+01:00'));
    const current = (await snapshot(facilitator)).state.currentSegmentId;
    expect((await send(facilitator, { type: 'advanceAgenda', fromSegmentId: current })).ok).toBe(true);

    const csv = await report(server, meeting.meetingId, meeting.facilitatorToken);
    expect(agendaRow(csv, 'Teamets incheckning')?.slice(3, 7)).toEqual(['08.00', '30', '08.00', '08.35']);
    expect(agendaRow(csv, 'Lunch')?.[3]).toBe('12.00');
    const json = JSON.parse(await report(server, meeting.meetingId, meeting.facilitatorToken, 'report.json')) as {
      meeting: { timeZone: string };
    };
    expect(json.meeting.timeZone).toBe('Europe/Stockholm');
  });

  it('on the day the clocks go forward (2026-03-29) the day planned 08:00 and started 08:00 summer time is on time', async () => {
    const clock = new FakeClock(Date.parse('2026-03-29T07:00:00+02:00'));
    const server = await startServer({ clock });
    const meeting = await createMeeting(server.url, { name: 'Lärträff 5', date: '2026-03-29' });
    const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
    clock.set(Date.parse('2026-03-29T08:00:00+02:00'));
    expect((await send(facilitator, { type: 'advanceAgenda', fromSegmentId: null })).ok).toBe(true);
    const csv = await report(server, meeting.meetingId, meeting.facilitatorToken);
    expect(agendaRow(csv, 'Teamets incheckning')?.slice(3, 6)).toEqual(['08.00', '30', '08.00']);
    expect(agendaRow(csv, 'Teamets utcheckning')?.[3]).toBe('16.00');
    const json = JSON.parse(await report(server, meeting.meetingId, meeting.facilitatorToken, 'report.json')) as {
      agenda: { driftMs: number };
    };
    expect(json.agenda.driftMs).toBe(0);
  });
});
