/**
 * The geometry of the EOR board's two charts, pure so it is tested without
 * rendering: scales with round ticks, the bars per month and the lines of the
 * cumulative chart (this year, last year, the target line and the pace needed
 * from the last reported month to the yearly target).
 */
import type { EorProgress } from '../../../shared/year/eor';

export const CHART = { width: 960, height: 380, left: 64, right: 190, top: 24, bottom: 48 } as const;
const plotWidth = CHART.width - CHART.left - CHART.right;
const plotHeight = CHART.height - CHART.top - CHART.bottom;

/** Up to about five round ticks (1, 2 or 5 × 10ⁿ apart) from 0 to at least `max`. */
export function niceTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => Math.round(i * step * 1e6) / 1e6);
}

export interface Scale {
  ticks: number[];
  y(value: number): number;
  /** The centre of month i's slot. */
  x(index: number): number;
  slot: number;
}

export function scaleFor(max: number): Scale {
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1]!;
  const slot = plotWidth / 12;
  return {
    ticks,
    slot,
    y: (v) => CHART.top + plotHeight - (v / top) * plotHeight,
    x: (i) => CHART.left + slot * (i + 0.5),
  };
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
}

/** Per month: this year's bar (left) and last year's (right), and the month's target as a tick across both. */
export function monthlyBars(progress: EorProgress) {
  const max = Math.max(1, ...progress.months.flatMap((m) => [m.outcome ?? 0, m.lastYear ?? 0, m.target]));
  const scale = scaleFor(max);
  const width = scale.slot * 0.36;
  const bar = (i: number, value: number | null, side: -1 | 1): Bar | null =>
    value === null
      ? null
      : {
          x: scale.x(i) + (side < 0 ? -width : 0),
          y: scale.y(value),
          width,
          height: scale.y(0) - scale.y(value),
          value,
        };
  return {
    scale,
    months: progress.months.map((m, i) => ({
      thisYear: bar(i, m.outcome, -1),
      lastYear: bar(i, m.lastYear, 1),
      target:
        m.target > 0
          ? { x1: scale.x(i) - width - 4, x2: scale.x(i) + width + 4, y: scale.y(m.target), value: m.target }
          : null,
    })),
  };
}

type Point = { x: number; y: number; value: number };
const path = (points: readonly Point[]) =>
  points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');

/** The cumulative chart: each line's points and SVG path; the pace-needed line runs from the last report to the yearly target. */
export function cumulativeLines(progress: EorProgress, yearlyTarget: number | null) {
  const max = Math.max(
    1,
    yearlyTarget ?? 0,
    ...progress.months.flatMap((m) => [m.cumulative ?? 0, m.cumulativeLastYear ?? 0, m.cumulativeTarget]),
  );
  const scale = scaleFor(max);
  const points = (pick: (m: EorProgress['months'][number]) => number | null) =>
    progress.months.flatMap((m, i) => {
      const v = pick(m);
      return v === null ? [] : [{ x: scale.x(i), y: scale.y(v), value: v }];
    });
  const thisYear = points((m) => m.cumulative);
  const lastYear = points((m) => m.cumulativeLastYear);
  const target = points((m) => m.cumulativeTarget);
  const from = progress.asOf >= 0 ? thisYear[thisYear.length - 1]! : { x: scale.x(-1), y: scale.y(0), value: 0 };
  const pace =
    yearlyTarget !== null && progress.gap > 0 && progress.remainingMonths > 0
      ? [from, { x: scale.x(11), y: scale.y(yearlyTarget), value: yearlyTarget }]
      : [];
  return {
    scale,
    thisYear: { points: thisYear, d: path(thisYear) },
    lastYear: { points: lastYear, d: path(lastYear) },
    target: { points: target, d: path(target) },
    pace: { points: pace, d: path(pace) },
    goal: yearlyTarget === null ? null : scale.y(yearlyTarget),
  };
}
