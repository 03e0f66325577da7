/**
 * Live agenda edits on the meeting day: the facilitator inserts, lengthens,
 * reorders and skips segments while the day runs. `decide` and `reduce` only,
 * with fixed times and counter ids.
 */
import { describe, expect, it } from 'vitest';
import { decidedDay } from '../support/scriptedDay';
import { MAX_SEGMENTS, reschedule } from '../../shared/day/agenda';
import { type Decision, type MeetingState } from '../../shared/day/meeting';
import type { Actor, Command, ErrorCode, Segment } from '../../shared/protocol';

/** A wall-clock time on the day of the lärträff (23 November 2026, UTC+1). */
const at = (hhmm: string) => Date.parse(`2026-11-23T${hhmm}:00+01:00`);
const facilitator: Actor = { role: 'facilitator' };

const TEAM_IN = 'Teamets incheckning';
const MORNING = 'Morgonkaffe och mingel';
const CHECK_IN = 'Incheckningsövning';
const THEME = 'Dagens tema';
const COFFEE = 'Kaffe – återsamling 10.45 i kommunklustren';
const EOR = 'EOR-återkoppling i kommunklustren';
const LUNCH = 'Lunch';
const GROUPS = 'Grupparbete';
const PLENARY = 'Helgrupp: summering och nästa lärträff';
const CHECK_OUT = 'Utcheckningsövning';
const TEAM_OUT = 'Teamets utcheckning';

/** The default day (08:00–16:30), ids from a counter; the facilitator edits it live. */
function meetingDay() {
  const day = decidedDay();
  return {
    get state(): MeetingState {
      return day.state;
    },
    segment: day.segment,
    id: day.id,
    next: day.next,
    /** Titles in agenda order. */
    titles: () => day.state.agenda.map((s) => s.title),
    /** Planned start by title. */
    starts: () => Object.fromEntries(day.state.agenda.map((s) => [s.title, s.plannedStart])),
    current: () => day.state.agenda.find((s) => s.id === day.state.currentSegmentId)?.title ?? null,
    send: (command: Command, hhmm = '08:00'): Decision => day.send(facilitator, command, hhmm),
    /** [E1] The command is refused with `code`, returns no events, and the meeting is exactly as it was. */
    refuses(command: Command, code: ErrorCode): void {
      const before = day.state;
      expect(this.send(command)).toEqual({ ok: false, error: { code, message: expect.any(String) } });
      expect(day.state).toBe(before);
    },
  };
}

/** The day run to plan from 08:00 until `title` is running. */
function dayRunningUntil(title: string, times = ['08:00', '08:30', '09:00', '09:30', '10:30', '10:45', '12:00']) {
  const day = meetingDay();
  for (const hhmm of times) {
    expect(day.next(hhmm).ok).toBe(true);
    if (day.current() === title) return day;
  }
  throw new Error(`${title} never ran`);
}

describe('[G2] inserting and resizing: later segments follow', () => {
  it('the facilitator inserts "Extra övning" (15 min) after the presentation: it starts 10:30 and lunch moves to 12:15', () => {
    const day = meetingDay();
    const decision = day.send({
      type: 'addSegment',
      afterSegmentId: day.id(THEME),
      kind: 'custom',
      title: 'Extra övning',
      plannedMinutes: 15,
    });
    expect(decision.ok && decision.events.map((e) => e.type)).toEqual(['agendaEdited']);
    expect(day.titles().slice(3, 6)).toEqual([THEME, 'Extra övning', COFFEE]);
    expect(day.starts()).toMatchObject({
      [TEAM_IN]: '08:00',
      [THEME]: '09:30',
      'Extra övning': '10:30',
      [COFFEE]: '10:45',
      [EOR]: '11:00',
      [LUNCH]: '12:15',
      [GROUPS]: '13:15',
      [TEAM_OUT]: '16:15',
    });
    expect(day.segment('Extra övning')).toMatchObject({ kind: 'custom', plannedMinutes: 15 });
  });

  it('an opening segment inserted first starts at 08:00 and pushes the team check-in to 08:10', () => {
    const day = meetingDay();
    expect(
      day.send({
        type: 'addSegment',
        afterSegmentId: null,
        kind: 'custom',
        title: 'Tekniktest',
        plannedMinutes: 10,
        room: 'Aulan',
      }).ok,
    ).toBe(true);
    expect(day.state.agenda[0]).toMatchObject({ title: 'Tekniktest', plannedStart: '08:00', room: 'Aulan' });
    expect(day.starts()).toMatchObject({ [TEAM_IN]: '08:10', [TEAM_OUT]: '16:10' });
  });

  it('shortening the presentation from 60 to 45 min brings the coffee forward to 10:15', () => {
    const day = meetingDay();
    expect(day.send({ type: 'updateSegment', segmentId: day.id(THEME), plannedMinutes: 45 }).ok).toBe(true);
    expect(day.starts()).toMatchObject({
      [THEME]: '09:30',
      [COFFEE]: '10:15',
      [EOR]: '10:30',
      [LUNCH]: '11:45',
      [TEAM_OUT]: '15:45',
    });
  });

  it('the team check-in moved to 08:15 shifts the whole day by 15 minutes', () => {
    const day = meetingDay();
    expect(day.send({ type: 'updateSegment', segmentId: day.id(TEAM_IN), plannedStart: '08:15' }).ok).toBe(true);
    expect(day.starts()).toMatchObject({
      [TEAM_IN]: '08:15',
      [MORNING]: '08:45',
      [LUNCH]: '12:15',
      [TEAM_OUT]: '16:15',
    });
  });

  it('[E1] giving lunch its own start is a conflict: starts follow from the first segment and the lengths', () => {
    const day = meetingDay();
    day.refuses({ type: 'updateSegment', segmentId: day.id(LUNCH), plannedStart: '12:30' }, 'conflict');
  });

  it('renaming and setting a room keep the times; room: null clears the room', () => {
    const day = meetingDay();
    day.send({ type: 'updateSegment', segmentId: day.id(CHECK_IN), title: 'Incheckning i par', room: 'Rum B' });
    expect(day.state.agenda[2]).toMatchObject({ title: 'Incheckning i par', room: 'Rum B', plannedStart: '09:00' });
    day.send({ type: 'updateSegment', segmentId: day.state.agenda[2]!.id, room: null });
    expect(day.state.agenda[2]).not.toHaveProperty('room');
  });
});

