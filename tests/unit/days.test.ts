/**
 * A lärträff of two days in Trelleborg (G5, G6, G7), played through the real
 * `decide` and `reduce`: day 1 on Monday 23 November, day 2 on Tuesday. The
 * times are worked out by hand from the planned lengths.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_AGENDA } from '../../shared/day/agenda';
import { dayCount, dayOf } from '../../shared/day/days';
import { BLANK_MEETING, decide, meetingCreated, reduce, type MeetingState } from '../../shared/day/meeting';
import { MeetingEvent, type Actor, type Command, type SegmentPlan } from '../../shared/protocol';
import { programmeReport } from '../../shared/year/programmeReport';
import { meetingReport } from '../../shared/day/report';
import { programmeOf } from '../support/programme';
import { dayNow, dayStartMs } from '../../shared/day/schedule';
import { dayOfDays, dayStep, keepsAwake, misdatedToday } from '../../client/src/model/agenda';
import { roomDayOverUntil } from '../../client/src/model/whereToBe';
import { projectorScene } from '../../client/src/model/projector';
import { compareExercises, overallShift } from '../../shared/day/placement';
import { COMMAND_SAMPLES } from '../support/commandSamples';
import { clockOn, MIN } from '../support/scriptedDay';

const monday = clockOn('2026-11-23');
const tuesday = clockOn('2026-11-24');
const facilitator: Actor = { role: 'facilitator' };

const day1: SegmentPlan[] = [
  { kind: 'checkIn', title: 'Incheckning', plannedStart: '09:00', plannedMinutes: 30 },
  { kind: 'presentation', title: 'Dagens tema', plannedStart: '09:30', plannedMinutes: 60 },
  { kind: 'checkOut', title: 'Utcheckning', plannedStart: '10:30', plannedMinutes: 30 },
];
const day2: SegmentPlan[] = [
  { kind: 'checkIn', title: 'Incheckning dag 2', plannedStart: '08:30', plannedMinutes: 30, day: 2 },
  { kind: 'clusterWork', title: 'Grupparbete', plannedStart: '09:00', plannedMinutes: 90, day: 2 },
  { kind: 'checkOut', title: 'Utcheckning dag 2', plannedStart: '10:30', plannedMinutes: 30, day: 2 },
];

function trelleborg(agenda: SegmentPlan[] = [...day1, ...day2]) {
  let n = 0;
  const newId = () => `id${++n}`;
  let state: MeetingState = reduce(
    BLANK_MEETING,
    meetingCreated(
      { name: 'Lärträff 1 – Trelleborg', date: '2026-11-23', municipalities: [{ name: 'Ystad' }], agenda },
      'meeting-1',
      'BWKQYF',
      { now: monday('07:00'), newId },
    ),
  );
  const decideAt = (command: Command, at: number, actor: Actor = facilitator) =>
    decide(state, command, actor, { now: at, newId });
  const send = (command: Command, at: number, actor: Actor = facilitator) => {
    const d = decideAt(command, at, actor);
    if (!d.ok) throw new Error(`${command.type}: ${d.error.message}`);
    state = d.events.reduce(reduce, state);
  };
  return {
    get state() {
      return state;
    },
    decideAt,
    send,
    id: (title: string) => state.agenda.find((s) => s.title === title)!.id,
    next: (at: number) => send({ type: 'advanceAgenda', fromSegmentId: state.currentSegmentId }, at),
    starts: () => state.agenda.map((s) => `${dayOf(s)} ${s.plannedStart}`),
  };
}

describe('[G5] an agenda of several days', () => {
  it('a one-day meeting carries no day anywhere: its first event reads as it always did', () => {
    const m = trelleborg(day1);
    expect(m.state.agenda.every((s) => !('day' in s))).toBe(true);
    expect(dayCount(m.state.agenda)).toBe(1);
    // A meeting's first event from before days parses and builds the same state.
    const old = MeetingEvent.parse(
      JSON.parse(JSON.stringify(meetingCreated({ name: 'Lärträff', date: '2026-11-23' }, 'm', 'BWKQYF', ctx()))),
    );
    expect(reduce(BLANK_MEETING, old).agenda.map((s) => s.day)).toEqual(DEFAULT_AGENDA.map(() => undefined));
  });

  it('"Lägg till en dag" at 08:30 puts the standard day after the last, from 08:30; day 1 stays as planned', () => {
    const m = trelleborg(day1);
    m.send({ type: 'addDay', plannedStart: '08:30' }, monday('07:10'));
    expect(dayCount(m.state.agenda)).toBe(2);
    expect(m.starts().slice(0, 5)).toEqual(['1 09:00', '1 09:30', '1 10:30', '2 08:30', '2 09:00']);
    expect(m.state.agenda.at(-1)).toMatchObject({ title: 'Teamets utcheckning', plannedStart: '16:30', day: 2 });
  });

  it("each day's start is its first segment's: moving day 2 to 09:00 leaves day 1, a later segment's start is a conflict", () => {
    const m = trelleborg();
    m.send({ type: 'updateSegment', segmentId: m.id('Incheckning dag 2'), plannedStart: '09:00' }, monday('07:10'));
    expect(m.starts()).toEqual(['1 09:00', '1 09:30', '1 10:30', '2 09:00', '2 09:30', '2 11:00']);
    const later = m.decideAt(
      { type: 'updateSegment', segmentId: m.id('Grupparbete'), plannedStart: '10:00' },
      monday('07:10'),
    );
    expect(later.ok ? 'ok' : later.error.code).toBe('conflict');
  });

  it('a segment added after one of day 2 is on day 2 and moves only what follows it that day', () => {
    const m = trelleborg();
    m.send(
      {
        type: 'addSegment',
        afterSegmentId: m.id('Incheckning dag 2'),
        kind: 'break',
        title: 'Fika',
        plannedMinutes: 15,
      },
      monday('07:10'),
    );
    expect(m.starts()).toEqual(['1 09:00', '1 09:30', '1 10:30', '2 08:30', '2 09:00', '2 09:15', '2 10:45']);
  });

  it('a segment moved past the end of its day stays on its day; swapped across days, the two change days', () => {
    const m = trelleborg();
    m.send({ type: 'moveSegment', segmentId: m.id('Dagens tema'), toIndex: 4 }, monday('07:10'));
    expect(m.state.agenda.map((s) => s.title).slice(0, 3)).toEqual(['Incheckning', 'Utcheckning', 'Dagens tema']);
    m.send(
      { type: 'swapSegments', segmentId: m.id('Dagens tema'), otherSegmentId: m.id('Grupparbete') },
      monday('07:11'),
    );
    expect(m.state.agenda.map((s) => `${dayOf(s)} ${s.title}`)).toEqual([
      '1 Incheckning',
      '1 Utcheckning',
      '1 Grupparbete',
      '2 Incheckning dag 2',
      '2 Dagens tema',
      '2 Utcheckning dag 2',
    ]);
  });

  it('"next" on the last segment of Monday ends the day; the next "next", on Tuesday, starts day 2', () => {
    const m = trelleborg();
    for (const t of ['09:00', '09:30', '10:30', '11:00']) m.next(monday(t));
    expect(m.state.currentSegmentId).toBeNull();
    expect(m.state.agenda.find((s) => s.title === 'Utcheckning')!.actualEnd).toBe(monday('11:00'));
    m.next(tuesday('08:30'));
    expect(m.state.currentSegmentId).toBe(m.id('Incheckning dag 2'));
  });

  it('a day taken off goes whole, the next moves up with its start; one that has begun, or the only one, stays', () => {
    const m = trelleborg();
    m.send({ type: 'addDay', plannedStart: '10:00' }, monday('07:10'));
    m.send({ type: 'removeDay', day: 2 }, monday('07:11'));
    expect(dayCount(m.state.agenda)).toBe(2);
    expect(m.state.agenda.find((s) => dayOf(s) === 2)).toMatchObject({
      title: 'Teamets incheckning',
      plannedStart: '10:00',
    });
    m.next(monday('09:00'));
    const begun = m.decideAt({ type: 'removeDay', day: 1 }, monday('09:05'));
    expect(begun.ok ? 'ok' : begun.error.code).toBe('conflict');
    const only = trelleborg(day1).decideAt({ type: 'removeDay', day: 1 }, monday('07:10'));
    expect(only.ok ? 'ok' : only.error.code).toBe('conflict');
    const none = m.decideAt({ type: 'removeDay', day: 3 }, monday('09:05'));
    expect(none.ok ? 'ok' : none.error.code).toBe('not_found');
  });
});

describe('[G5] what every screen shows of the days', () => {
  it('a one-day meeting shows no day, no day step and no day over', () => {
    const m = trelleborg(day1);
    expect([dayOfDays(m.state), dayStep(m.state), roomDayOverUntil(m.state)]).toEqual([null, null, null]);
  });

  it('"Dag 1 av 2" and "Starta dag 1"; "Avsluta dag 1" on its last segment; overnight "day 1 is over" and "Starta dag 2"', () => {
    const m = trelleborg();
    expect([dayOfDays(m.state), dayStep(m.state)]).toEqual([{ day: 1, days: 2 }, { start: 1 }]);
    m.next(monday('09:00'));
    expect(dayStep(m.state)).toBeNull();
    m.next(monday('09:30'));
    m.next(monday('10:30'));
    expect([dayStep(m.state), roomDayOverUntil(m.state)]).toEqual([{ end: 1 }, null]);
    m.next(monday('11:00'));
    expect([dayOfDays(m.state), dayStep(m.state), roomDayOverUntil(m.state)]).toEqual([
      { day: 2, days: 2 },
      { start: 2 },
      1,
    ]);
    // Dated by its first day: once that has begun, Tuesday is not "another day than the meeting's date" (T4).
    expect(misdatedToday(m.state, tuesday('08:00'))).toBeNull();
    // [W10] The projector, the console and the tablet may sleep overnight; on Tuesday they are kept awake again.
    expect(keepsAwake(m.state)).toBe(false);
    m.next(tuesday('08:30'));
    expect(keepsAwake(m.state)).toBe(true);
    expect([dayOfDays(m.state), dayStep(m.state), roomDayOverUntil(m.state)]).toEqual([
      { day: 2, days: 2 },
      null,
      null,
    ]);
  });
});

describe('[G6] each day against its own clock', () => {
  it('day 1 starts 10 minutes late: "day 1 of 2", 10 minutes behind, ending 11:10 on Monday', () => {
    const m = trelleborg();
    m.next(monday('09:10'));
    const now = dayNow(m.state, monday('09:15'));
    expect([now.day, now.days]).toEqual([1, 2]);
    expect(now.schedule.driftMs).toBe(10 * MIN);
    expect(now.schedule.projectedEnd).toBe(monday('11:10'));
    expect(now.schedule.plannedEnd).toBe(monday('11:00'));
  });

  it("on Monday evening, day 1 done, the console looks ahead to Tuesday's plan: day 2, on time, ending 11:00", () => {
    const m = trelleborg();
    m.next(monday('09:10'));
    m.next(monday('09:40'));
    m.next(monday('10:40'));
    m.next(monday('11:10'));
    const now = dayNow(m.state, monday('18:00'));
    expect(now.day).toBe(2);
    expect(now.state.date).toBe('2026-11-24');
    expect(dayStartMs(now.state, monday('18:00'))).toBe(tuesday('08:30'));
    expect(now.schedule).toMatchObject({ plannedEnd: tuesday('11:00'), projectedEnd: tuesday('11:00'), driftMs: 0 });
  });

  it("on Tuesday the day's drift is Tuesday's own: started 5 minutes early, Monday's 10 late do not count", () => {
    const m = trelleborg();
    for (const t of ['09:10', '09:40', '10:40', '11:10']) m.next(monday(t));
    m.next(tuesday('08:25'));
    const now = dayNow(m.state, tuesday('08:30'));
    expect(now.day).toBe(2);
    expect(now.schedule.driftMs).toBe(-5 * MIN);
    expect(now.schedule.projectedEnd).toBe(tuesday('10:55'));
  });

  it('the report has each day with its own drift, and the whole meeting ending with Tuesday', () => {
    const m = trelleborg();
    for (const t of ['09:10', '09:40', '10:40', '11:10']) m.next(monday(t));
    for (const t of ['08:25', '08:55', '10:25', '10:55']) m.next(tuesday(t));
    const report = meetingReport(m.state, { now: tuesday('12:00'), dayStart: dayStartMs(m.state, 0), forTeam: true });
    expect(report.days.map((d) => [d.day, d.date, d.agenda.driftMs / MIN, d.agenda.rows.length])).toEqual([
      [1, '2026-11-23', 10, 3],
      [2, '2026-11-24', -5, 3],
    ]);
    expect(report.agenda.rows).toHaveLength(6);
    expect(report.agenda.actualEnd).toBe(tuesday('10:55'));
    expect(report.agenda.driftMs).toBe(-5 * MIN);
  });
});

describe('[G6] the year report', () => {
  it("counts a two-day lärträff whole: six segments run, and its drift is Tuesday's, the day it ended", () => {
    const m = trelleborg();
    for (const t of ['09:10', '09:40', '10:40', '11:10']) m.next(monday(t));
    for (const t of ['08:25', '08:55', '10:25', '10:55']) m.next(tuesday(t));
    const doc = programmeOf({ municipalities: ['Ystad'], meetings: [{ number: 1, date: '2026-11-23' }] });
    doc.meetings = doc.meetings.map((x) => ({ ...x, meetingId: 'meeting-1' }));
    const year = programmeReport(doc, new Map([['meeting-1', m.state]]), tuesday('12:00'), (s) =>
      dayStartMs(s, tuesday('12:00')),
    );
    expect(year.timing.map((t) => [t.segmentsRun, t.driftMs / MIN])).toEqual([[6, -5]]);
  });
});

describe('[G7] check-in and check-out per day, or once for the meeting', () => {
  /** Lena at 0 on Monday's check-in, 0.5 at its check-out and at Tuesday's check-in, 1 at Tuesday's check-out. */
  function twoCheckIns() {
    const m = trelleborg();
    m.send({ type: 'join', name: 'Lena', municipality: 'Ystad' }, monday('08:50'), { role: 'guest' });
    const lena: Actor = { role: 'participant', participantId: m.state.participants[0]!.id };
    const statement = () => ({ statementId: m.state.exercises.at(-1)!.statements[0]!.id });
    /** "Next" at each time: the check-in, the middle, the check-out, the day's end (if given); the check-in a new exercise. */
    const day = (clock: (hhmm: string) => number, title: string, times: string[], [before, after]: number[]) => {
      const [checkIn, middle, checkOut, end] = times.map(clock) as [number, number, number, number | undefined];
      m.next(checkIn);
      m.send({ ...COMMAND_SAMPLES.createExercise(undefined as never), title } as Command, checkIn);
      m.send({ type: 'openStatement', ...statement() }, checkIn);
      m.send({ type: 'place', ...statement(), x: before!, y: 0.5 }, checkIn, lena);
      m.next(middle);
      m.next(checkOut);
      m.send({ type: 'mirrorExercise', exerciseId: m.state.exercises.at(-1)!.id }, checkOut);
      m.send({ type: 'openStatement', ...statement() }, checkOut);
      m.send({ type: 'place', ...statement(), x: after!, y: 0.5 }, checkOut, lena);
      m.send({ type: 'closeExercise', exerciseId: m.state.exercises.at(-1)!.id }, checkOut);
      if (end !== undefined) m.next(end);
    };
    day(monday, 'Incheckning', ['09:00', '09:30', '10:30', '11:00'], [0, 0.5]);
    // Tuesday's check-out is still on: the projector shows how far the group moved.
    day(tuesday, 'Incheckning dag 2', ['08:30', '09:00', '10:30'], [0.5, 1]);
    return m;
  }
  const report = (state: MeetingState) =>
    meetingReport(state, { now: tuesday('12:00'), dayStart: dayStartMs(state, 0), forTeam: true });
  const score = (c: { overall: { meanScoreDelta: number | null } }) => c.overall.meanScoreDelta;

  it("per day (the default): Monday's check-out against Monday's check-in (+50), Tuesday's against Tuesday's (+50)", () => {
    const r = report(twoCheckIns().state);
    expect(r.days.map((d) => d.comparisons.map((c) => [c.title, score(c)]))).toEqual([
      [['Incheckning', 50]],
      [['Incheckning dag 2', 50]],
    ]);
    expect(r.comparisons).toHaveLength(2);
  });

  it("for the meeting: Monday's check-in against Tuesday's check-out, paired by the statement's text (+100)", () => {
    const m = twoCheckIns();
    m.send({ type: 'setComparisonSpan', span: 'meeting' }, tuesday('11:00'));
    const r = report(m.state);
    expect(r.comparisons.map((c) => [c.title, c.checkOutId, score(c)])).toEqual([
      ['Incheckning', m.state.exercises[3]!.id, 100],
    ]);
    expect(r.days.flatMap((d) => d.comparisons)).toEqual([]);
    const again = m.decideAt({ type: 'setComparisonSpan', span: 'meeting' }, tuesday('11:01'));
    expect(again.ok ? 'ok' : again.error.code).toBe('conflict');
  });

  it("the projector at Tuesday's check-out: Tuesday's check-in per day, Monday's for the meeting", () => {
    const m = twoCheckIns();
    const shown = () => {
      const scene = projectorScene(m.state);
      if (scene.kind !== 'comparison') throw new Error(`the projector shows ${scene.kind}`);
      const moved = overallShift(compareExercises(m.state, scene.checkIn, scene.checkOut, scene.match));
      return [scene.checkIn.title, moved.meanScoreDelta];
    };
    expect(shown()).toEqual(['Incheckning dag 2', 50]);
    m.send({ type: 'setComparisonSpan', span: 'meeting' }, tuesday('10:40'));
    expect(shown()).toEqual(['Incheckning', 100]);
  });
});

function ctx() {
  let n = 0;
  return { now: monday('07:00'), newId: () => `old${++n}` };
}
