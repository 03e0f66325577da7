import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/exerciseCatalogue';
import { STATEMENT_LIBRARY } from '../../../../shared/day/board';
import {
  DRAFT_LIMITS,
  editDrafts,
  fieldKey,
  planOf,
  problemAt,
  problemsOf,
  type DraftEdit,
  type StatementDraft,
} from '../../model/exerciseDraft';
import type { RunCommand } from '../agenda/runCommand';
import { fieldAttrs, FieldProblem, type DraftFields } from './DraftField';
import { StatementDraftEditor } from './StatementDraftEditor';

/**
 * A check-in built from ready statements and the facilitator's own, each
 * edited on its board. Problems show once the facilitator tries to send,
 * under their fields, and focus goes to the first.
 */
export function CreateExerciseForm({ run }: { run: RunCommand }) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState(() => t('exercise.defaultTitle'));
  const [statements, setStatements] = useState<StatementDraft[]>([]);
  const [anonymous, setAnonymous] = useState(false);
  const [hidden, setHidden] = useState(false);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const lastKey = useRef(0);
  const focusAfter = useRef<string | null>(null);

  const problems = tried ? problemsOf({ title, statements }) : [];
  const fields: DraftFields = {
    id: (field) => `${id}-${field}`,
    problem: (field) => problemAt(problems, field)?.message,
  };
  const full = statements.length >= DRAFT_LIMITS.statements;

  // Focus set by an edit moves once the edit is drawn (a new field does not exist before).
  useEffect(() => {
    if (!focusAfter.current) return;
    document.getElementById(fields.id(focusAfter.current))?.focus();
    focusAfter.current = null;
  });

  const edit = (change: DraftEdit, focus?: string) => {
    setStatements((s) => editDrafts(s, change));
    if (focus) focusAfter.current = focus;
  };
  const add = (plan?: (typeof STATEMENT_LIBRARY)[number]) => {
    if (full) return;
    const key = `s${++lastKey.current}`;
    // A library statement is added where the facilitator stands (to add more); an own one is written at once.
    edit({ type: 'add', key, ...(plan ? { plan } : {}) }, plan ? undefined : fieldKey.text(key));
    setAnnouncement(t('exercise.editor.added', { n: statements.length + 1 }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = problemsOf({ title, statements });
    // Drawn before focus moves, so the field is read out with its problem.
    flushSync(() => setTried(true));
    if (found[0]) {
      document.getElementById(fields.id(found[0].field))?.focus();
      return;
    }
    setBusy(true);
    const ok = await run({
      type: 'createExercise',
      kind: 'checkIn',
      title: title.trim(),
      statements: statements.map(planOf),
      anonymous,
      hiddenUntilReveal: hidden,
    });
    setBusy(false);
    if (ok) {
      setStatements([]);
      setTried(false);
    }
  };

  return (
    <form className="form exercise-form" onSubmit={submit} noValidate>
      <label htmlFor={fields.id(fieldKey.title)}>{t('exercise.titleLabel')}</label>
      <input
        className="input"
        value={title}
        maxLength={DRAFT_LIMITS.title}
        onChange={(e) => setTitle(e.target.value)}
        {...fieldAttrs(fields, fieldKey.title)}
      />
      <FieldProblem fields={fields} field={fieldKey.title} />

      <h3 id={`${id}-library`}>{t('exercise.library')}</h3>
      <ul className="statement-library" aria-labelledby={`${id}-library`}>
        {STATEMENT_LIBRARY.map((plan) => (
          <li key={plan.text} className="statement-library__item">
            <span>
              {plan.text} <span className="muted">({t(`board.kind.${plan.board.kind}`)})</span>
            </span>
            <button
              type="button"
              className="button button--small"
              disabled={full}
              aria-label={t('exercise.editor.addLibrary', { text: plan.text })}
              onClick={() => add(plan)}
            >
              {t('exercise.editor.add')}
            </button>
          </li>
        ))}
      </ul>

      <h3 id={fields.id('statementsHeading')} tabIndex={-1}>
        {t('exercise.editor.statements')}
      </h3>
      <p className="hint">
        {statements.length
          ? t('exercise.editor.count', { n: statements.length, max: DRAFT_LIMITS.statements })
          : t('exercise.editor.empty')}
      </p>
      {statements.length > 0 && (
        <ol className="statement-drafts">
          {statements.map((s, i) => (
            <StatementDraftEditor
              key={s.key}
              draft={s}
              index={i}
              total={statements.length}
              fields={fields}
              edit={edit}
              onMoved={(to) => setAnnouncement(t('exercise.editor.moved', { n: to }))}
              onRemoved={() => {
                edit({ type: 'remove', key: s.key }, 'statementsHeading');
                setAnnouncement(t('exercise.editor.removed'));
              }}
            />
          ))}
        </ol>
      )}
      {full && <p className="hint">{t('exercise.editor.tooManyStatements')}</p>}
      <button
        type="button"
        className="button"
        disabled={full}
        onClick={() => add()}
        {...fieldAttrs(fields, fieldKey.statements, { invalid: false })}
      >
        {t('exercise.editor.addOwn')}
      </button>
      <FieldProblem fields={fields} field={fieldKey.statements} />

      <label>
        <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />{' '}
        {t('exercise.anonymous')}
      </label>
      <label>
        <input type="checkbox" checked={hidden} onChange={(e) => setHidden(e.target.checked)} /> {t('exercise.hidden')}
      </label>
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('exercise.create')}
      </button>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </form>
  );
}
