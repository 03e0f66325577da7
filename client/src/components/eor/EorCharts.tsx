import type { ReactElement } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { monthKeys, type EorBoardContent, type EorProgress } from '../../../../shared/year/eor';
import { CHART, cumulativeLines, monthlyBars, type Scale } from '../../model/eorChart';
import { useFormat } from './format';

/**
 * The board's two charts in SVG: per month (this year's bars against last
 * year's, the month's target as a bar across) and cumulative (this year, last
 * year, the target line, the yearly target and the pace needed). Each series
 * differs by shape and dash as well as colour, and lines are labelled at their
 * end, so a black-and-white print or a washed-out projector still tells them apart.
 */
export function EorCharts({
  board,
  progress,
  idPrefix,
}: {
  board: EorBoardContent;
  progress: EorProgress;
  idPrefix: string;
}) {
  return (
    <div className="eor-charts">
      <MonthlyChart board={board} progress={progress} id={`${idPrefix}-monthly`} />
      <CumulativeChart board={board} progress={progress} id={`${idPrefix}-cumulative`} />
    </div>
  );
}

function useMonthLabels(start: string) {
  const { i18n } = useTranslation();
  const short = new Intl.DateTimeFormat(i18n.locale, { month: 'short', timeZone: 'UTC' });
  return monthKeys(start).map((k) => {
    const [y, m] = k.split('-').map(Number) as [number, number];
    return short.format(new Date(Date.UTC(y, m - 1, 1))).replace('.', '');
  });
}

function Axes({ scale, labels, fmt }: { scale: Scale; labels: string[]; fmt: (n: number) => string }) {
  const bottom = scale.y(0);
  return (
    <g className="eor-chart__axes" aria-hidden="true">
      {scale.ticks.map((t) => (
        <g key={t}>
          <line
            x1={CHART.left}
            x2={CHART.width - CHART.right}
            y1={scale.y(t)}
            y2={scale.y(t)}
            className="eor-chart__grid"
          />
          <text x={CHART.left - 10} y={scale.y(t)} dy="0.35em" textAnchor="end">
            {fmt(t)}
          </text>
        </g>
      ))}
      <line x1={CHART.left} x2={CHART.width - CHART.right} y1={bottom} y2={bottom} className="eor-chart__baseline" />
      {labels.map((label, i) => (
        <text key={i} x={scale.x(i)} y={bottom + 28} textAnchor="middle">
          {label}
        </text>
      ))}
    </g>
  );
}

