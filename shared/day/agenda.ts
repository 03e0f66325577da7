/** The meeting's run of show: the default day, and moving between segments. */
import { accept, assertNever, fail, type Decision, type DecideContext } from '../decision';
import { byDay, dayCount, dayOf, dayStarts, onDay, segmentsOn } from './days';
import { roundsAfterMove } from './feedbackRound';
import {
  MAX_DAYS,
  type Command,
  type MeetingState,
  type Segment,
  type SegmentPlan,
  type StateApartFromPlacements,
} from '../protocol';

/** The standard lärträff day of DESIGN.md; the facilitator edits it. */
export const DEFAULT_AGENDA: readonly SegmentPlan[] = [
  { kind: 'teamCheckIn', title: 'Teamets incheckning', plannedStart: '08:00', plannedMinutes: 30 },
  { kind: 'break', title: 'Morgonkaffe och mingel', plannedStart: '08:30', plannedMinutes: 30 },
  { kind: 'checkIn', title: 'Incheckningsövning', plannedStart: '09:00', plannedMinutes: 30 },
  { kind: 'presentation', title: 'Dagens tema', plannedStart: '09:30', plannedMinutes: 60 },
  { kind: 'break', title: 'Kaffe – återsamling 10.45 i kommunklustren', plannedStart: '10:30', plannedMinutes: 15 },
  { kind: 'clusterWork', title: 'EOR-återkoppling i kommunklustren', plannedStart: '10:45', plannedMinutes: 75 },
  { kind: 'break', title: 'Lunch', plannedStart: '12:00', plannedMinutes: 60 },
  { kind: 'clusterWork', title: 'Grupparbete', plannedStart: '13:00', plannedMinutes: 90 },
  { kind: 'plenary', title: 'Helgrupp: summering och nästa lärträff', plannedStart: '14:30', plannedMinutes: 60 },
  { kind: 'checkOut', title: 'Utcheckningsövning', plannedStart: '15:30', plannedMinutes: 30 },
  { kind: 'teamCheckOut', title: 'Teamets utcheckning', plannedStart: '16:00', plannedMinutes: 30 },
];

/** Gives each planned segment an id. */
export function buildAgenda(plans: readonly SegmentPlan[], newId: () => string): Segment[] {
  return plans.map((plan) => ({ ...plan, id: newId() }));
}

export function segmentIndex(agenda: readonly Segment[], id: string | null): number {
  return id === null ? -1 : agenda.findIndex((s) => s.id === id);
}

/**
 * What "next" starts: the first segment after the current one that is not
 * skipped; with nothing running, the first that has neither run nor been skipped.
 */
export function nextSegment(agenda: readonly Segment[], currentId: string | null): Segment | null {
  return runOrder(agenda, currentId)[0] ?? null;
}

/**
 * The segments still to run, in the order "next" will start them: those
 * after the current one (or the one that ended last), then any that were
 * passed over by a jump. Skipped and already-run segments are not in it.
 */
export function runOrder(agenda: readonly Segment[], currentId: string | null): Segment[] {
  const pivot = segmentIndex(agenda, currentId ?? lastEnded(agenda)?.id ?? null) + 1;
  const waiting = (s: Segment) => !s.skipped && !hasRun(s);
  return [...agenda.slice(pivot).filter(waiting), ...agenda.slice(0, pivot).filter(waiting)];
}

/** The segment that ended last (by the clock, not by its place on the agenda). */
function lastEnded(agenda: readonly Segment[]): Segment | undefined {
  let last: Segment | undefined;
  for (const s of agenda) if (s.actualEnd !== undefined && (!last || s.actualEnd >= last.actualEnd!)) last = s;
  return last;
}

/**
 * The day the meeting is on now: the running segment's; between segments,
 * the day of the one "next" starts (G1), so the evening after day 1 already
 * looks ahead to day 2; once everything has run, the last day.
 */
export function currentDay(state: StateApartFromPlacements): number {
  const current = state.agenda.find((s) => s.id === state.currentSegmentId);
  const next = current ?? nextSegment(state.agenda, state.currentSegmentId);
  return next ? dayOf(next) : dayCount(state.agenda);
}

/** One day's segments as the meeting's agenda (the running segment only if it is on that day); the date is left as is. */
export function dayAgenda<S extends StateApartFromPlacements>(state: S, day: number): S {
  const agenda = segmentsOn(state.agenda, day);
  const current = agenda.some((s) => s.id === state.currentSegmentId) ? state.currentSegmentId : null;
  return { ...state, agenda, currentSegmentId: current };
}

/** Records that the day moved from one segment to another at `at`. */
export function moveAgenda(
  agenda: readonly Segment[],
  fromId: string | null,
  toId: string | null,
  at: number,
): Segment[] {
  return agenda.map((s) => {
    if (s.id === fromId) return { ...s, actualEnd: at };
    if (s.id === toId) return { ...s, actualStart: at, actualEnd: undefined };
    return s;
  });
}

