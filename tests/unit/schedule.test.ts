/**
 * The day against the clock, hand-computed: the default day plans 08:00–16:30;
 * `schedule` says where the day stands at a given minute.
 */
import { describe, expect, it } from 'vitest';
import { decidedDay, ON_PLAN_TO_CHECK_OUT } from '../support/scriptedDay';
import { BLANK_MEETING, meetingCreated, reduce, type MeetingState } from '../../shared/day/meeting';
import type { Command } from '../../shared/protocol';
import { clockText } from '../../shared/clock';
import { dayStartMs, schedule, type SegmentStatus } from '../../shared/day/schedule';

const at = (hhmm: string) => Date.parse(`2026-11-23T${hhmm}:00+01:00`);
const MIN = 60_000;
const DAY_START = at('08:00');

const THEME = 'Dagens tema';
const COFFEE = 'Kaffe – återsamling 10.45 i kommunklustren';
const LUNCH = 'Lunch';

/** The default day; `run` plays the facilitator's clicks ("next" at each time, or a command at a time). */
function meetingDay() {
  const day = decidedDay({ createdAt: '07:30', sendAt: '07:50' });
  return {
    get state() {
      return day.state;
    },
    id: day.id,
    /** The facilitator clicks "next" at each of these times. */
    next(...times: string[]) {
      for (const hhmm of times) day.run({ type: 'advanceAgenda', fromSegmentId: day.state.currentSegmentId }, hhmm);
      return this;
    },
    send(command: Command, hhmm?: string) {
      day.run(command, hhmm);
      return this;
    },
    /** Where the day stands at `hhmm`. */
    at: (hhmm: string) => schedule(day.state, at(hhmm), DAY_START),
  };
}

/** Clock times of each row's expected start, by title ('–' for a skipped one). */
const expectedStarts = (rows: ReturnType<typeof schedule>['rows']) =>
  Object.fromEntries(
    rows.map((r) => [r.segment.title, r.expectedStart === null ? '–' : new Date(r.expectedStart).toISOString()]),
  );
const iso = (hhmm: string) => new Date(at(hhmm)).toISOString();

describe('before the day starts', () => {
  it('at 07:45 the projection is the plan: no drift, the day ends 16:30, nothing is running', () => {
    const s = meetingDay().at('07:45');
    expect(s.rows.map((r) => r.expectedStart)).toEqual(s.rows.map((r) => r.plannedStart));
    expect(s.rows.map((r) => r.expectedEnd)).toEqual(s.rows.map((r) => r.plannedEnd));
    expect(s.rows[6]).toMatchObject({ plannedStart: at('12:00'), plannedEnd: at('13:00'), status: 'upcoming' });
    expect(s).toMatchObject({
      plannedEnd: at('16:30'),
      projectedEnd: at('16:30'),
      driftMs: 0,
      currentRemainingMs: null,
    });
  });

  it('at 08:10 with nobody having pressed start, the day is already 10 minutes behind', () => {
    const s = meetingDay().at('08:10');
    expect(s.rows[0]!.expectedStart).toBe(at('08:10'));
    expect(s).toMatchObject({ projectedEnd: at('16:40'), driftMs: 10 * MIN });
  });
});

describe('a day that runs late or early', () => {
  it('started 10 minutes late at 08:10, everything else as planned: +10 min, the day ends 16:40', () => {
    const s = meetingDay().next('08:10').at('08:10');
    expect(s.currentRemainingMs).toBe(30 * MIN);
    expect(s.rows[0]).toMatchObject({ status: 'current', expectedStart: at('08:10'), expectedEnd: at('08:40') });
    expect(expectedStarts(s.rows)[LUNCH]).toBe(iso('12:10'));
    expect(s).toMatchObject({ projectedEnd: at('16:40'), plannedEnd: at('16:30'), driftMs: 10 * MIN });
  });

  it('the presentation overruns: at 10:37 it is 7 minutes into overtime and the day at least 7 minutes behind', () => {
    const s = meetingDay().next('08:00', '08:30', '09:00', '09:30').at('10:37');
    expect(s.rows[3]).toMatchObject({ status: 'current', segment: { title: THEME } });
    expect(s.currentRemainingMs).toBe(-7 * MIN);
    expect(s.driftMs).toBeGreaterThanOrEqual(7 * MIN);
    expect(s.driftMs).toBe(7 * MIN);
    expect(expectedStarts(s.rows)[COFFEE]).toBe(iso('10:37'));
  });

  it('the check-in exercise finished at 09:25 and nobody has pressed "next" at 09:28: the day is 2 minutes ahead', () => {
    const day = meetingDay().next('08:00', '08:30', '09:00');
    day.send({ type: 'finishSegment', segmentId: day.state.currentSegmentId! }, '09:25');
    const s = day.at('09:28');
    expect(s.currentRemainingMs).toBeNull();
    expect(expectedStarts(s.rows)[THEME]).toBe(iso('09:28'));
    expect(s).toMatchObject({ projectedEnd: at('16:28'), driftMs: -2 * MIN });
  });

  it('skipping the 60 min presentation puts the day an hour ahead: it ends 15:30, the plan still says 16:30', () => {
    const day = meetingDay();
    day.send({ type: 'skipSegment', segmentId: day.id(THEME), skipped: true });
    const s = day.at('07:55');
    expect(s.rows[3]).toMatchObject({
      status: 'skipped',
      expectedStart: null,
      expectedEnd: null,
      plannedStart: at('09:30'),
    });
    expect(expectedStarts(s.rows)[COFFEE]).toBe(iso('09:30'));
    expect(s).toMatchObject({ plannedEnd: at('16:30'), projectedEnd: at('15:30'), driftMs: -60 * MIN });
  });

  it('[G1] after a jump from coffee to lunch at 10:45, the passed-over cluster work still counts: the day ends 16:30, not early', () => {
    const day = meetingDay().next('08:00', '08:30', '09:00', '09:30', '10:30');
    day.send({ type: 'goToSegment', fromSegmentId: day.state.currentSegmentId, segmentId: day.id(LUNCH) }, '10:45');
    const s = day.at('10:50');
    expect(s.rows.map((r) => r.status)).toEqual([
      'done',
      'done',
      'done',
      'done',
      'done',
      'upcoming',
      'current',
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
    ]);
    // Lunch 10:45–11:45, the afternoon 11:45–15:15, then the cluster work that still waits: 75 min.
    expect(s).toMatchObject({ projectedEnd: at('16:30'), driftMs: 0 });
  });
});

