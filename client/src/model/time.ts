/** Clock, countdown and date text: times of day on the meeting's clocks (T5), dates as written. */

/** "4:05" left, or "+1:30" into overtime; minutes past an hour stay minutes ("75:00"). */
export function formatCountdown(ms: number): string {
  const overtime = ms < 0;
  const total = Math.floor(Math.abs(ms) / 1000) + (overtime ? 0 : Math.abs(ms) % 1000 > 0 ? 1 : 0);
  const text = `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
  return overtime ? `+${text}` : text;
}

/** Whole minutes, rounded towards zero: "+12" behind, "-5" ahead. */
export function driftMinutes(ms: number): number {
  return Math.trunc(ms / 60_000);
}

/** The Intl locale of a UI language: Swedish as in Sweden, English as in Britain (24-hour clock, day before month). */
export const localeOf = (language: string) => (language === 'en' ? 'en-GB' : 'sv-SE');

// One time of day ("08.05", "08:05" in English) for the live views, the report and the server's spreadsheets (L4).
export { clockText, timeOfDay } from '../../../shared/clock';

/** A calendar date ("2026-12-08") as the language writes it: "8 december 2026", "8 December 2026". Never shifted by a time zone. */
export function dateText(isoDate: string, language: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(localeOf(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, d));
}
