import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { DEFAULT_EVALUATION } from '../../../../shared/day/evaluationResults';
import { MAX_EVALUATION_QUESTIONS, MIN_EVALUATION_QUESTIONS, type Evaluation } from '../../../../shared/protocol';
import '../../evaluation.css';
import '../../i18n/evaluationCatalogue';
import { CONTENT_LANG } from '../../i18n/content';
import { useMeetingStore } from '../../meetingStore';
import type { RunCommand } from '../agenda/runCommand';
import { Button } from '../ui/Button';

interface Draft {
  questions: { text: string; low: string; high: string }[];
  freeText: string;
}

const draftOf = (e: Pick<Evaluation, 'questions' | 'freeText'>): Draft => ({
  questions: e.questions.map(({ text, low, high }) => ({ text, low, high })),
  freeText: e.freeText ?? '',
});
const sameDraft = (a: Draft, b: Draft) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The console's tab for the day's evaluation (EV1): the team's 1–5 questions
 * with what their ends mean and the free-text line, editable until the first
 * answer; opening and closing it on the phones; how many have answered.
 */
export function EvaluationPanel({ run }: { run: RunCommand }) {
  const { t } = useTranslation();
  const id = useId();
  const evaluation = useMeetingStore((s) => s.state.evaluation);
  const participants = useMeetingStore((s) => s.state.participants.length);
  // Until the team saves its own, the console offers the default questions (EV1).
  const [draft, setDraft] = useState(() => draftOf(evaluation.questions.length ? evaluation : DEFAULT_EVALUATION));
  const [saved, setSaved] = useState(false);
  const locked = evaluation.answers.length > 0;
  const dirty = !sameDraft(draft, draftOf(evaluation));

  const edit = (next: Draft) => {
    setSaved(false);
    setDraft(next);
  };
  const setQuestion = (i: number, field: 'text' | 'low' | 'high', value: string) =>
    edit({ ...draft, questions: draft.questions.map((q, j) => (j === i ? { ...q, [field]: value } : q)) });
  const save = () =>
    run({
      type: 'setEvaluation',
      questions: draft.questions.map((q) => ({ text: q.text.trim(), low: q.low.trim(), high: q.high.trim() })),
      freeText: draft.freeText.trim() || null,
    });
  const onSave = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(await save());
  };
  // Opening sends the edited questions first, so the phones get what the console shows.
  const open = async () => {
    if (dirty && !(await save())) return;
    await run({ type: 'setEvaluationOpen', open: true });
  };

  return (
    <div className="console-columns">
      <section className="card" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t('evaluation.heading')}</h2>
        <p className="muted">{t('evaluation.console.lead')}</p>
        <p role="status">
          {t(`evaluation.console.status.${evaluation.status}`)}{' '}
          {evaluation.status !== 'draft' &&
            t('evaluation.console.answered', { count: evaluation.answers.length, total: participants })}
        </p>
        <div className="controls">
          {evaluation.status === 'open' ? (
            <Button onClick={() => void run({ type: 'setEvaluationOpen', open: false })}>
              {t('evaluation.console.close')}
            </Button>
          ) : (
            <Button variant="primary" onClick={() => void open()}>
              {t(evaluation.status === 'closed' ? 'evaluation.console.reopen' : 'evaluation.console.open')}
            </Button>
          )}
        </div>
        {evaluation.status !== 'draft' && <p className="muted">{t('evaluation.console.results')}</p>}
      </section>
      <section className="card" aria-labelledby={`${id}-questions`}>
        <h2 id={`${id}-questions`}>{t('evaluation.console.questions')}</h2>
        {locked && <p className="hint">{t('evaluation.console.locked')}</p>}
        <form onSubmit={(e) => void onSave(e)}>
          <fieldset disabled={locked} className="evaluation-editor" aria-labelledby={`${id}-questions`}>
            {draft.questions.map((q, i) => (
              <fieldset key={i} className="evaluation-editor__question">
                <legend>{t('evaluation.console.question', { n: i + 1 })}</legend>
                <div className="field">
                  <label htmlFor={`${id}-q${i}`}>{t('evaluation.console.text')}</label>
                  <input
                    id={`${id}-q${i}`}
                    className="input"
                    lang={CONTENT_LANG}
                    value={q.text}
                    maxLength={200}
                    required
                    onChange={(e) => setQuestion(i, 'text', e.target.value)}
                  />
                </div>
                <div className="evaluation-editor__ends">
                  {(['low', 'high'] as const).map((end) => (
                    <div key={end} className="field">
                      <label htmlFor={`${id}-q${i}-${end}`}>{t(`evaluation.console.${end}`)}</label>
                      <input
                        id={`${id}-q${i}-${end}`}
                        className="input"
                        lang={CONTENT_LANG}
                        value={q[end]}
                        maxLength={80}
                        required
                        onChange={(e) => setQuestion(i, end, e.target.value)}
                      />
                    </div>
                  ))}
                </div>
                {draft.questions.length > MIN_EVALUATION_QUESTIONS && (
                  <Button
                    small
                    onClick={() => edit({ ...draft, questions: draft.questions.filter((_, j) => j !== i) })}
                  >
                    {t('evaluation.console.remove', { n: i + 1 })}
                  </Button>
                )}
              </fieldset>
            ))}
            {draft.questions.length < MAX_EVALUATION_QUESTIONS && (
              <Button
                small
                onClick={() => edit({ ...draft, questions: [...draft.questions, { text: '', low: '', high: '' }] })}
              >
                {t('evaluation.console.add')}
              </Button>
            )}
            <div className="field">
              <label htmlFor={`${id}-free`}>{t('evaluation.console.freeText')}</label>
              <input
                id={`${id}-free`}
                className="input"
                lang={CONTENT_LANG}
                value={draft.freeText}
                maxLength={80}
                aria-describedby={`${id}-free-hint`}
                onChange={(e) => edit({ ...draft, freeText: e.target.value })}
              />
              <p id={`${id}-free-hint`} className="hint">
                {t('evaluation.console.freeTextHint')}
              </p>
            </div>
            <Button type="submit" disabled={!dirty}>
              {t('evaluation.console.save')}
            </Button>
          </fieldset>
        </form>
        {saved && <p role="status">{t('evaluation.console.saved')}</p>}
      </section>
    </div>
  );
}
