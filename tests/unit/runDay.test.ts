/**
 * [T4] The day runs on the day it runs: Lärträff 4 is dated 9 March 2027 but
 * the team holds it on Monday 23 November 2026. The planned 08:00–16:30 are
 * times of day on the Monday, so the console, the report and the year report
 * measure the day from then, not from March.
 */
import { describe, expect, it } from 'vitest';
import { clockText } from '../../shared/clock';
import { BLANK_MEETING, decide, meetingCreated, reduce, type MeetingState } from '../../shared/day/meeting';
import { programmeReport } from '../../shared/year/programmeReport';
import type { Command } from '../../shared/protocol';
import { agendaOf } from '../../shared/day/report';
import { dayStartMs, runDate, schedule } from '../../shared/day/schedule';
import { misdatedToday } from '../../client/src/model/agenda';
import { programmeOf } from '../support/programme';
import { clockOn, MIN, ON_PLAN_TO_CHECK_OUT } from '../support/scriptedDay';

const monday = clockOn('2026-11-23');

function meetingDatedIn(date: string) {
  let n = 0;
  const newId = () => `id${++n}`;
  let state: MeetingState = reduce(
    BLANK_MEETING,
    meetingCreated({ name: 'Lärträff 4', date }, 'live-4', 'BWKQYF', { now: monday('07:00'), newId }),
  );
  const send = (command: Command, hhmm: string) => {
    const d = decide(state, command, { role: 'facilitator' }, { now: monday(hhmm), newId });
    if (!d.ok) throw new Error(`${command.type} at ${hhmm}: ${d.error.message}`);
    state = d.events.reduce(reduce, state);
  };
  return {
    get state() {
      return state;
    },
    next(...times: string[]) {
      for (const hhmm of times) send({ type: 'advanceAgenda', fromSegmentId: state.currentSegmentId }, hhmm);
      return this;
    },
    send,
  };
}

const dayAt = (state: MeetingState, now: number) => schedule(state, now, dayStartMs(state, now));

describe('[T4] a day held months before its date', () => {
  it('"Starta dagen" at 08:10 on the Monday: the console says 10 min behind and the day ends 16:40, not 321181 min ahead', () => {
    const day = meetingDatedIn('2027-03-09').next('08:10');
    expect(runDate(day.state, monday('08:10'))).toBe('2026-11-23');
    const s = dayAt(day.state, monday('08:10'));
    expect(s.driftMs).toBe(10 * MIN);
    expect(clockText(s.projectedEnd, 'sv', day.state.timeZone)).toBe('16.40');
    expect(clockText(s.plannedEnd, 'sv', day.state.timeZone)).toBe('16.30');
  });

  it('the report: the day ended 16:30 as planned, on time; the year report says 0 min, not −59 741', () => {
    const day = meetingDatedIn('2027-03-09');
    day.next(...ON_PLAN_TO_CHECK_OUT, '16:00', '16:30');
    const later = Date.parse('2026-12-01T12:00:00+01:00');
    const agenda = agendaOf(day.state, later, dayStartMs(day.state, later));
    expect(clockText(agenda.actualEnd!, 'sv', day.state.timeZone)).toBe('16.30');
    expect(agenda.driftMs).toBe(0);

    const doc = programmeOf({ municipalities: ['Ystad'], meetings: [{ number: 4, date: '2027-03-09' }] });
    doc.meetings = doc.meetings.map((m) => ({ ...m, meetingId: 'live-4' }));
    const year = programmeReport(doc, new Map([['live-4', day.state]]), later, (s) => dayStartMs(s, later));
    expect(year.timing.map((t) => t.driftMs)).toEqual([0]);
  });

  it('before it starts a day dated ahead keeps its own date; one dated in the past can only run from today', () => {
    expect(runDate(meetingDatedIn('2027-03-09').state, monday('07:45'))).toBe('2027-03-09');
    const yesterday = meetingDatedIn('2026-11-22').state;
    expect(runDate(yesterday, monday('07:45'))).toBe('2026-11-23');
    expect(dayAt(yesterday, monday('07:45')).driftMs).toBe(0);
  });
});

describe('[T4] the console says when the meeting is dated another day', () => {
  it('dated 9 March 2027 on the Monday: it offers the Monday; once moved, or on its own date, it says nothing', () => {
    const day = meetingDatedIn('2027-03-09');
    expect(misdatedToday(day.state, monday('07:45'))).toBe('2026-11-23');
    day.send({ type: 'setMeetingDate', date: '2026-11-23' }, '07:46');
    expect(day.state.date).toBe('2026-11-23');
    expect(misdatedToday(day.state, monday('07:47'))).toBeNull();
  });

  it('"today" is the meeting’s: at 00:30 in Stockholm it is already the next day, though UTC says otherwise', () => {
    const state = meetingDatedIn('2026-11-23').state;
    expect(misdatedToday(state, Date.parse('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
  });

  it('moving the meeting to the date it already has is a conflict', () => {
    const state = meetingDatedIn('2026-11-23').state;
    const d = decide(
      state,
      { type: 'setMeetingDate', date: '2026-11-23' },
      { role: 'facilitator' },
      {
        now: monday('07:50'),
        newId: () => 'x',
      },
    );
    expect(d.ok ? 'ok' : d.error.code).toBe('conflict');
  });
});