describe('[G2] reordering', () => {
  it('moving the check-in exercise before the morning coffee: it starts 08:30, coffee at 09:00, the presentation stays at 09:30', () => {
    const day = meetingDay();
    expect(day.send({ type: 'moveSegment', segmentId: day.id(CHECK_IN), toIndex: 1 }).ok).toBe(true);
    expect(day.titles().slice(0, 4)).toEqual([TEAM_IN, CHECK_IN, MORNING, THEME]);
    expect(day.starts()).toMatchObject({ [CHECK_IN]: '08:30', [MORNING]: '09:00', [THEME]: '09:30' });
  });

  it('swapping lunch and the group work: group work at 12:00, lunch at 13:30', () => {
    const day = meetingDay();
    expect(day.send({ type: 'swapSegments', segmentId: day.id(LUNCH), otherSegmentId: day.id(GROUPS) }).ok).toBe(true);
    expect(day.titles().slice(6, 8)).toEqual([GROUPS, LUNCH]);
    expect(day.starts()).toMatchObject({ [GROUPS]: '12:00', [LUNCH]: '13:30', [PLENARY]: '14:30' });
  });

  it('swapping the team check-in and the morning coffee keeps the day starting at 08:00 and ending at 16:30', () => {
    const day = meetingDay();
    expect(day.send({ type: 'swapSegments', segmentId: day.id(TEAM_IN), otherSegmentId: day.id(MORNING) }).ok).toBe(
      true,
    );
    expect(day.starts()).toMatchObject({
      [MORNING]: '08:00',
      [TEAM_IN]: '08:30',
      [CHECK_IN]: '09:00',
      [TEAM_OUT]: '16:00',
    });
  });

  it('a move past the end of the agenda is invalid', () => {
    const day = meetingDay();
    day.refuses({ type: 'moveSegment', segmentId: day.id(LUNCH), toIndex: 11 }, 'invalid');
  });
});

