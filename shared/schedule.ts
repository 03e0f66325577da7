/**
 * The day against the clock: planned vs actual, time left in the current
 * segment, the projected end and how far ahead or behind the day is. Pure:
 * `now` and the day's start in epoch ms come in as arguments.
 */
import { runOrder, toMinutes } from './agenda';
import type { MeetingState, Segment } from './protocol';
import { dateIn, zonedMs } from './timeZone';

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

export function statusOf(state: MeetingState, segment: Segment): SegmentStatus {
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
export function runDate(state: MeetingState, now: number): string {
  const starts = state.agenda.flatMap((s) => (s.actualStart === undefined ? [] : [s.actualStart]));
  if (starts.length) return dateIn(Math.min(...starts), state.timeZone);
  const today = dateIn(now, state.timeZone);
  return state.date < today ? today : state.date;
}

/**
 * Epoch ms of the first segment's planned start on the day the meeting runs
 * (`runDate`), on the clocks of its time zone (T5), whoever asks: `now` comes in.
 */
export function dayStartMs(state: MeetingState, now: number): number {
  const first = state.agenda[0];
  return zonedMs(runDate(state, now), first ? toMinutes(first.plannedStart) : 0, state.timeZone);
}

/** `dayStart`: epoch ms of the first segment's planned start on the day it runs (`dayStartMs`). */
export function schedule(state: MeetingState, now: number, dayStart: number): Schedule {
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
