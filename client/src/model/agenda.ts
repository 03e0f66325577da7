/** What the agenda shows now: pure functions of the meeting state. */
import { currentDay, hasRun, nextSegment } from '../../../shared/day/agenda';
import { dayCount, dayOf, segmentsOn } from '../../../shared/day/days';
import { dayHasEnded } from '../../../shared/day/meeting';
import type { MeetingState, Segment, StateApartFromPlacements } from '../../../shared/protocol';
import { dateIn } from '../../../shared/timeZone';

/** `between`: a segment was finished and the next not yet started; `ended`: nothing is left to run (G1). */
export type DayPhase = 'notStarted' | 'running' | 'between' | 'ended';

export interface NowAndNext {
  phase: DayPhase;
  now: Segment | null;
  next: Segment | null;
}

export function nowAndNext(state: StateApartFromPlacements): NowAndNext {
  const now = state.agenda.find((s) => s.id === state.currentSegmentId) ?? null;
  const started = state.agenda.some((s) => s.actualStart !== undefined);
  const phase: DayPhase = now ? 'running' : dayHasEnded(state) ? 'ended' : started ? 'between' : 'notStarted';
  return { phase, now, next: nextSegment(state.agenda, state.currentSegmentId) };
}

/** What follows the cluster work now running, where the clusters regroup ("Återsamling 12.00: Lunch"); null otherwise. */
export function regroupAfter(state: StateApartFromPlacements): Segment | null {
  const { now, next } = nowAndNext(state);
  return now?.kind === 'clusterWork' ? next : null;
}

/** The kind's label is shown beside a title only when the title does not already say it. */
export function showsKind(title: string, kindLabel: string): boolean {
  return !title.toLocaleLowerCase('sv-SE').includes(kindLabel.toLocaleLowerCase('sv-SE'));
}

/**
 * Today's date on the meeting's clocks when the meeting is dated another day
 * and its day is still to run or running: the console says so and offers to
 * move it to today (T4). Null when the date is right or the day is over.
 */
export function misdatedToday(state: StateApartFromPlacements, now: number): string | null {
  if (dayHasEnded(state)) return null;
  // A meeting of several days is dated by its first day: once that has begun, the later days follow from it (G5).
  if (dayCount(state.agenda) > 1 && segmentsOn(state.agenda, 1).some(hasRun)) return null;
  const today = dateIn(now, state.timeZone);
  return state.date === today ? null : today;
}

/** "Dag 1 av 2" (G5): which day of how many, in a meeting of more than one day; null in a one-day meeting. */
export function dayOfDays(state: StateApartFromPlacements): { day: number; days: number } | null {
  const days = dayCount(state.agenda);
  return days > 1 ? { day: currentDay(state), days } : null;
}

/**
 * What the console's main button does to the days of a meeting of several
 * (G5): starts a day none of which has run, or ends the day whose last
 * segment is running. Null in a one-day meeting, or in the middle of a day.
 */
export function dayStep(state: StateApartFromPlacements): { start: number } | { end: number } | null {
  if (dayCount(state.agenda) === 1) return null;
  const { now, next } = nowAndNext(state);
  if (!next) return null;
  if (now && dayOf(now) !== dayOf(next)) return { end: dayOf(now) };
  if (!now && !segmentsOn(state.agenda, dayOf(next)).some(hasRun)) return { start: dayOf(next) };
  return null;
}

/** Between two days of one meeting (G5): a day has run and the next has not begun; screens need not stay awake (W10). */
export function betweenDays(state: MeetingState): boolean {
  const step = dayStep(state);
  return step !== null && 'start' in step && step.start > 1;
}

/** While the screens of the day hold a wake lock (W10): from loading the meeting to the day's end, not overnight. */
export function keepsAwake(state: MeetingState): boolean {
  return !dayHasEnded(state) && !betweenDays(state);
}