describe('[G2] what has run stays where it ran', () => {
  it('[E1] at 08:40, during the coffee, the team check-in cannot be moved, skipped or removed, nor can the coffee', () => {
    const day = dayRunningUntil(MORNING);
    const team = day.id(TEAM_IN);
    day.refuses({ type: 'moveSegment', segmentId: team, toIndex: 5 }, 'conflict');
    day.refuses({ type: 'swapSegments', segmentId: team, otherSegmentId: day.id(LUNCH) }, 'conflict');
    day.refuses({ type: 'skipSegment', segmentId: team, skipped: true }, 'conflict');
    day.refuses({ type: 'removeSegment', segmentId: team }, 'conflict');
    day.refuses({ type: 'moveSegment', segmentId: day.id(MORNING), toIndex: 4 }, 'conflict');
    day.refuses({ type: 'skipSegment', segmentId: day.id(MORNING), skipped: true }, 'conflict');
  });

  it('but the running coffee can be lengthened by 10 minutes, and the rest of the plan follows', () => {
    const day = dayRunningUntil(MORNING);
    expect(day.send({ type: 'updateSegment', segmentId: day.id(MORNING), plannedMinutes: 40 }).ok).toBe(true);
    expect(day.starts()).toMatchObject({ [MORNING]: '08:30', [CHECK_IN]: '09:10', [LUNCH]: '12:10' });
    expect(day.segment(MORNING).actualStart).toBe(at('08:30'));
  });

  it('[E1] moving the presentation before the running coffee is a conflict; right after it is fine', () => {
    const day = dayRunningUntil(MORNING);
    day.refuses({ type: 'moveSegment', segmentId: day.id(THEME), toIndex: 1 }, 'conflict');
    expect(day.send({ type: 'moveSegment', segmentId: day.id(THEME), toIndex: 2 }).ok).toBe(true);
    expect(day.titles().slice(0, 4)).toEqual([TEAM_IN, MORNING, THEME, CHECK_IN]);
  });

  it('after jumping from coffee to lunch, the passed-over cluster work can be moved to right after lunch, not before it', () => {
    const day = dayRunningUntil(COFFEE);
    day.send({ type: 'goToSegment', fromSegmentId: day.id(COFFEE), segmentId: day.id(LUNCH) }, '10:45');
    day.refuses({ type: 'moveSegment', segmentId: day.id(EOR), toIndex: 4 }, 'conflict');
    expect(day.send({ type: 'moveSegment', segmentId: day.id(EOR), toIndex: 6 })).toMatchObject({ ok: true });
    expect(day.titles().slice(4, 8)).toEqual([COFFEE, LUNCH, EOR, GROUPS]);
  });
});

describe('[G1] skipping', () => {
  it('the presentation is skipped: "next" from the check-in goes straight to coffee, and the plan keeps it at 09:30', () => {
    const day = dayRunningUntil(CHECK_IN);
    expect(day.send({ type: 'skipSegment', segmentId: day.id(THEME), skipped: true }, '09:10').ok).toBe(true);
    expect(day.next('09:30').ok).toBe(true);
    expect(day.current()).toBe(COFFEE);
    expect(day.titles()[3]).toBe(THEME);
    expect(day.segment(THEME)).toMatchObject({ skipped: true, plannedStart: '09:30' });
    expect(day.segment(THEME).actualStart).toBeUndefined();
    expect(day.starts()[COFFEE]).toBe('10:30');
  });

  it('un-skipping brings it back: "next" from the check-in starts the presentation', () => {
    const day = dayRunningUntil(CHECK_IN);
    day.send({ type: 'skipSegment', segmentId: day.id(THEME), skipped: true });
    expect(day.send({ type: 'skipSegment', segmentId: day.id(THEME), skipped: false }).ok).toBe(true);
    expect(day.segment(THEME)).not.toHaveProperty('skipped');
    day.next('09:30');
    expect(day.current()).toBe(THEME);
  });

  it('[E1] going to a skipped segment, or skipping it twice, is a conflict', () => {
    const day = dayRunningUntil(CHECK_IN);
    day.send({ type: 'skipSegment', segmentId: day.id(THEME), skipped: true });
    day.refuses({ type: 'goToSegment', fromSegmentId: day.id(CHECK_IN), segmentId: day.id(THEME) }, 'conflict');
    day.refuses({ type: 'skipSegment', segmentId: day.id(THEME), skipped: true }, 'conflict');
    day.refuses({ type: 'skipSegment', segmentId: day.id(LUNCH), skipped: false }, 'conflict');
  });
});

describe('[G1] finishing and jumping', () => {
  it('the check-in finishes early at 09:25: nothing runs, and "next" at 09:30 starts the presentation', () => {
    const day = dayRunningUntil(CHECK_IN);
    expect(day.send({ type: 'finishSegment', segmentId: day.id(CHECK_IN) }, '09:25').ok).toBe(true);
    expect(day.state.currentSegmentId).toBeNull();
    expect(day.segment(CHECK_IN).actualEnd).toBe(at('09:25'));
    day.refuses({ type: 'finishSegment', segmentId: day.id(CHECK_IN) }, 'conflict');
    expect(day.next('09:30').ok).toBe(true);
    expect(day.current()).toBe(THEME);
    expect(day.segment(THEME).actualStart).toBe(at('09:30'));
  });

  it('after a jump from coffee to lunch and finishing lunch, "next" starts the group work, not the skipped-over cluster work', () => {
    const day = dayRunningUntil(COFFEE);
    day.send({ type: 'goToSegment', fromSegmentId: day.id(COFFEE), segmentId: day.id(LUNCH) }, '10:45');
    day.send({ type: 'finishSegment', segmentId: day.id(LUNCH) }, '11:45');
    expect(day.next('11:50').ok).toBe(true);
    expect(day.current()).toBe(GROUPS);
  });

  it('segments passed over wait until the rest has run: the cluster work comes last, and after it the day ends', () => {
    const day = dayRunningUntil(COFFEE);
    day.send({ type: 'goToSegment', fromSegmentId: day.id(COFFEE), segmentId: day.id(LUNCH) }, '10:45');
    const seen: (string | null)[] = [];
    for (const hhmm of ['11:45', '13:15', '14:15', '14:45', '15:15', '15:20']) {
      day.next(hhmm);
      seen.push(day.current());
    }
    // One rule for "next" (the console shows it as "Sedan"): what was passed over runs once the rest has, then the day ends.
    expect(seen).toEqual([GROUPS, PLENARY, CHECK_OUT, TEAM_OUT, EOR, null]);
    expect(day.next('16:35')).toMatchObject({ ok: false, error: { code: 'conflict', message: 'the day has ended' } });
    expect(day.segment(LUNCH)).toMatchObject({ actualStart: at('10:45'), actualEnd: at('11:45') });
  });
});

