/**
 * The EOR board (extraordinärt resultat): a municipality's (or one of the host
 * team's processes') chosen result for the year, followed month by month in
 * its stödstruktur: this year against last year, per month and cumulative, the
 * target line, what is left to the yearly target and the pace each remaining
 * month needs (bakåtplanering). Pure: the schema and the arithmetic.
 */
import * as z from 'zod/mini';
import { Text } from '../protocol/data';

export const MONTHS_PER_YEAR = 12;
/** Far above any real monthly figure (Trelleborg's record May was 55 people), far below float trouble. */
export const MAX_EOR_VALUE = 1_000_000;

/** `count`: whole things (people, decisions); `amount`: a measure with decimals (kronor, hours, per cent). */
export const EOR_KINDS = ['count', 'amount'] as const;
export const EorKind = z.enum(EOR_KINDS);
export type EorKind = z.infer<typeof EorKind>;

const bounds = [
  z.gte(0, 'cannot be negative'),
  z.lte(MAX_EOR_VALUE, `cannot be more than ${MAX_EOR_VALUE.toLocaleString('en')}`),
] as const;
/** An amount: any number in bounds. */
const Amount = z.number({ error: 'must be a number' }).check(...bounds);
/** A count is whole: 2.5 people is a typing error. */
const Count = z
  .int({
    error: (issue) =>
      typeof issue.input === 'number' && Number.isFinite(issue.input) ? 'must be a whole number' : 'must be a number',
  })
  .check(...bounds);

/** A month's figure; null is "no data yet" (JSON has no NaN: a NaN sent arrives as null, one given here is refused). */
const monthOf = <T extends number>(value: z.ZodMiniType<T>) =>
  z.object({ target: z.nullable(value), outcome: z.nullable(value), lastYear: z.nullable(value) });
export const EorMonth = monthOf(Amount);
export type EorMonth = z.infer<typeof EorMonth>;

/**
 * The board's fields, with its figures whole or not by its kind. A union on
 * `kind` rather than a refinement: the phone's bundle shares zod's code with
 * these pages, and it already has everything used here.
 */