// ---------------------------------------------------------------- editing the plan

export function toMinutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function toClock(minutes: number): string {
  const day = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(day / 60)).padStart(2, '0')}:${String(day % 60).padStart(2, '0')}`;
}

/**
 * Planned starts follow from each day's start (its first segment's, G5) and
 * the planned lengths, so an insert, a move or a longer segment shifts what
 * comes after on that day. Skipped segments keep their place in the plan.
 * `starts`: a day's start to keep (by day number; a string is day 1's).
 */
export function reschedule(
  agenda: readonly Segment[],
  starts: ReadonlyMap<number, string> | string = dayStarts(agenda),
): Segment[] {
  const given = typeof starts === 'string' ? new Map([[1, starts]]) : starts;
  const own = dayStarts(agenda);
  const at = new Map<number, number>();
  return agenda.map((s) => {
    const day = dayOf(s);
    const from = at.get(day) ?? toMinutes(given.get(day) ?? own.get(day) ?? '08:00');
    at.set(day, from + s.plannedMinutes);
    return s.plannedStart === toClock(from) ? s : { ...s, plannedStart: toClock(from) };
  });
}

/** A segment that has started (or finished) is history: it can be lengthened, not moved, skipped or removed. */
export function hasRun(segment: Segment): boolean {
  return segment.actualStart !== undefined;
}

export function moveTo(agenda: readonly Segment[], id: string, toIndex: number): Segment[] {
  const from = segmentIndex(agenda, id);
  const list = [...agenda];
  const [moved] = list.splice(from, 1);
  list.splice(Math.min(toIndex, list.length), 0, moved!);
  return list;
}

export function swap(agenda: readonly Segment[], a: string, b: string): Segment[] {
  const i = segmentIndex(agenda, a);
  const j = segmentIndex(agenda, b);
  const list = [...agenda];
  [list[i], list[j]] = [list[j]!, list[i]!];
  return list;
}

// ---------------------------------------------------------------- commands

type AgendaCommand = Extract<
  Command,
  {
    type:
      | 'advanceAgenda'
      | 'goToSegment'
      | 'finishSegment'
      | 'addSegment'
      | 'updateSegment'
      | 'moveSegment'
      | 'swapSegments'
      | 'skipSegment'
      | 'removeSegment'
      | 'addDay'
      | 'removeDay';
  }
>;

/**
 * The edited agenda, day by day (G5) and rescheduled from each day's start:
 * moving a segment to the top of its day does not move the day.
 */
const edited = (agenda: Segment[], starts: ReadonlyMap<number, string>): Decision => {
  const days = byDay(agenda);
  // Days renumbered after one was taken off keep their starts under their new number.
  const old = [...new Set(agenda.map(dayOf))].sort((a, b) => a - b);
  const kept = new Map(old.flatMap((d, i) => (starts.has(d) ? [[i + 1, starts.get(d)!] as const] : [])));
  return accept({ type: 'agendaEdited', agenda: reschedule(days, kept) });
};

/** The run of show and live edits to the plan. */
export function decideAgenda(state: MeetingState, command: AgendaCommand, ctx: DecideContext): Decision {
  const { agenda, currentSegmentId: current } = state;
  const find = (id: string) => agenda.find((s) => s.id === id);
  const moving = (to: string | null) => {
    const dayOver = to === null && !nextSegment(moveAgenda(agenda, current, null, ctx.now), null);
    return accept(
      { type: 'segmentChanged', fromSegmentId: current, toSegmentId: to, at: ctx.now },
      // The rounds run in their cluster work: they end with it, and with the day (G4).
      ...roundsAfterMove(state, to === null ? null : (find(to) ?? null), dayOver, ctx.now),
    );
  };
  const dayStart = dayStarts(agenda);

  switch (command.type) {
    case 'advanceAgenda': {
      if (command.fromSegmentId !== current) return fail('conflict', 'the agenda has already moved on');
      const next = nextSegment(agenda, current);
      if (!next && current === null)
        return fail('conflict', agenda.some(hasRun) ? 'the day has ended' : 'the agenda is empty');
      // The last segment of a day ends the day; the next "next" starts the next day (G5).
      const running = current === null ? null : find(current);
      if (next && running && dayOf(next) !== dayOf(running)) return moving(null);
      return moving(next?.id ?? null);
    }
    case 'goToSegment': {
      if (command.fromSegmentId !== current) return fail('conflict', 'the agenda has already moved on');
      const target = find(command.segmentId);
      if (!target) return fail('not_found', 'no such segment');
      if (target.id === current) return fail('conflict', 'that segment is already running');
      if (target.skipped) return fail('conflict', 'that segment is skipped; bring it back first');
      return moving(target.id);
    }
    case 'finishSegment':
      if (command.segmentId !== current) return fail('conflict', 'that segment is not running');
      return moving(null);
    case 'addSegment': {
      if (agenda.length >= MAX_SEGMENTS) return fail('conflict', `an agenda holds at most ${MAX_SEGMENTS} segments`);
      const at = command.afterSegmentId === null ? 0 : segmentIndex(agenda, command.afterSegmentId) + 1;
      if (at === 0 && command.afterSegmentId !== null) return fail('not_found', 'no such segment');
      const { kind, title, plannedMinutes, room } = command;
      const first = agenda[0]?.plannedStart ?? '08:00';
      // On the day of the segment it follows (G5).
      const day = at === 0 ? 1 : dayOf(agenda[at - 1]!);
      const segment: Segment = onDay(
        { id: ctx.newId(), kind, title, plannedMinutes, plannedStart: first, ...(room ? { room } : {}) },
        day,
      );
      return edited([...agenda.slice(0, at), segment, ...agenda.slice(at)], dayStart);
    }
    case 'updateSegment': {
      const target = find(command.segmentId);
      if (!target) return fail('not_found', 'no such segment');
      const isFirst = segmentsOn(agenda, dayOf(target))[0]?.id === target.id;
      if (command.plannedStart !== undefined && !isFirst) {
        return fail('conflict', "planned starts follow from the day's first segment; change its start or the lengths");
      }
      const { segmentId: _id, type: _type, room, ...changes } = command;
      const updated: Segment = { ...target, ...stripUndefined(changes) };
      if (room === null) delete updated.room;
      else if (room !== undefined) updated.room = room;
      return edited(
        agenda.map((s) => (s.id === target.id ? updated : s)),
        isFirst ? new Map([...dayStart, [dayOf(target), updated.plannedStart]]) : dayStart,
      );
    }
    case 'moveSegment': {
      const target = find(command.segmentId);
      if (!target) return fail('not_found', 'no such segment');
      if (hasRun(target)) return fail('conflict', 'a segment that has run stays where it ran');
      if (command.toIndex >= agenda.length) return fail('invalid', `toIndex must be below ${agenda.length}`);
      const lastRun = agenda.filter((s) => s.id !== target.id).reduce((i, s, k) => (hasRun(s) ? k : i), -1);
      if (command.toIndex <= lastRun) return fail('conflict', 'cannot move before what has already run');
      return edited(moveTo(agenda, target.id, command.toIndex), dayStart);
    }
    case 'swapSegments': {
      const a = find(command.segmentId);
      const b = find(command.otherSegmentId);
      if (!a || !b) return fail('not_found', 'no such segment');
      if (hasRun(a) || hasRun(b)) return fail('conflict', 'a segment that has run stays where it ran');
      // Across days each takes the other's place, day and all (G5).
      const swapped = swap(agenda, a.id, b.id).map((s) =>
        s.id === a.id ? onDay(s, dayOf(b)) : s.id === b.id ? onDay(s, dayOf(a)) : s,
      );
      return edited(swapped, dayStart);
    }
    case 'skipSegment': {
      const target = find(command.segmentId);
      if (!target) return fail('not_found', 'no such segment');
      if (hasRun(target)) return fail('conflict', 'that segment has already run');
      if (!!target.skipped === command.skipped)
        return fail('conflict', command.skipped ? 'already skipped' : 'not skipped');
      const updated = { ...target };
      if (command.skipped) updated.skipped = true;
      else delete updated.skipped;
      return edited(
        agenda.map((s) => (s.id === target.id ? updated : s)),
        dayStart,
      );
    }
    case 'removeSegment': {
      const target = find(command.segmentId);
      if (!target) return fail('not_found', 'no such segment');
      if (hasRun(target)) return fail('conflict', 'a segment that has run stays in the record');
      return edited(
        agenda.filter((s) => s.id !== target.id),
        dayStart,
      );
    }
    case 'addDay': {
      const day = dayCount(agenda) + 1;
      if (!agenda.length) return fail('conflict', 'the agenda is empty: plan the first day first');
      if (day > MAX_DAYS) return fail('conflict', `a meeting spans at most ${MAX_DAYS} days`);
      if (agenda.length + DEFAULT_AGENDA.length > MAX_SEGMENTS)
        return fail('conflict', `an agenda holds at most ${MAX_SEGMENTS} segments`);
      const added = buildAgenda(DEFAULT_AGENDA, ctx.newId).map((s) => onDay(s, day));
      return edited([...agenda, ...added], new Map([...dayStart, [day, command.plannedStart]]));
    }
    case 'removeDay': {
      const own = segmentsOn(agenda, command.day);
      if (!own.length) return fail('not_found', 'no such day');
      if (dayCount(agenda) === 1) return fail('conflict', 'a meeting has at least one day');
      if (own.some(hasRun)) return fail('conflict', 'a day that has begun stays in the record');
      return edited(
        agenda.filter((s) => dayOf(s) !== command.day),
        dayStart,
      );
    }
    default:
      return assertNever(command);
  }
}

export const MAX_SEGMENTS = 100;

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
