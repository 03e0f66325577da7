import { useTranslation } from '../../i18n/useTranslation';
import { boardAsAt, eorProgress } from '../../../../shared/year/eor';
import type { BoardEntry } from '../../../../shared/year/eorApi';
import { useFormat } from './format';

const ROW = 56;
const LABEL = 300;
const WIDTH = 960;
const BAR = WIDTH - LABEL - 230;

/**
 * Every board side by side, as at a chosen month (a lärträff's): how far each
 * has come towards its yearly target (the bar), where its target line stands
 * (the tall tick) and what each remaining month needs. Per cent and figures
 * are written out; the tick is a shape, not a colour.
 */
export function ProgressOverview({
  boards,
  asAt,
  boardHref,
}: {
  boards: readonly BoardEntry[];
  asAt: string | null;
  boardHref: (boardId: string) => string;
}) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const rows = boards.map((b) => {
    const board = asAt ? boardAsAt(b.board, asAt) : b.board;
    return { entry: b, board, progress: eorProgress(board) };
  });
  const height = rows.length * ROW + 30;
  return (
    <>
      <figure className="eor-chart">
        <figcaption id="eor-overview-title">{t('eor.overview.chartTitle')}</figcaption>
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          role="img"
          aria-labelledby="eor-overview-title"
          aria-describedby="eor-overview-desc"
        >
          <desc id="eor-overview-desc">{t('eor.overview.chartDesc')}</desc>
          {[0, 0.25, 0.5, 0.75, 1].map((f) => (
            <g key={f} aria-hidden="true">
              <line x1={LABEL + f * BAR} x2={LABEL + f * BAR} y1={0} y2={height - 24} className="eor-chart__grid" />
              <text x={LABEL + f * BAR} y={height - 6} textAnchor="middle">
                {Math.round(f * 100)} %
              </text>
            </g>
          ))}
          {rows.map(({ entry, board, progress }, i) => {
            const y = i * ROW + 8;
            const target = board.yearlyTarget;
            const share = target ? Math.min(1, progress.total / target) : 0;
            const line = target ? Math.min(1, progress.targetToDate / target) : 0;
            return (
              <g key={entry.boardId}>
                <text x={LABEL - 12} y={y + 20} textAnchor="end" className="eor-chart__label">
                  {entry.name}
                </text>
                <rect x={LABEL} y={y + 4} width={BAR} height={30} className="eor-chart__track" />
                <rect x={LABEL} y={y + 4} width={share * BAR} height={30} className="eor-chart__bar--this" />
                {target !== null && (
                  <line
                    x1={LABEL + line * BAR}
                    x2={LABEL + line * BAR}
                    y1={y - 2}
                    y2={y + 40}
                    className="eor-chart__line-tick"
                  />
                )}
                <text x={LABEL + BAR + 12} y={y + 24} className="eor-chart__label">
                  {target
                    ? `${number(progress.total)} / ${number(target)} (${Math.round((progress.total / target) * 100)} %)`
                    : t('eor.overview.noTarget')}
                </text>
              </g>
            );
          })}
        </svg>
        <p className="hint">{t('eor.overview.legend')}</p>
      </figure>
      <table className="eor-table eor-overview">
        <caption>{t('eor.overview.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('eor.overview.board')}</th>
            <th scope="col">{t('eor.overview.sentence')}</th>
            <th scope="col">{t('eor.overview.total')}</th>
            <th scope="col">{t('eor.figures.targetToDate')}</th>
            <th scope="col">{t('eor.figures.gap')}</th>
            <th scope="col">{t('eor.figures.pace')}</th>
            <th scope="col">{t('eor.overview.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ entry, board, progress }) => (
            <tr key={entry.boardId}>
              <th scope="row">
                <a href={boardHref(entry.boardId)}>{entry.name}</a>
                {entry.process && <span className="muted"> · {t('eor.overview.process')}</span>}
              </th>
              <td>{board.sentence || <span className="muted">{t('eor.noSentence')}</span>}</td>
              <td className="eor-table__num">
                {number(progress.total)}
                {board.yearlyTarget !== null && ` / ${number(board.yearlyTarget)}`}
              </td>
              <td className="eor-table__num">{number(progress.targetToDate)}</td>
              {/* Without a yearly target nothing is left to it: a dash, not a 0 that reads as "reached". */}
              <td className="eor-table__num">{board.yearlyTarget === null ? '–' : number(progress.gap)}</td>
              <td className="eor-table__num">{progress.pacePerMonth === null ? '–' : number(progress.pacePerMonth)}</td>
              <td>{t(`eor.status.${progress.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
