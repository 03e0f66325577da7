/**
 * The programme's report over the year: Lärträff 1 and 2 scripted like
 * tests/support/scriptedDay.ts (Höör stays home the second time), Lärträff 3
 * not yet held. Numbers worked out by hand from the script.
 */
import { describe, expect, it } from 'vitest';
import type { MeetingState } from '../../shared/day/meeting';
import { programmeReport } from '../../shared/year/programmeReport';
import { programmeReportRows } from '../../shared/reportTable';
import { programmeOf } from '../support/programme';
import { clockOn, EOR, MIN, scriptedDay } from '../support/scriptedDay';

const doc = programmeOf({
  municipalities: ['Ystad', 'Skurup', 'Höör', 'Sjöbo'],
  meetings: [
    { number: 2, date: '2027-01-19' },
    { number: 1, date: '2026-11-23', place: 'Trelleborg' },
    { number: 3, date: '2027-03-16' },
  ],
  participants: [
    { name: 'Lena Ek', municipality: 'Ystad' },
    { name: 'Ahmed Ali', municipality: 'Skurup' },
    { name: 'Sara Berg', municipality: 'Skurup' },
    { name: 'Omar Said', municipality: 'Höör' },
    { name: 'Eva Holm', municipality: 'Sjöbo' },
  ],
});
doc.meetings = doc.meetings.map((m) => (m.number === 3 ? m : { ...m, meetingId: `live-${m.number}` }));
const first = scriptedDay({ meetingId: 'live-1', date: '2026-11-23' }).state;
// The second time nobody from Höör comes; Ystad brings a colleague who types "ystad".
const second = scriptedDay({
  meetingId: 'live-2',
  date: '2027-01-19',
  people: [
    ['Lena', 'Ystad'],
    ['Ahmed', 'Skurup'],
    ['Sara', 'Skurup'],
    ['Kim', 'ystad'],
  ],
}).state;
const states = new Map<string, MeetingState>([
  ['live-1', first],
  ['live-2', second],
]);
const dayStart = (s: MeetingState) => clockOn(s.date)('08:00');
const report = programmeReport(doc, states, clockOn('2027-03-01')('12:00'), dayStart);

describe('the programme report', () => {
  it('attendance across the lärträffar, in the order of their numbers; a meeting not held is empty, not zero', () => {
    expect(report.meetings.map((m) => [m.number, m.held])).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ]);
    expect(report.attendance.map((a) => [a.municipality, a.enrolled, a.counts])).toEqual([
      ['Ystad', 1, [1, 2, null]],
      ['Skurup', 2, [2, 2, null]],
      ['Höör', 1, [1, 0, null]],
      ['Sjöbo', 1, [0, 0, null]],
    ]);
    expect(report.totals).toEqual([4, 4, null]);
  });

  it('the EOR statement asked at both: four points, check-in before check-out, from 25 to 75 each day', () => {
    expect(report.progression.map((s) => s.text)).toEqual([EOR]);
    const points = report.progression[0]!.points;
    expect(points.map((p) => [p.date, p.exerciseKind, p.group.n, p.group.meanScore])).toEqual([
      ['2026-11-23', 'checkIn', 2, 25],
      ['2026-11-23', 'checkOut', 2, 75],
      ['2027-01-19', 'checkIn', 2, 25],
      ['2027-01-19', 'checkOut', 2, 75],
    ]);
  });

  it("timing discipline per held day: 2 of 5 segments over, 10 minutes early, 2 of 6 phases over (Skurup's feedback ran until the cluster work ended), 5,3 minutes over on average", () => {
    expect(report.timing.map((t) => ({ ...t, driftMs: t.driftMs / MIN }))).toEqual([
      {
        number: 1,
        date: '2026-11-23',
        segmentsRun: 5,
        segmentsOver: 2,
        driftMs: -10,
        phases: 6,
        phasesOver: 2,
        meanPhaseOverMs: 320_000,
      },
      {
        number: 2,
        date: '2027-01-19',
        segmentsRun: 5,
        segmentsOver: 2,
        driftMs: -10,
        phases: 6,
        phasesOver: 2,
        meanPhaseOverMs: 320_000,
      },
    ]);
  });

  it('as a spreadsheet: a column per lärträff, empty where it was not held', () => {
    const rows = programmeReportRows(report);
    const at = rows.findIndex((r) => r[0] === 'Närvaro per lärträff');
    expect(rows[at + 1]).toEqual([
      'Kommun',
      'Anmälda',
      'Lärträff 1 (2026-11-23)',
      'Lärträff 2 (2027-01-19)',
      'Lärträff 3 (2027-03-16)',
    ]);
    expect(rows[at + 4]).toEqual(['Höör', '1', '1', '0', '']);
    expect(rows[at + 6]).toEqual(['Totalt', '', '4', '4', '']);
    expect(rows.find((r) => r[0] === '1' && r[1] === '2026-11-23')).toEqual([
      '1',
      '2026-11-23',
      '5',
      '2',
      '-10,0',
      '6',
      '2',
      '5,3',
    ]);
  });
});
