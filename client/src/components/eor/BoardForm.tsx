import type { KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { EOR_KINDS, monthKeys, type EorProgress } from '../../../../shared/year/eor';
import { FIGURES, type BoardDraft, type CellKey, type CellProblem, type Figure } from '../../model/eorDraft';
import { useFormat } from './format';

interface Props {
  draft: BoardDraft;
  progress: EorProgress;
  problems: Map<CellKey, CellProblem>;
  readOnly: boolean;
  onChange(change: (d: BoardDraft) => BoardDraft): void;
}

/** Arrow up/down and Enter move to the same column in the next or previous month, as in a spreadsheet. */
function moveInColumn(e: KeyboardEvent<HTMLInputElement>) {
  const step = e.key === 'ArrowDown' || e.key === 'Enter' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
  if (!step) return;
  const { row, figure } = e.currentTarget.dataset;
  const next = document.querySelector<HTMLInputElement>(
    `input[data-figure="${figure}"][data-row="${Number(row) + step}"]`,
  );
  if (next) {
    e.preventDefault();
    next.focus();
    next.select();
  }
}

/** The EOR itself and its twelve months as an editable table; computed columns beside the typed ones. */
export function BoardForm({ draft, progress, problems, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  const { number, month } = useFormat();
  const keys = monthKeys(draft.start);
  const problemText = (key: CellKey) => {
    const p = problems.get(key);
    return p ? t(`eor.problems.${p}`) : null;
  };
  const plan = new Map(progress.plan.map((p) => [p.key, p.needed]));
  const set =
    <K extends keyof BoardDraft>(field: K) =>
    (value: BoardDraft[K]) =>
      onChange((d) => ({ ...d, [field]: value }));
  const yearlyProblem = problemText('yearlyTarget');

  return (
    <div className="eor-form">
      <div className="eor-form__fields">
        <label className="field field--wide">
          <span>{t('eor.form.sentence')}</span>
          <textarea
            className="input"
            rows={2}
            maxLength={400}
            value={draft.sentence}
            readOnly={readOnly}
            placeholder={t('eor.form.sentenceExample')}
            onChange={(e) => set('sentence')(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('eor.form.measure')}</span>
          <input
            className="input"
            maxLength={120}
            value={draft.measure}
            readOnly={readOnly}
            placeholder={t('eor.form.measureExample')}
            onChange={(e) => set('measure')(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('eor.form.unit')}</span>
          <input
            className="input"
            maxLength={20}
            value={draft.unit}
            readOnly={readOnly}
            placeholder={t('eor.form.unitExample')}
            onChange={(e) => set('unit')(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('eor.form.kind')}</span>
          <select
            className="input"
            value={draft.kind}
            disabled={readOnly}
            onChange={(e) => set('kind')(e.target.value as BoardDraft['kind'])}
          >
            {EOR_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`eor.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('eor.form.start')}</span>
          <input
            className="input"
            type="month"
            min="2000-01"
            max="2099-12"
            required
            value={draft.start}
            readOnly={readOnly}
            onChange={(e) => e.target.value && set('start')(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('eor.form.yearlyTarget')}</span>
          <input
            className="input"
            inputMode="decimal"
            value={draft.yearlyTarget}
            readOnly={readOnly}
            aria-invalid={yearlyProblem ? true : undefined}
            aria-describedby={yearlyProblem ? 'eor-yearly-problem' : undefined}
            onChange={(e) => set('yearlyTarget')(e.target.value)}
          />
          {yearlyProblem && (
            <span id="eor-yearly-problem" className="error">
              {yearlyProblem}
            </span>
          )}
        </label>
      </div>

      <table className="eor-table">
        <caption>{t('eor.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('eor.table.month')}</th>
            {FIGURES.map((f) => (
              <th key={f} scope="col">
                {t(`eor.figure.${f}`)}
              </th>
            ))}
            <th scope="col">{t('eor.table.vsLastYear')}</th>
            <th scope="col">{t('eor.table.cumulative')}</th>
            <th scope="col">{t('eor.table.cumulativeTarget')}</th>
            <th scope="col">{t('eor.table.needed')}</th>
          </tr>
        </thead>
        <tbody>
          {draft.months.map((m, i) => {
            const view = progress.months[i]!;
            const name = month(keys[i]!);
            return (
              <tr key={keys[i]} className={i === progress.asOf ? 'eor-table__as-of' : undefined}>
                <th scope="row">{name}</th>
                {FIGURES.map((f: Figure) => {
                  const key: CellKey = `months.${i}.${f}`;
                  const problem = problemText(key);
                  return (
                    <td key={f}>
                      <input
                        className="input eor-table__input"
                        inputMode="decimal"
                        value={m[f]}
                        readOnly={readOnly}
                        aria-label={`${t(`eor.figure.${f}`)}, ${name}`}
                        data-row={i}
                        data-figure={f}
                        aria-invalid={problem ? true : undefined}
                        aria-describedby={problem ? `eor-problem-${i}-${f}` : undefined}
                        onKeyDown={moveInColumn}
                        onChange={(e) =>
                          onChange((d) => ({
                            ...d,
                            months: d.months.map((x, j) => (j === i ? { ...x, [f]: e.target.value } : x)),
                          }))
                        }
                      />
                      {problem && (
                        <span id={`eor-problem-${i}-${f}`} className="error">
                          {problem}
                        </span>
                      )}
                    </td>
                  );
                })}
                <td className="eor-table__num">
                  {view.vsLastYear === null ? '' : `${view.vsLastYear > 0 ? '+' : ''}${number(view.vsLastYear)}`}
                </td>
                <td className="eor-table__num">{view.cumulative === null ? '' : number(view.cumulative)}</td>
                <td className="eor-table__num">{number(view.cumulativeTarget)}</td>
                <td className="eor-table__num">{plan.has(view.key) ? number(plan.get(view.key)!) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="hint">{t('eor.table.keys')}</p>
    </div>
  );
}
