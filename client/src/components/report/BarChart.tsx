import { useId } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { minutesText, type ChartRow } from '../../model/report';

/** Series are told apart by fill pattern and the legend's words, never by colour alone: the page prints in black and white. */
export type BarFill = 'solid' | 'hatch' | 'dots';
export interface BarSeries {
  label: string;
  fill: BarFill;
}

const WIDTH = 640;
const LABEL_W = 200;
const VALUE_W = 56;
const BAR_H = 14;
const ROW_GAP = 10;
const LEGEND_H = 24;

/** About what fits in LABEL_W at 12 px; the table beside the chart has the whole name. */
const short = (label: string) => (label.length > 25 ? `${label.slice(0, 24)}…` : label);

/**
 * Horizontal bars, one group per row and one bar per series, with the value
 * written at each bar's end and a zero line when values go below zero.
 * The numbers are also in the table beside it; the chart is for the eye.
 */
export function BarChart({
  title,
  series,
  rows,
  format,
}: {
  title: string;
  series: readonly BarSeries[];
  rows: readonly ChartRow[];
  format: (v: number) => string;
}) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const values = rows.flatMap((r) => r.values.filter((v): v is number => v !== null));
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  const plot = WIDTH - LABEL_W - 2 * VALUE_W;
  const x = (v: number) => LABEL_W + VALUE_W + ((v - min) / span) * plot;
  const groupH = series.length * BAR_H + ROW_GAP;
  const height = LEGEND_H + rows.length * groupH + 4;
  const fillOf = (f: BarFill) => (f === 'solid' ? '#1f3a5f' : `url(#${uid}-${f})`);
  return (
    <figure className="bar-chart">
      <figcaption id={`${uid}-title`} className="bar-chart__title">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${uid}-title`} className="bar-chart__svg">
        <defs>
          <pattern id={`${uid}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#1b1f24" strokeWidth="2.5" />
          </pattern>
          <pattern id={`${uid}-dots`} width="5" height="5" patternUnits="userSpaceOnUse">
            <rect width="5" height="5" fill="#ffffff" />
            <circle cx="2.5" cy="2.5" r="1.3" fill="#1b1f24" />
          </pattern>
        </defs>
        {series.length > 1 &&
          series.map((s, i) => (
            <g key={s.label} transform={`translate(${LABEL_W + VALUE_W + i * 150}, 4)`}>
              <rect width="16" height="12" fill={fillOf(s.fill)} stroke="#1b1f24" />
              <text x="22" y="11" fontSize="12">
                {s.label}
              </text>
            </g>
          ))}
        {min < 0 && <line x1={x(0)} x2={x(0)} y1={LEGEND_H - 4} y2={height} stroke="#1b1f24" strokeDasharray="3 2" />}
        {rows.map((row, r) => {
          const top = LEGEND_H + r * groupH;
          return (
            <g key={`${row.label}-${r}`}>
              <text x={LABEL_W - 6} y={top + (series.length * BAR_H) / 2 + 4} fontSize="12" textAnchor="end">
                {short(row.label)}
              </text>
              {row.values.map((v, i) => {
                if (v === null) return null;
                const y = top + i * BAR_H;
                const left = Math.min(x(0), x(v));
                const right = Math.max(x(0), x(v));
                return (
                  <g key={i}>
                    <rect
                      x={left}
                      y={y}
                      width={Math.max(right - left, 1)}
                      height={BAR_H - 2}
                      fill={fillOf(series[i]?.fill ?? 'solid')}
                      stroke="#1b1f24"
                      strokeWidth="0.8"
                    />
                    <text
                      x={v < 0 ? left - 4 : right + 4}
                      y={y + BAR_H - 4}
                      fontSize="11"
                      textAnchor={v < 0 ? 'end' : 'start'}
                    >
                      {format(v)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** Minutes planned (hatched) against minutes taken (solid), per row: the agenda's segments, a cluster's phases. */
export function PlannedActualChart({ title, rows }: { title: string; rows: ChartRow[] }) {
  const { t, i18n } = useTranslation();
  return (
    <BarChart
      title={title}
      series={[
        { label: t('report.agenda.plannedSeries'), fill: 'hatch' },
        { label: t('report.agenda.actualSeries'), fill: 'solid' },
      ]}
      rows={rows}
      format={(v) => minutesText(v, i18n.locale)}
    />
  );
}