describe('[G2] removing', () => {
  it('the group work is removed: the plenary moves up to 13:00 and the day ends at 15:00', () => {
    const day = meetingDay();
    expect(day.send({ type: 'removeSegment', segmentId: day.id(GROUPS) }).ok).toBe(true);
    expect(day.titles()).not.toContain(GROUPS);
    expect(day.starts()).toMatchObject({ [PLENARY]: '13:00', [TEAM_OUT]: '14:30' });
  });
});

describe('[E1] a refused edit changes nothing', () => {
  const unknown = 'no-such-segment';
  const commands: { name: string; command: (day: ReturnType<typeof meetingDay>) => Command }[] = [
    {
      name: 'addSegment after',
      command: () => ({ type: 'addSegment', afterSegmentId: unknown, kind: 'custom', title: 'X', plannedMinutes: 5 }),
    },
    { name: 'updateSegment', command: () => ({ type: 'updateSegment', segmentId: unknown, plannedMinutes: 5 }) },
    { name: 'moveSegment', command: () => ({ type: 'moveSegment', segmentId: unknown, toIndex: 3 }) },
    {
      name: 'swapSegments',
      command: (d) => ({ type: 'swapSegments', segmentId: d.id(LUNCH), otherSegmentId: unknown }),
    },
    { name: 'skipSegment', command: () => ({ type: 'skipSegment', segmentId: unknown, skipped: true }) },
    { name: 'removeSegment', command: () => ({ type: 'removeSegment', segmentId: unknown }) },
    { name: 'goToSegment', command: () => ({ type: 'goToSegment', fromSegmentId: null, segmentId: unknown }) },
  ];
  it.for(commands)('$name with an id that is not on the agenda is not_found', ({ command }) => {
    const day = meetingDay();
    day.refuses(command(day), 'not_found');
  });

  it(`an agenda holds ${MAX_SEGMENTS} segments: the 101st is a conflict`, () => {
    const day = meetingDay();
    while (day.state.agenda.length < MAX_SEGMENTS) {
      expect(
        day.send({
          type: 'addSegment',
          afterSegmentId: day.id(TEAM_OUT),
          kind: 'custom',
          title: 'Paus',
          plannedMinutes: 1,
        }).ok,
      ).toBe(true);
    }
    day.refuses(
      { type: 'addSegment', afterSegmentId: null, kind: 'custom', title: 'En till', plannedMinutes: 5 },
      'conflict',
    );
  });
});

describe('[G2] reschedule', () => {
  const seg = (id: string, plannedStart: string, plannedMinutes: number, skipped?: boolean): Segment => ({
    id,
    kind: 'custom',
    title: id,
    plannedStart,
    plannedMinutes,
    ...(skipped ? { skipped } : {}),
  });

  it('starts follow from the first segment and the lengths; a skipped segment keeps its slot', () => {
    const input = [seg('a', '08:15', 45), seg('b', '07:00', 20, true), seg('c', '23:59', 30)];
    const out = reschedule(input);
    expect(out.map((s) => s.plannedStart)).toEqual(['08:15', '09:00', '09:20']);
    expect(out[1]!.skipped).toBe(true);
    expect(input[2]!.plannedStart).toBe('23:59');
  });

  it('an evening session past midnight wraps the clock; an empty agenda stays empty', () => {
    expect(reschedule([seg('a', '23:30', 60), seg('b', '00:00', 15)]).map((s) => s.plannedStart)).toEqual([
      '23:30',
      '00:30',
    ]);
    expect(reschedule([])).toEqual([]);
  });
});