function MonthlyChart({ board, progress, id }: { board: EorBoardContent; progress: EorProgress; id: string }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const labels = useMonthLabels(board.start);
  const { scale, months } = monthlyBars(progress);
  return (
    <figure className="eor-chart">
      <figcaption id={`${id}-title`}>
        {t('eor.chart.monthlyTitle', { measure: board.measure || t('eor.chart.theMeasure') })}
      </figcaption>
      <svg
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <desc id={`${id}-desc`}>{t('eor.chart.monthlyDesc')}</desc>
        <defs>
          <pattern id={`${id}-hatch`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" className="eor-chart__hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="8" className="eor-chart__hatch" />
          </pattern>
        </defs>
        <Axes scale={scale} labels={labels} fmt={number} />
        {months.map((m, i) => (
          <g key={i}>
            {m.lastYear && <rect {...rectOf(m.lastYear)} fill={`url(#${id}-hatch)`} className="eor-chart__bar--last" />}
            {m.thisYear && (
              <>
                <rect {...rectOf(m.thisYear)} className="eor-chart__bar--this" />
                <text
                  x={m.thisYear.x + m.thisYear.width / 2}
                  y={m.thisYear.y - 6}
                  textAnchor="middle"
                  className="eor-chart__value"
                >
                  {number(m.thisYear.value)}
                </text>
              </>
            )}
            {m.target && (
              <line
                x1={m.target.x1}
                x2={m.target.x2}
                y1={m.target.y}
                y2={m.target.y}
                className="eor-chart__target-tick"
              />
            )}
          </g>
        ))}
      </svg>
      <ul className="eor-legend">
        <li>
          <Swatch kind="thisBar" id={id} />
          {t('eor.chart.thisYear')}
        </li>
        <li>
          <Swatch kind="lastBar" id={id} />
          {t('eor.chart.lastYear')}
        </li>
        <li>
          <Swatch kind="targetTick" id={id} />
          {t('eor.chart.monthTarget')}
        </li>
      </ul>
    </figure>
  );
}

const rectOf = (b: { x: number; y: number; width: number; height: number }) => ({
  x: b.x,
  y: b.y,
  width: b.width,
  height: Math.max(0, b.height),
});

function CumulativeChart({ board, progress, id }: { board: EorBoardContent; progress: EorProgress; id: string }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const labels = useMonthLabels(board.start);
  const lines = cumulativeLines(progress, board.yearlyTarget);
  const { scale } = lines;
  const end = CHART.width - CHART.right + 10;
  const last = <T,>(xs: readonly T[]) => xs[xs.length - 1];
  const thisEnd = last(lines.thisYear.points);
  const lastYearEnd = last(lines.lastYear.points);
  const paceEnd = last(lines.pace.points);
  return (
    <figure className="eor-chart">
      <figcaption id={`${id}-title`}>{t('eor.chart.cumulativeTitle')}</figcaption>
      <svg
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <desc id={`${id}-desc`}>{t('eor.chart.cumulativeDesc')}</desc>
        <Axes scale={scale} labels={labels} fmt={number} />
        {lines.goal !== null && (
          <g>
            <line
              x1={CHART.left}
              x2={CHART.width - CHART.right}
              y1={lines.goal}
              y2={lines.goal}
              className="eor-chart__goal"
            />
            <text x={end} y={lines.goal} dy="0.35em" className="eor-chart__label">
              {t('eor.chart.goalLabel', { value: number(board.yearlyTarget ?? 0) })}
            </text>
          </g>
        )}
        <path d={lines.target.d} className="eor-chart__line--target" />
        <path d={lines.lastYear.d} className="eor-chart__line--last" />
        {lines.lastYear.points.map((p, i) => (
          <rect key={i} x={p.x - 5} y={p.y - 5} width="10" height="10" className="eor-chart__marker--last" />
        ))}
        {lines.pace.d && <path d={lines.pace.d} className="eor-chart__line--pace" />}
        <path d={lines.thisYear.d} className="eor-chart__line--this" />
        {lines.thisYear.points.map((p, i) => (
          <circle key={i} cx={p.x} cy={p.y} r="6" className="eor-chart__marker--this" />
        ))}
        {/* Up and left of the last point: the pace label starts to its right. */}
        {thisEnd && (
          <text
            x={thisEnd.x - 8}
            y={thisEnd.y - 14}
            textAnchor="end"
            className="eor-chart__label eor-chart__label--this"
          >
            {number(thisEnd.value)}
          </text>
        )}
        {lastYearEnd && (
          <text x={end} y={Math.min(lastYearEnd.y, scale.y(0) - 8)} dy="0.35em" className="eor-chart__label">
            {t('eor.chart.lastYearLabel', { value: number(lastYearEnd.value) })}
          </text>
        )}
        {paceEnd && progress.pacePerMonth !== null && (
          <text
            x={(thisEnd?.x ?? CHART.left) + 14}
            y={((thisEnd?.y ?? scale.y(0)) + paceEnd.y) / 2 + 18}
            className="eor-chart__label eor-chart__label--pace"
          >
            {t('eor.chart.paceLabel', { value: number(progress.pacePerMonth) })}
          </text>
        )}
      </svg>
      <ul className="eor-legend">
        <li>
          <Swatch kind="thisLine" id={id} />
          {t('eor.chart.thisYear')}
        </li>
        <li>
          <Swatch kind="lastLine" id={id} />
          {t('eor.chart.lastYear')}
        </li>
        <li>
          <Swatch kind="targetLine" id={id} />
          {t('eor.chart.targetLine')}
        </li>
        <li>
          <Swatch kind="pace" id={id} />
          {t('eor.chart.paceNeeded')}
        </li>
        <li>
          <Swatch kind="goal" id={id} />
          {t('eor.chart.goal')}
        </li>
      </ul>
    </figure>
  );
}

type SwatchKind = 'thisBar' | 'lastBar' | 'targetTick' | 'thisLine' | 'lastLine' | 'targetLine' | 'pace' | 'goal';

/** The legend's sample of a series, drawn as the chart draws it. */
function Swatch({ kind, id }: { kind: SwatchKind; id: string }) {
  const line = (className: string) => <line x1="2" x2="38" y1="10" y2="10" className={className} />;
  const shapes: Record<SwatchKind, ReactElement> = {
    thisBar: <rect x="8" y="2" width="24" height="16" className="eor-chart__bar--this" />,
    lastBar: (
      <rect
        x="8"
        y="2"
        width="24"
        height="16"
        fill={`url(#${id.replace('cumulative', 'monthly')}-hatch)`}
        className="eor-chart__bar--last"
      />
    ),
    targetTick: line('eor-chart__target-tick'),
    thisLine: (
      <>
        {line('eor-chart__line--this')}
        <circle cx="20" cy="10" r="5" className="eor-chart__marker--this" />
      </>
    ),
    lastLine: (
      <>
        {line('eor-chart__line--last')}
        <rect x="15" y="5" width="10" height="10" className="eor-chart__marker--last" />
      </>
    ),
    targetLine: line('eor-chart__line--target'),
    pace: line('eor-chart__line--pace'),
    goal: line('eor-chart__goal'),
  };
  return (
    <svg className="eor-legend__swatch" viewBox="0 0 40 20" aria-hidden="true">
      {shapes[kind]}
    </svg>
  );
}
