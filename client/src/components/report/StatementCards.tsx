import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { MeetingState } from '../../../../shared/protocol';
import { cardSheets, PAPER_SIZES, textSize, type PaperSize } from '../../model/report';

/** The check-in's statements and every board's card labels, one per landscape page in large type, for the room. */
export function StatementCards({ state }: { state: MeetingState }) {
  const { t } = useTranslation();
  const [size, setSize] = useState<PaperSize>('a4');
  const [withStatements, setWithStatements] = useState(true);
  const sheets = cardSheets(state, withStatements);
  return (
    <>
      <div className="report-toolbar no-print">
        <p>{t('report.cards.lead')}</p>
        <label htmlFor="cards-size">{t('report.cards.size')}</label>
        <select
          id="cards-size"
          className="input input--inline"
          value={size}
          onChange={(e) => setSize(PAPER_SIZES.find((s) => s === e.target.value) ?? 'a4')}
        >
          {PAPER_SIZES.map((s) => (
            <option key={s} value={s}>
              {t(`report.cards.${s}`)}
            </option>
          ))}
        </select>
        <label className="checkbox">
          <input type="checkbox" checked={withStatements} onChange={(e) => setWithStatements(e.target.checked)} />
          <span>{t('report.cards.withStatements')}</span>
        </label>
        <div className="controls">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('report.print')}
          </button>
        </div>
        <p className="hint">
          {t('report.cards.pages', { count: sheets.length })} · {t('report.printHint')}
        </p>
      </div>
      {sheets.length === 0 && <p>{t('report.cards.none')}</p>}
      <div className={`print-sheets print-sheets--${size}`}>
        {sheets.map((sheet) =>
          sheet.kind === 'statement' ? (
            <article key={sheet.key} className="print-sheet print-sheet--statement">
              <p className="print-sheet__meta">
                {t('report.cards.statementOf', { n: sheet.n, total: sheet.count, exercise: sheet.exercise })}
              </p>
              <p className={`print-sheet__text print-sheet__text--${textSize(sheet.text)}`}>{sheet.text}</p>
            </article>
          ) : (
            <article key={sheet.key} className="print-sheet print-sheet--card">
              <p className={`print-sheet__label print-sheet__label--${textSize(sheet.label)}`}>{sheet.label}</p>
              <p className="print-sheet__meta">{t('report.cards.usedIn', { list: sheet.statements.join(', ') })}</p>
            </article>
          ),
        )}
      </div>
    </>
  );
}
