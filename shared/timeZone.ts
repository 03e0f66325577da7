/**
 * Wall-clock time in a meeting's time zone (SPEC.md, T5). A meeting's planned
 * times are times of day where it is held, so every date and time of day is
 * worked out in the meeting's zone, given as data, never the zone of the
 * process or the browser that happens to compute it. Intl only: pure.
 */

/** Where the lärträffar are held unless a meeting or its programme says otherwise. */
export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

const MINUTE = 60_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Intl formatters are slow to build and the console formats every second: one per zone. */
function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether Intl knows the zone ("Europe/Stockholm", "UTC"). */
export function isTimeZone(zone: string): boolean {
  try {
    partsFormat(zone);
    return true;
  } catch {
    return false;
  }
}

interface WallClock {
  /** "2026-03-29" */
  date: string;
  /** Minutes since midnight. */
  minutes: number;
  /** What the zone's clock is ahead of UTC at that instant, in ms. */
  offsetMs: number;
}

/** The date and time of day an instant shows on the zone's clocks. */
export function wallClock(ms: number, timeZone: string): WallClock {
  const part: Record<string, number> = {};
  for (const p of partsFormat(timeZone).formatToParts(ms)) if (p.type !== 'literal') part[p.type] = Number(p.value);
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = part;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return {
    date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
    minutes: hour * 60 + minute,
    offsetMs: asUtc - (ms - (((ms % 1000) + 1000) % 1000)),
  };
}

/** The calendar date ("2026-10-25") of an instant in the zone. */
export function dateIn(ms: number, timeZone: string): string {
  return wallClock(ms, timeZone).date;
}

/**
 * The instant the zone's clocks show `minutes` past midnight on `date`. On the
 * night the clocks go forward a time that does not exist counts from the
 * offset before the change (02:30 is 03:30); when they go back, the first of
 * the two is taken.
 */
export function zonedMs(date: string, minutes: number, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const local = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) + minutes * MINUTE;
  // The offset an hour either side of the guess covers any change of the clocks in between.
  const before = wallClock(local - 3 * 60 * MINUTE, timeZone).offsetMs;
  const after = wallClock(local + 3 * 60 * MINUTE, timeZone).offsetMs;
  const early = local - before;
  if (wallClock(early, timeZone).offsetMs === before) return early;
  const late = local - after;
  return wallClock(late, timeZone).offsetMs === after ? late : early;
}

/** "2026-11-23T09:13:00+01:00": an instant as the zone's clocks show it, with their offset, for a spreadsheet. */
export function isoIn(ms: number, timeZone: string): string {
  const { date, minutes, offsetMs } = wallClock(ms, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  const seconds = Math.floor((((ms % MINUTE) + MINUTE) % MINUTE) / 1000);
  const off = Math.abs(offsetMs) / MINUTE;
  const sign = offsetMs < 0 ? '-' : '+';
  return `${date}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:${pad(seconds)}${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`;
}
