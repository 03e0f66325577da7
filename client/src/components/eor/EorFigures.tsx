import { useTranslation } from '../../i18n/useTranslation';
import { monthKeys, type EorBoardContent, type EorProgress } from '../../../../shared/year/eor';
import { useFormat } from './format';

/** The board's figures in words and big numbers: where it stands, against last year and the line, what is left and the pace needed. */
export function EorFigures({ board, progress }: { board: EorBoardContent; progress: EorProgress }) {
  const { t } = useTranslation();
  const { number, month } = useFormat();
  const unit = board.unit || '';
  const keys = monthKeys(board.start);
  const asOf = progress.asOf >= 0 ? month(keys[progress.asOf]!) : null;
  return (
    <div className="eor-figures">
      <p className={`eor-status eor-status--${progress.status}`}>
        <span aria-hidden="true">{STATUS_ICON[progress.status]} </span>
        {t(`eor.status.${progress.status}`)}
      </p>
      <dl className="eor-figures__list">
        <div>
          <dt>{asOf ? t('eor.figures.totalAsOf', { month: asOf }) : t('eor.figures.total')}</dt>
          <dd>
            <strong>{number(progress.total)}</strong>
            {board.yearlyTarget !== null && <> {t('eor.figures.of', { target: number(board.yearlyTarget) })}</>} {unit}
          </dd>
        </div>
        <div>
          <dt>{t('eor.figures.targetToDate')}</dt>
          <dd>
            <strong>{number(progress.targetToDate)}</strong> {unit}
          </dd>
        </div>
        <div>
          <dt>{t('eor.figures.lastYearToDate')}</dt>
          <dd>
            <strong>{progress.lastYearToDate === null ? '–' : number(progress.lastYearToDate)}</strong>
            {progress.changePercent !== null && (
              <>
                {' '}
                ({progress.changePercent > 0 ? '+' : ''}
                {number(progress.changePercent)} %)
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{progress.surplus > 0 ? t('eor.figures.surplus') : t('eor.figures.gap')}</dt>
          <dd>
            <strong>{number(progress.surplus > 0 ? progress.surplus : progress.gap)}</strong> {unit}
          </dd>
        </div>
        <div>
          <dt>{t('eor.figures.pace')}</dt>
          <dd>
            <strong>{progress.pacePerMonth === null ? '–' : number(progress.pacePerMonth)}</strong>
            {progress.pacePerMonth !== null && <> {t('eor.figures.perMonth', { count: progress.remainingMonths })}</>}
          </dd>
        </div>
        <div>
          <dt>{t('eor.figures.paceSoFar')}</dt>
          <dd>
            <strong>{progress.paceSoFar === null ? '–' : number(progress.paceSoFar)}</strong>{' '}
            {progress.paceSoFar !== null && t('eor.figures.perMonthShort')}
          </dd>
        </div>
      </dl>
      {progress.missing.length > 0 && (
        <p className="hint">
          {t('eor.figures.missing', { months: progress.missing.map((i) => month(keys[i]!)).join(', ') })}
        </p>
      )}
    </div>
  );
}

/** A shape beside the words, so the status never rests on colour. */
const STATUS_ICON: Record<EorProgress['status'], string> = {
  noTarget: '○',
  notStarted: '○',
  met: '★',
  onTrack: '▲',
  behind: '▼',
  missed: '✕',
};
