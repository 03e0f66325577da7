/**
 * The report of a short lärträff scripted through the real `decide` and
 * `reduce` (tests/support/scriptedDay.ts). Every number below is worked out
 * by hand from the script's times.
 */
import { describe, expect, it } from 'vitest';
import { type MeetingState } from '../../shared/day/meeting';
import { viewFor } from '../../shared/day/view';
import { meetingReport, questionsOf } from '../../shared/day/report';
import { meetingReportRows } from '../../shared/reportTable';
import { clockOn, EOR, MIN, scriptedDay } from '../support/scriptedDay';

const DAY_START = Date.parse('2026-11-23T08:00:00+01:00');
const at = clockOn('2026-11-23');

const report = (state: MeetingState, forTeam = true) =>
  meetingReport(state, { now: at('12:00'), dayStart: DAY_START, forTeam });
const minutes = (ms: number | null) => (ms === null ? null : ms / MIN);

describe('the report of Lärträff 3', () => {
  const { state, phone } = scriptedDay();

  it("attendance: one from Ystad, two from Skurup, one from Höör; names only in the team's version", () => {
    const { attendance } = report(state);
    expect(attendance.rows.map((r) => [r.municipality, r.count, r.names])).toEqual([
      ['Ystad', 1, ['Lena']],
      ['Skurup', 2, ['Ahmed', 'Sara']],
      ['Höör', 1, ['Omar']],
    ]);
    expect(attendance.total).toBe(4);
    expect(report(state, false).attendance.rows.flatMap((r) => r.names)).toEqual([]);
  });

  it('the agenda: the team check-in and the rounds ran 5 minutes over, the day ended 10 minutes early', () => {
    const { agenda } = report(state);
    expect(agenda.rows.map((r) => [r.title, r.status, minutes(r.actualMs), minutes(r.overMs)])).toEqual([
      ['Teamets incheckning', 'done', 35, 5],
      ['Incheckning', 'done', 25, -5],
      ['EOR-återkoppling', 'done', 65, 5],
      ['Utcheckning', 'done', 25, -5],
      ['Teamets utcheckning', 'done', 20, -10],
    ]);
    expect(agenda.rows.map((r) => r.plannedStart)).toEqual([
      at('08:00'),
      at('08:30'),
      at('09:00'),
      at('10:00'),
      at('10:30'),
    ]);
    expect(agenda.overCount).toBe(2);
    expect(agenda.actualEnd).toBe(at('10:50'));
    expect(agenda.plannedEnd).toBe(at('11:00'));
    expect(minutes(agenda.driftMs)).toBe(-10);
  });

  it('the check-out against the check-in: Lena moved from "Stämmer inte alls" to "Stämmer helt" (+100), Ahmed stayed; the group +50', () => {
    const [pair, ...others] = report(state).comparisons;
    expect(others).toEqual([]);
    expect(pair!.statements.map((s) => s.text)).toEqual([EOR]);
    const [eor] = pair!.statements;
    expect(eor!.moves.map((m) => m.scoreDelta)).toEqual([100, 0]);
    expect(eor!.group.n).toBe(2);
    expect(eor!.group.meanScoreDelta).toBe(50);
    expect(pair!.overall.meanDistance).toBeCloseTo(0.38, 10);
  });

  it("the rounds' timing log: Ystad's presentation 2 minutes over, the questions 2 under, Karin's feedback to Skurup ended with the cluster work; per municipality the sums", () => {
    const [syd, ...others] = report(state).rounds;
    expect(others).toEqual([]);
    expect(syd).toMatchObject({ cluster: 'Kluster Syd', supervisor: 'Karin Lind', room: 'Rum B' });
    expect(
      syd!.rows.map((r) => [r.municipality, r.phase, minutes(r.plannedMs), minutes(r.actualMs), minutes(r.overMs)]),
    ).toEqual([
      ['Ystad', 'presentation', 5, 7, 2],
      ['Ystad', 'supervisor', 5, 5, 0],
      ['Ystad', 'peers', 10, 8, -2],
      ['Ystad', 'reply', 3, 3, 0],
      ['Skurup', 'presentation', 5, 5, 0],
      ['Skurup', 'supervisor', 5, 37, 32],
    ]);
    expect(
      syd!.byMunicipality.map((m) => [m.municipality, minutes(m.plannedMs), minutes(m.actualMs), m.phasesOver]),
    ).toEqual([
      ['Ystad', 23, 23, 1],
      ['Skurup', 10, 42, 1],
    ]);
    expect([minutes(syd!.plannedMs), minutes(syd!.actualMs)]).toEqual([33, 65]);
  });

  it("the questions stay with Ystad after Skurup's turn emptied the queue: from Skurup, one taken, without the askers' names", () => {
    expect(state.feedbackRuns[0]!.queue).toEqual([]);
    expect(report(state).questions).toEqual([
      {
        municipalityId: state.municipalities[0]!.id,
        municipality: 'Ystad',
        cluster: 'Kluster Syd',
        questions: [
          { text: 'Hur har ni förankrat det i nämnden?', from: 'Skurup', at: at('09:13'), taken: true },
          { text: '', from: 'Skurup', at: at('09:14'), taken: false },
        ],
      },
    ]);
  });

  it('[V4] a phone sees the questions of its own cluster only', () => {
    expect(questionsOf(viewFor(state, phone('Lena')))).toHaveLength(1);
    expect(viewFor(state, phone('Omar')).questionLog).toEqual([]);
    expect(viewFor(state, { role: 'guest' }).questionLog).toEqual([]);
  });

  it("[V2] the team's rounds and the evaluator's notes are in the team's version only", () => {
    const { team } = report(state);
    expect(team!.checkIn.map((e) => [e.name, e.feeling, e.focus])).toEqual([['Maria', 'Pigg', 'Tiden i klustren']]);
    expect(team!.checkOut.map((e) => e.focus)).toEqual(['Kortare presentationer']);
    expect(team!.notes.map((n) => n.kind)).toEqual(['observation', 'feedback']);
    const handout = report(state, false);
    expect(handout.team).toBeNull();
    expect(JSON.stringify(handout)).not.toContain('hittade inte rummet');
  });

  it("as a spreadsheet: the sections one under the other, minutes with a decimal comma, the team's parts only for the team", () => {
    const clock = (ms: number) => new Date(ms + 60 * MIN).toISOString().slice(11, 16);
    const rows = meetingReportRows(state, report(state), clock);
    const titled = (title: string) => rows.slice(rows.findIndex((r) => r[0] === title) + 1);
    expect(titled('Närvaro').slice(0, 5)).toEqual([
      ['Kommun', 'Antal', 'Namn'],
      ['Ystad', '1', 'Lena'],
      ['Skurup', '2', 'Ahmed, Sara'],
      ['Höör', '1', 'Omar'],
      ['Totalt', '4'],
    ]);
    expect(titled('Program: planerat och faktiskt')[1]).toEqual([
      'Teamets incheckning',
      'Teamets incheckning',
      'Genomförd',
      '08:00',
      '30',
      '08:00',
      '08:35',
      '35,0',
      '5,0',
    ]);
    expect(titled('Återkopplingsrundor: tidslogg')[1]).toEqual([
      'Kluster Syd',
      'Ystad',
      'Presentation',
      '09:00',
      '5,0',
      '7,0',
      '2,0',
    ]);
    expect(titled('Frågor i kön')[1]).toEqual([
      'Kluster Syd',
      'Ystad',
      'Hur har ni förankrat det i nämnden?',
      'Skurup',
      '09:13',
      'Ja',
    ]);
    expect(rows.some((r) => r[0] === 'Följeforskarens anteckningar')).toBe(true);
    const handout = meetingReportRows(state, report(state, false), clock);
    expect(
      handout.some((r) => r[0] === 'Följeforskarens anteckningar' || r[0] === 'Teamets incheckning och utcheckning'),
    ).toBe(false);
    expect(handout.find((r) => r[0] === 'Kommun')).toEqual(['Kommun', 'Antal']);
  });
});
