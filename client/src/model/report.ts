/** What the report and the print views show: pure functions of the meeting state and the report. */
import type { MeetingState } from '../../../shared/protocol';
import type { AgendaReport, ClusterTiming } from '../../../shared/day/report';
import { nameKey } from '../../../shared/day/roster';

/** The team's report and print views, opened with the same secret as the view linking to them. */
export function reportPaths(meetingId: string, token: string) {
  const id = encodeURIComponent(meetingId);
  return {
    report: `/report/${id}#${token}`,
    cards: `/report/${id}/cards#${token}`,
    poster: `/report/${id}/poster#${token}`,
  };
}

export const PAPER_SIZES = ['a4', 'a5'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Long text gets a smaller type, so a statement stays on its own page. */
export type TextSize = 'xl' | 'l' | 'm';
export const textSize = (text: string): TextSize => (text.length <= 40 ? 'xl' : text.length <= 120 ? 'l' : 'm');

export type CardSheet =
  | { kind: 'statement'; key: string; text: string; n: number; count: number; exercise: string }
  /** A card label, printed once however many boards use it; `statements`: the numbers of those that do. */
  | { kind: 'card'; key: string; label: string; statements: number[] };

/**
 * The pages to print for the room: each statement (when asked for) followed by
 * the cards its board needs that no earlier board did. A check-out that
 * mirrors a check-in uses the same cards, so only what is not a mirror prints.
 */
export function cardSheets(state: MeetingState, withStatements: boolean): CardSheet[] {
  const statements = state.exercises
    .filter((e) => !e.mirrorOf)
    .flatMap((e) => e.statements.map((s) => ({ exercise: e.title, statement: s })));
  const usedIn = new Map<string, number[]>();
  statements.forEach(({ statement }, i) => {
    for (const card of statement.board.cards) {
      const list = usedIn.get(nameKey(card.label)) ?? [];
      if (!list.includes(i + 1)) list.push(i + 1);
      usedIn.set(nameKey(card.label), list);
    }
  });
  const printed = new Set<string>();
  return statements.flatMap(({ exercise, statement }, i): CardSheet[] => {
    const cards = statement.board.cards.flatMap((card): CardSheet[] => {
      const key = nameKey(card.label);
      if (printed.has(key)) return [];
      printed.add(key);
      return [{ kind: 'card', key: `card-${card.id}`, label: card.label, statements: usedIn.get(key)! }];
    });
    const page: CardSheet = {
      kind: 'statement',
      key: `statement-${statement.id}`,
      text: statement.text,
      n: i + 1,
      count: statements.length,
      exercise,
    };
    return withStatements ? [page, ...cards] : cards;
  });
}

export interface ChartRow {
  label: string;
  /** One value per series; null draws nothing (a segment that did not run). */
  values: (number | null)[];
}

const minutesOf = (ms: number | null) => (ms === null ? null : ms / 60_000);

/** Planned vs actual minutes per segment that was not skipped. */
export function agendaChart(agenda: AgendaReport): ChartRow[] {
  return agenda.rows
    .filter((r) => r.status !== 'skipped')
    .map((r) => ({ label: r.title, values: [r.plannedMinutes, minutesOf(r.actualMs)] }));
}

/** Planned vs actual minutes per municipality in a cluster's rounds. */
export function roundsChart(cluster: ClusterTiming): ChartRow[] {
  return cluster.byMunicipality.map((m) => ({
    label: m.municipality,
    values: [minutesOf(m.plannedMs), minutesOf(m.actualMs)],
  }));
}

/** "7", "7,5" (or "7.5"): minutes with at most one decimal, in the page's language. */
export function minutesText(minutes: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 1 }).format(minutes);
}

/** "+2", "−2,5", "0": a difference in minutes with its sign. */
export function signedMinutes(ms: number, language: string): string {
  const m = Math.round(ms / 6_000) / 10;
  if (m === 0) return '0';
  return `${m > 0 ? '+' : '−'}${minutesText(Math.abs(m), language)}`;
}

/** "3,6" (or "3.6"): a mean on the evaluation's 1–5 scale, always with one decimal (EV3). */
export function meanText(mean: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(mean);
}
