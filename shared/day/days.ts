/**
 * A meeting of several days (G5): each segment is on a day (1 unless it says
 * otherwise), the agenda holds the days in order, and day N runs on the
 * meeting's date plus N − 1 days. A one-day meeting carries no day numbers.
 */
import type { Segment } from '../protocol';

/** The day a segment is on. */
export const dayOf = (segment: { day?: number | undefined }): number => segment.day ?? 1;

/** How many days the agenda spans (1 for an empty one). */
export function dayCount(agenda: readonly Segment[]): number {
  return agenda.reduce((n, s) => Math.max(n, dayOf(s)), 1);
}

/** The segments of one day, in agenda order. */
export function segmentsOn(agenda: readonly Segment[], day: number): Segment[] {
  return agenda.filter((s) => dayOf(s) === day);
}

/** The segment with its day set; day 1 is written as no day at all. */
export function onDay<S extends Segment>(segment: S, day: number): S {
  if (dayOf(segment) === day && (day !== 1 || segment.day === undefined)) return segment;
  const { day: _day, ...rest } = segment;
  return (day === 1 ? rest : { ...rest, day }) as S;
}

/** The agenda day by day, each day's segments in their order, the days numbered 1, 2, ... with no gap. */
export function byDay(agenda: readonly Segment[]): Segment[] {
  const days = [...new Set(agenda.map(dayOf))].sort((a, b) => a - b);
  return days.flatMap((d, i) => segmentsOn(agenda, d).map((s) => onDay(s, i + 1)));
}

/** Each day's start: the planned start of its first segment. */
export function dayStarts(agenda: readonly Segment[]): Map<number, string> {
  const starts = new Map<number, string>();
  for (const s of agenda) if (!starts.has(dayOf(s))) starts.set(dayOf(s), s.plannedStart);
  return starts;
}

/** The ISO date `days` days after `date` (a calendar date: no clock, no zone). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}
