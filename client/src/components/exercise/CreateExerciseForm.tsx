import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { boardTemplate, STATEMENT_LIBRARY } from '../../../../shared/board';
import { BOARD_KINDS, type BoardKind, type StatementPlan } from '../../../../shared/protocol';
import type { RunCommand } from '../agenda/runCommand';

/** A check-in from the ready statements and the facilitator's own, each on its board. */
export function CreateExerciseForm({ run }: { run: RunCommand }) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState(() => t('exercise.defaultTitle'));
  const [chosen, setChosen] = useState<number[]>([0, 1]);
  const [ownText, setOwnText] = useState('');
  const [ownKind, setOwnKind] = useState<BoardKind>('line');
  const [anonymous, setAnonymous] = useState(false);
  const [hidden, setHidden] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const statements: StatementPlan[] = chosen.map((i) => STATEMENT_LIBRARY[i]!);
    if (ownText.trim()) statements.push({ text: ownText.trim(), board: boardTemplate(ownKind) });
    if (!title.trim()) return setError('exercise.titleRequired');
    if (!statements.length) return setError('exercise.statementsRequired');
    setError(null);
    if (await run({ type: 'createExercise', kind: 'checkIn', title: title.trim(), statements, anonymous, hiddenUntilReveal: hidden })) {
      setOwnText('');
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-title`}>{t('exercise.titleLabel')}</label>
      <input id={`${id}-title`} className="input" value={title} maxLength={80} onChange={(e) => setTitle(e.target.value)} />
      <fieldset className="checks">
        <legend>{t('exercise.library')}</legend>
        {STATEMENT_LIBRARY.map((s, i) => (
          <label key={s.text}>
            <input
              type="checkbox"
              checked={chosen.includes(i)}
              onChange={(e) => setChosen(e.target.checked ? [...chosen, i].sort((a, b) => a - b) : chosen.filter((c) => c !== i))}
            />{' '}
            {s.text} <span className="muted">({t(`board.kind.${s.board.kind}`)})</span>
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-own`}>{t('exercise.ownStatement')}</label>
      <input id={`${id}-own`} className="input" value={ownText} maxLength={300} onChange={(e) => setOwnText(e.target.value)} />
      <label htmlFor={`${id}-kind`}>{t('exercise.boardKind')}</label>
      <select id={`${id}-kind`} className="input" value={ownKind} onChange={(e) => setOwnKind(e.target.value as BoardKind)}>
        {BOARD_KINDS.map((k) => (
          <option key={k} value={k}>{t(`board.kind.${k}`)}</option>
        ))}
      </select>
      <label><input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} /> {t('exercise.anonymous')}</label>
      <label><input type="checkbox" checked={hidden} onChange={(e) => setHidden(e.target.checked)} /> {t('exercise.hidden')}</label>
      {error && <p className="error" role="alert">{t(error)}</p>}
      <button type="submit" className="button button--primary">{t('exercise.create')}</button>
    </form>
  );
}
