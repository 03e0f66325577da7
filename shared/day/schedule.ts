/**
 * The day against the clock: planned vs actual, time left in the current
 * segment, the projected end and how far ahead or behind the day is. Pure:
 * `now` and the day's start in epoch ms come in as arguments.
 */
import { currentDay, dayAgenda, runOrder, toMinutes } from './agenda';
import { addDays, dayCount } from './days';
import type { Segment, StateApartFromPlacements } from '../protocol';
import { dateIn, zonedMs } from '../timeZone';

const MINUTE = 60_000;

export type SegmentStatus = 'done' | 'current' | 'skipped' | 'upcoming';

export interface ScheduleRow {
  segment: Segment;
  status: SegmentStatus;
  plannedStart: number;
  plannedEnd: number;
  /** Actual times where they exist, projected ones otherwise; null for a skipped segment. */
  expectedStart: number | null;
  expectedEnd: number | null;
}

export interface Schedule {
  rows: ScheduleRow[];
  plannedEnd: number;
  projectedEnd: number;
  /** Projected minus planned end of the day: positive means behind, negative ahead. */
  driftMs: number;
  /** Left in the current segment (negative in overtime), or null when nothing runs. */
  currentRemainingMs: number | null;
}

export function statusOf(state: StateApartFromPlacements, segment: Segment): SegmentStatus {
  if (segment.id === state.currentSegmentId) return 'current';
  if (segment.actualEnd !== undefined) return 'done';
  if (segment.skipped) return 'skipped';
  return 'upcoming';
}

/**
 * The date the day runs on (T4), on the meeting's clocks: the day of its first
 * actual start; before it starts, the meeting's date, or today once that date
 * has passed (a day cannot start in the past).
 */
export function runDate(state: StateApartFromPlacements, now: number): string {
  const starts = state.agenda.flatMap((s) => (s.actualStart === undefined ? [] : [s.actualStart]));
  if (starts.length) return dateIn(Math.min(...starts), state.timeZone);
  const today = dateIn(now, state.timeZone);
  return state.date < today ? today : state.date;
}

/**
 * Epoch ms of the first segment's planned start on the day the meeting runs
 * (`runDate`), on the clocks of its time zone (T5), whoever asks: `now` comes in.
 */
export function dayStartMs(state: StateApartFromPlacements, now: number): number {
  const first = state.agenda[0];
  return zonedMs(runDate(state, now), first ? toMinutes(first.plannedStart) : 0, state.timeZone);
}

/** `dayStart`: epoch ms of the first segment's planned start on the day it runs (`dayStartMs`). */
export function schedule(state: StateApartFromPlacements, now: number, dayStart: number): Schedule {
  const first = state.agenda[0];
  const base = first ? toMinutes(first.plannedStart) : 0;
  const started = state.agenda.some((s) => s.actualStart !== undefined);
  const current = state.agenda.find((s) => s.id === state.currentSegmentId);
  const currentStart = current?.actualStart ?? now;
  const currentRemainingMs = current ? currentStart + current.plannedMinutes * MINUTE - now : null;

  // What is left runs in the order "next" will take it, from the end of the current segment (or now).
  let cursor = current
    ? Math.max(currentStart + current.plannedMinutes * MINUTE, now)
    : started
      ? now
      : Math.max(now, dayStart);
  const expected = new Map<string, { start: number; end: number }>();
  for (const s of runOrder(state.agenda, state.currentSegmentId)) {
    expected.set(s.id, { start: cursor, end: cursor + s.plannedMinutes * MINUTE });
    cursor += s.plannedMinutes * MINUTE;
  }

  const rows = state.agenda.map((segment): ScheduleRow => {
    const status = statusOf(state, segment);
    const plannedStart = dayStart + (toMinutes(segment.plannedStart) - base) * MINUTE;
    const length = segment.plannedMinutes * MINUTE;
    const row = { segment, status, plannedStart, plannedEnd: plannedStart + length };
    switch (status) {
      case 'done':
        return { ...row, expectedStart: segment.actualStart ?? segment.actualEnd!, expectedEnd: segment.actualEnd! };
      case 'current':
        return { ...row, expectedStart: currentStart, expectedEnd: Math.max(currentStart + length, now) };
      case 'skipped':
        return { ...row, expectedStart: null, expectedEnd: null };
      case 'upcoming': {
        const times = expected.get(segment.id);
        return { ...row, expectedStart: times?.start ?? null, expectedEnd: times?.end ?? null };
      }
    }
  });

  const last = rows[rows.length - 1];
  const plannedEnd = last?.plannedEnd ?? dayStart;
  const projectedEnd = rows.reduce((end, r) => Math.max(end, r.expectedEnd ?? 0), started ? 0 : dayStart) || plannedEnd;
  return { rows, plannedEnd, projectedEnd, driftMs: projectedEnd - plannedEnd, currentRemainingMs };
}

// ---------------------------------------------------------------- a meeting of several days (G5, G6)

/**
 * One day of the meeting as if it were a meeting of its own: that day's
 * segments, and its date. Day 1 is on the meeting's date; day N runs N − 1
 * days after the date day 1 runs on (`runDate`), so a meeting moved to today
 * moves its later days with it. Drift, projected end and the report's
 * agenda are measured per day from it (G6).
 */
export function daySlice<S extends StateApartFromPlacements>(state: S, day: number, now: number): S {
  if (dayCount(state.agenda) === 1) return state;
  const date = day === 1 ? state.date : addDays(runDate(dayAgenda(state, 1), now), day - 1);
  return { ...dayAgenda(state, day), date };
}

export interface DayNow {
  /** 1-based. */
  day: number;
  days: number;
  /** The day as a meeting of its own (`daySlice`). */
  state: StateApartFromPlacements;
  schedule: Schedule;
}

/** The day being run, with its own drift and projected end (G6). A one-day meeting is itself. */
export function dayNow(state: StateApartFromPlacements, now: number): DayNow {
  const day = currentDay(state);
  const slice = daySlice(state, day, now);
  return { day, days: dayCount(state.agenda), state: slice, schedule: schedule(slice, now, dayStartMs(slice, now)) };
}
