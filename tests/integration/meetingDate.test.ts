/**
 * [T4] A meeting held on another day than its date: the exports measure the
 * day from when it runs, and the facilitator moves the meeting to today for
 * every screen.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  closeAll,
  connect,
  createMeeting,
  FakeClock,
  joinByCode,
  send,
  snapshot,
  startServer,
} from '../support/server';

afterEach(closeAll);

const MIN = 60_000;
const monday = (hhmm: string) => Date.parse(`2026-11-23T${hhmm}:00+01:00`);

describe('[T4] Lärträff 4, dated 9 March 2027, held on Monday 23 November 2026', () => {
  it('started 08:10: the report JSON says 10 min behind; moved to today, every screen shows the Monday', async () => {
    const clock = new FakeClock(monday('07:45'));
    const server = await startServer({ clock });
    const meeting = await createMeeting(server.url, {
      name: 'Lärträff 4',
      date: '2027-03-09',
      municipalities: [{ name: 'Ystad' }],
    });
    const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
    const lena = await joinByCode(server.url, meeting.code, 'Lena Ek', 'Ystad');
    clock.set(monday('08:10'));
    expect((await send(facilitator, { type: 'advanceAgenda', fromSegmentId: null })).ok).toBe(true);

    const res = await fetch(`${server.url}/api/meetings/${meeting.meetingId}/export/report.json`, {
      headers: { authorization: `Bearer ${meeting.facilitatorToken}` },
    });
    const report = (await res.json()) as { agenda: { driftMs: number } };
    expect(report.agenda.driftMs).toBe(10 * MIN);

    expect((await send(facilitator, { type: 'setMeetingDate', date: '2026-11-23' })).ok).toBe(true);
    expect((await snapshot(facilitator)).state.date).toBe('2026-11-23');
    expect((await snapshot(lena.socket)).state.date).toBe('2026-11-23');

    const again = await send(facilitator, { type: 'setMeetingDate', date: '2026-11-23' });
    expect(again.ok ? 'ok' : again.error.code).toBe('conflict');
    const nonsense = await send(facilitator, { type: 'setMeetingDate', date: '2026-02-30' });
    expect(nonsense.ok ? 'ok' : nonsense.error.code).toBe('invalid');
    const fromPhone = await send(lena.socket, { type: 'setMeetingDate', date: '2027-03-09' });
    expect(fromPhone.ok ? 'ok' : fromPhone.error.code).toBe('forbidden');
    expect((await snapshot(facilitator)).state.date).toBe('2026-11-23');
  });
});