const shapeOf = <K extends EorKind, T extends number>(kind: K, value: z.ZodMiniType<T>) => ({
  /** The EOR itself, as the group said it: "Vi ska få 400 trelleborgare från bidrag till egen försörjning i år." */
  sentence: Text(400),
  /** What is counted each month: "personer till arbete eller studier". */
  measure: Text(120),
  /** Shown after numbers: "personer", "kr", "%". */
  unit: Text(20),
  kind: z.literal(kind),
  /** The board's first month (YYYY-MM); the year runs twelve months from it, which need not be January. */
  start: z.string().check(z.regex(/^(20\d\d)-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM, 2000–2099')),
  yearlyTarget: z.nullable(value),
  months: z
    .array(monthOf(value))
    .check(
      z.minLength(MONTHS_PER_YEAR, `must be ${MONTHS_PER_YEAR} months`),
      z.maxLength(MONTHS_PER_YEAR, `must be ${MONTHS_PER_YEAR} months`),
    ),
});
const countShape = shapeOf('count', Count);
const amountShape = shapeOf('amount', Amount);

/** What the municipality edits: everything but the version. */
export const EorBoardContent = z.discriminatedUnion('kind', [z.object(countShape), z.object(amountShape)]);
export type EorBoardContent = z.infer<typeof EorBoardContent>;

const Version = z.int().check(z.gte(0));
/** A board as saved and loaded: the content and the version a save must name (optimistic concurrency). */
export const EorBoard = z.discriminatedUnion('kind', [
  z.object({ ...countShape, version: Version }),
  z.object({ ...amountShape, version: Version }),
]);
export type EorBoard = z.infer<typeof EorBoard>;

/** An empty board starting at `start` (YYYY-MM). */
export function blankBoard(start: string, kind: EorKind = 'count'): EorBoardContent {
  return {
    sentence: '',
    measure: '',
    unit: '',
    kind,
    start,
    yearlyTarget: null,
    months: Array.from({ length: MONTHS_PER_YEAR }, () => ({ target: null, outcome: null, lastYear: null })),
  };
}

/** The twelve months as YYYY-MM, from `start`. */
export function monthKeys(start: string): string[] {
  const [year, month] = start.split('-').map(Number) as [number, number];
  return Array.from({ length: MONTHS_PER_YEAR }, (_, i) => {
    const m = month - 1 + i;
    return `${year + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
}

// ---------------------------------------------------------------- the arithmetic

export const EOR_STATUSES = ['noTarget', 'notStarted', 'met', 'onTrack', 'behind', 'missed'] as const;
export type EorStatus = (typeof EOR_STATUSES)[number];

export interface EorMonthView {
  key: string;
  outcome: number | null;
  lastYear: number | null;
  /** The month's planned figure: its own target, or its share of what the unplanned months must carry. */
  target: number;
  /** This year minus last year, when both are there. */
  vsLastYear: number | null;
  /** Running totals, null after the last month with a figure (the future is not zero); a hole before it counts as nothing. */
  cumulative: number | null;
  cumulativeLastYear: number | null;
  cumulativeTarget: number;
}

export interface EorProgress {
  months: EorMonthView[];
  /** Index of the last month with an outcome (-1: none yet): the board is "as of" that month. */
  asOf: number;
  /** Months before `asOf` with no outcome: holes to fill in, counted as nothing so far. */
  missing: number[];
  total: number;
  /** Last year's total to the same month, and its change (null when last year had nothing). */
  lastYearToDate: number | null;
  changePercent: number | null;
  /** Where the target line stands at `asOf` (0 before any report). */
  targetToDate: number;
  /** yearlyTarget − total: what is left (0 once met); `surplus` is how far past it. */
  gap: number;
  surplus: number;
  remainingMonths: number;
  /** What each remaining month must bring on average to reach the yearly target (bakåtplanering); null when there is no target or no month left. */
  pacePerMonth: number | null;
  /** The average so far per month up to `asOf` (holes included, as nothing), to one decimal. */
  paceSoFar: number | null;
  /** The gap spread over the remaining months, summing to it exactly (for counts, whole numbers with the larger first); empty once met. */
  plan: { key: string; needed: number }[];
  status: EorStatus;
}

/** Counts are whole; amounts are kept to two decimals so sums do not drift. */
const roundFor = (kind: EorKind, x: number) => (kind === 'count' ? Math.round(x) : Math.round(x * 100) / 100);

/** `total` split over `n` parts summing to it exactly: whole parts for counts (the larger first), cents for amounts. */
export function spread(total: number, n: number, kind: EorKind): number[] {
  if (n <= 0) return [];
  const unit = kind === 'count' ? 1 : 0.01;
  const units = Math.round(total / unit);
  const base = Math.floor(units / n);
  const extra = units - base * n;
  return Array.from({ length: n }, (_, i) => roundFor(kind, (base + (i < extra ? 1 : 0)) * unit));
}

/** Everything the board's charts and figures show, from its numbers alone. */
export function eorProgress(board: EorBoardContent): EorProgress {
  const { kind, months } = board;
  const keys = monthKeys(board.start);
  const target = board.yearlyTarget;
  const lastWith = (f: 'outcome' | 'lastYear') => months.reduce((last, m, i) => (m[f] !== null ? i : last), -1);
  const asOf = lastWith('outcome');
  const lastYearEnd = lastWith('lastYear');

  // The target line: planned months keep their figure; the rest share what is left of the yearly target.
  const planned = months.reduce((s, m) => s + (m.target ?? 0), 0);
  const unplanned = months.filter((m) => m.target === null).length;
  const shares = spread(Math.max(0, (target ?? planned) - planned), unplanned, kind);
  let share = 0;
  const monthTargets = months.map((m) => m.target ?? shares[share++]!);

  let cumulative = 0;
  let cumulativeLastYear = 0;
  let cumulativeTarget = 0;
  const view = months.map((m, i): EorMonthView => {
    if (i <= asOf) cumulative = roundFor(kind, cumulative + (m.outcome ?? 0));
    if (i <= lastYearEnd) cumulativeLastYear = roundFor(kind, cumulativeLastYear + (m.lastYear ?? 0));
    cumulativeTarget = roundFor(kind, cumulativeTarget + monthTargets[i]!);
    return {
      key: keys[i]!,
      outcome: m.outcome,
      lastYear: m.lastYear,
      target: monthTargets[i]!,
      vsLastYear: m.outcome !== null && m.lastYear !== null ? roundFor(kind, m.outcome - m.lastYear) : null,
      cumulative: i <= asOf ? cumulative : null,
      cumulativeLastYear: i <= lastYearEnd ? cumulativeLastYear : null,
      cumulativeTarget,
    };
  });

  const total = asOf >= 0 ? cumulative : 0;
  const lastYearToDate = asOf >= 0 ? view[asOf]!.cumulativeLastYear : null;
  const remainingMonths = MONTHS_PER_YEAR - 1 - asOf;
  const gap = target === null ? 0 : roundFor(kind, Math.max(0, target - total));
  const planShares = target === null || gap === 0 ? [] : spread(gap, remainingMonths, kind);
  const targetToDate = asOf >= 0 ? view[asOf]!.cumulativeTarget : 0;
  return {
    months: view,
    asOf,
    missing: months.flatMap((m, i) => (i < asOf && m.outcome === null ? [i] : [])),
    total,
    lastYearToDate,
    changePercent: lastYearToDate ? Math.round(((total - lastYearToDate) / lastYearToDate) * 1000) / 10 : null,
    targetToDate,
    gap,
    surplus: target === null ? 0 : roundFor(kind, Math.max(0, total - target)),
    remainingMonths,
    pacePerMonth:
      target === null || remainingMonths === 0
        ? null
        : kind === 'count'
          ? Math.ceil(gap / remainingMonths)
          : Math.ceil((gap / remainingMonths) * 100) / 100,
    paceSoFar: asOf >= 0 ? Math.round((total / (asOf + 1)) * 10) / 10 : null,
    plan: planShares.map((needed, i) => ({ key: keys[asOf + 1 + i]!, needed })),
    status:
      target === null
        ? 'noTarget'
        : total >= target
          ? 'met'
          : remainingMonths === 0
            ? 'missed'
            : asOf < 0
              ? 'notStarted'
              : total >= targetToDate
                ? 'onTrack'
                : 'behind',
  };
}

/** The board as it stood before `month` (YYYY-MM): later outcomes not yet known, as at a lärträff that month. */
export function boardAsAt<B extends EorBoardContent>(board: B, month: string): B {
  const keys = monthKeys(board.start);
  return { ...board, months: board.months.map((m, i) => (keys[i]! >= month ? { ...m, outcome: null } : m)) };
}
