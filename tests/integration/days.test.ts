/**
 * [G5] [G6] [G7] Lärträff 1 in Trelleborg, two full days, over real sockets:
 * Lena checks in on Monday, her phone is off overnight, and on Tuesday the
 * same token places her at the check-out. The report has each day and the
 * whole meeting.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingReport } from '../../shared/day/report';
import { COMMAND_SAMPLES } from '../support/commandSamples';
import { clockOn, MIN } from '../support/scriptedDay';
import {
  closeAll,
  connect,
  createMeeting,
  FakeClock,
  joinByCode,
  send,
  snapshot,
  startServer,
  welcomeOf,
} from '../support/server';

afterEach(closeAll);

const monday = clockOn('2026-11-23');
const tuesday = clockOn('2026-11-24');

describe('[G5] two days in Trelleborg', () => {
  it("Lena's token places her on Tuesday's check-out; the report compares her Monday and Tuesday, day by day", async () => {
    const clock = new FakeClock(monday('07:45'));
    const server = await startServer({ clock });
    const meeting = await createMeeting(server.url, {
      name: 'Lärträff 1 – Trelleborg',
      date: '2026-11-23',
      municipalities: [{ name: 'Ystad' }],
      agenda: [
        { kind: 'checkIn', title: 'Incheckning', plannedStart: '09:00', plannedMinutes: 30 },
        { kind: 'presentation', title: 'Dagens tema', plannedStart: '09:30', plannedMinutes: 60 },
        { kind: 'clusterWork', title: 'Grupparbete', plannedStart: '08:30', plannedMinutes: 90, day: 2 },
        { kind: 'checkOut', title: 'Utcheckning', plannedStart: '10:00', plannedMinutes: 30, day: 2 },
      ],
    });
    const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
    const screen = await connect(server.url, { token: meeting.screenToken });
    const next = async (at: number) => {
      clock.set(at);
      const { state } = await snapshot(facilitator);
      expect((await send(facilitator, { type: 'advanceAgenda', fromSegmentId: state.currentSegmentId })).ok).toBe(true);
    };
    const open = async (exercise: number) => {
      const { state } = await snapshot(facilitator);
      const statementId = state.exercises[exercise]!.statements[0]!.id;
      expect((await send(facilitator, { type: 'openStatement', statementId })).ok).toBe(true);
      return statementId;
    };

    // Monday: Lena joins and checks in at "Nej".
    const lena = await joinByCode(server.url, meeting.code, 'Lena Ek', 'Ystad');
    await next(monday('09:10'));
    const created = await send(facilitator, COMMAND_SAMPLES.createExercise(undefined as never));
    expect(created.ok).toBe(true);
    const monday1 = await open(0);
    expect((await send(lena.socket, { type: 'place', statementId: monday1, x: 0, y: 0.5 })).ok).toBe(true);
    await next(monday('09:40'));
    await next(monday('10:50')); // "next" on Monday's last segment ends the day
    expect((await snapshot(screen)).state.currentSegmentId).toBeNull();
    lena.socket.disconnect();

    // Tuesday: the same phone, the same token, the same Lena.
    const phone = await connect(server.url, { token: lena.token });
    expect(welcomeOf(phone).actor.participantId).toBe(lena.participantId);
    await next(tuesday('08:30'));
    await next(tuesday('10:05'));
    expect(
      (
        await send(facilitator, {
          type: 'mirrorExercise',
          exerciseId: (await snapshot(facilitator)).state.exercises[0]!.id,
        })
      ).ok,
    ).toBe(true);
    const checkOut = await open(1);
    expect((await send(phone, { type: 'place', statementId: checkOut, x: 1, y: 0.5 })).ok).toBe(true);
    clock.set(tuesday('10:30'));

    const get = async (file: string) => {
      const res = await fetch(`${server.url}/api/meetings/${meeting.meetingId}/export/${file}?team=1`, {
        headers: { authorization: `Bearer ${meeting.facilitatorToken}` },
      });
      expect(res.status).toBe(200);
      return res.text();
    };
    const report = JSON.parse(await get('report.json')) as MeetingReport;
    expect(report.attendance.total).toBe(1);
    expect(report.days.map((d) => [d.date, d.agenda.driftMs / MIN, d.comparisons.length])).toEqual([
      ['2026-11-23', 20, 0],
      ['2026-11-24', 5, 1],
    ]);
    const [moved] = report.days[1]!.comparisons[0]!.statements;
    expect(moved!.moves.map((m) => [m.participantId, m.scoreDelta])).toEqual([[lena.participantId, 100]]);

    const csv = await get('report.csv');
    expect(csv).toContain('Dag 1 av 2 (2026-11-23): program, planerat och faktiskt');
    expect(csv).toContain('Dag 2 av 2 (2026-11-24): incheckning och utcheckning');
    expect(csv).toContain('Hela lärträffen');
  });

  it('[G7] only the facilitator chooses the comparison over the whole meeting; every screen gets the choice', async () => {
    const server = await startServer();
    const meeting = await createMeeting(server.url);
    const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
    const anna = await joinByCode(server.url, meeting.code, 'Anna', 'Trelleborg');
    const fromPhone = await send(anna.socket, { type: 'setComparisonSpan', span: 'meeting' });
    expect(fromPhone.ok ? 'ok' : fromPhone.error.code).toBe('forbidden');
    const nonsense = await send(facilitator, { type: 'setComparisonSpan', span: 'week' });
    expect(nonsense.ok ? 'ok' : nonsense.error.code).toBe('invalid');
    expect((await send(facilitator, { type: 'setComparisonSpan', span: 'meeting' })).ok).toBe(true);
    expect((await snapshot(anna.socket)).state.comparisonSpan).toBe('meeting');
  });
});