describe('the end of the day', () => {
  it("a finished day's projected end is when the team check-out actually ended, 16:20, whatever the time now", () => {
    const day = meetingDay().next(...ON_PLAN_TO_CHECK_OUT, '15:50', '16:20');
    expect(day.state.currentSegmentId).toBeNull();
    const s = day.at('17:00');
    expect(s.rows.every((r) => r.status === 'done')).toBe(true);
    expect(s.rows.at(-1)).toMatchObject({ expectedStart: at('15:50'), expectedEnd: at('16:20') });
    expect(s).toMatchObject({ projectedEnd: at('16:20'), driftMs: -10 * MIN, currentRemainingMs: null });
  });
});

describe('row status', () => {
  it('at 09:40, with the coffee skipped: done, current, skipped and upcoming rows', () => {
    const day = meetingDay().next('08:00', '08:30', '09:00', '09:30');
    day.send({ type: 'skipSegment', segmentId: day.id(COFFEE), skipped: true }, '09:40');
    const statuses: SegmentStatus[] = day.at('09:40').rows.map((r) => r.status);
    expect(statuses).toEqual([
      'done',
      'done',
      'done',
      'current',
      'skipped',
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
    ]);
    const s = day.at('09:40');
    expect(s.rows[0]).toMatchObject({ expectedStart: at('08:00'), expectedEnd: at('08:30') });
    expect(expectedStarts(s.rows)['EOR-återkoppling i kommunklustren']).toBe(iso('10:30'));
  });
});

describe('[T5] on the clocks where the meeting is held, whatever the zone of the process', () => {
  const dayOn = (date: string, timeZone?: string) =>
    reduce(
      BLANK_MEETING,
      meetingCreated({ name: 'Lärträff 6', date, ...(timeZone ? { timeZone } : {}) }, 'meeting-6', 'BWKQYF', {
        now: Date.parse(`${date}T06:00:00Z`),
        newId: (() => {
          let n = 0;
          return () => `s${++n}`;
        })(),
      }),
    );
  const clocks = (state: MeetingState) =>
    schedule(
      state,
      Date.parse(`${state.date}T03:00:00Z`),
      dayStartMs(state, Date.parse(`${state.date}T03:00:00Z`)),
    ).rows.map((r) => [clockText(r.plannedStart, 'en', state.timeZone), clockText(r.plannedEnd, 'en', state.timeZone)]);

  it('the night the clocks go forward (2026-03-29): the day starts 08:00 summer time (06:00 UTC) and ends 16:30', () => {
    const state = dayOn('2026-03-29');
    expect(state.timeZone).toBe('Europe/Stockholm');
    expect(dayStartMs(state, Date.parse(`${state.date}T03:00:00Z`))).toBe(Date.parse('2026-03-29T08:00:00+02:00'));
    expect(clocks(state)[0]).toEqual(['08:00', '08:30']);
    expect(clocks(state).at(-1)).toEqual(['16:00', '16:30']);
  });

  it('the night the clocks go back (2026-10-25): the day starts 08:00 winter time (07:00 UTC)', () => {
    const state = dayOn('2026-10-25');
    expect(dayStartMs(state, Date.parse(`${state.date}T03:00:00Z`))).toBe(Date.parse('2026-10-25T08:00:00+01:00'));
    expect(clocks(state)[6]).toEqual(['12:00', '13:00']);
  });

  it('a meeting held in Helsinki plans 08:00 on Helsinki clocks', () => {
    const state = dayOn('2026-11-23', 'Europe/Helsinki');
    expect(dayStartMs(state, Date.parse(`${state.date}T03:00:00Z`))).toBe(Date.parse('2026-11-23T08:00:00+02:00'));
    expect(clocks(state)[0]).toEqual(['08:00', '08:30']);
  });
});
