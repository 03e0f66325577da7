import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ANSWER_CHARS, type Answer, type HomeworkResponse } from '../../../../shared/year/homework';
import type { EorClient } from '../../eorClient';
import { useHomework } from './useHomework';

/** A municipality's homework: each assignment, its answer to hand in (again), and the supervisor's feedback. */
export function HomeworkAnswers({ client, municipalityId }: { client: EorClient; municipalityId: string }) {
  const { t } = useTranslation();
  const { homework, failed, replace } = useHomework(client);

  return (
    <section className="card" aria-labelledby="eor-homework">
      <h2 id="eor-homework">{t('eor.homework.heading')}</h2>
      {failed && (
        <p className="error" role="alert">
          {t('eor.homework.failed')}
        </p>
      )}
      {homework?.assignments.length === 0 && <p>{t('eor.homework.none')}</p>}
      {homework?.assignments.map((a) => (
        <AnswerForm
          key={a.id}
          client={client}
          assignment={a}
          municipalityId={municipalityId}
          answer={homework.answers.find((x) => x.assignmentId === a.id && x.municipalityId === municipalityId)}
          onSaved={replace}
        />
      ))}
    </section>
  );
}

function AnswerForm({
  client,
  assignment,
  municipalityId,
  answer,
  onSaved,
}: {
  client: EorClient;
  assignment: HomeworkResponse['assignments'][number];
  municipalityId: string;
  answer: Answer | undefined;
  onSaved: (a: Answer) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(answer?.answer ?? '');
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const id = `homework-${assignment.id}`;
  const submit = async () => {
    setState('saving');
    const res = await client.answer(assignment.id, municipalityId, text);
    setState(res.ok ? 'saved' : 'failed');
    if (res.ok) onSaved(res.data);
  };
  return (
    <form
      className="homework"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${id}-title`}>{assignment.title}</h3>
      {assignment.instructions && <p className="homework__instructions">{assignment.instructions}</p>}
      <label className="field field--wide">
        <span>{t('eor.homework.answer')}</span>
        <textarea
          className="input"
          rows={5}
          maxLength={MAX_ANSWER_CHARS}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setState('idle');
          }}
        />
      </label>
      <button type="submit" className="button button--primary" disabled={!text.trim() || state === 'saving'}>
        {answer ? t('eor.homework.handInAgain') : t('eor.homework.handIn')}
      </button>
      <p aria-live="polite" className={state === 'failed' ? 'error' : 'hint'}>
        {state === 'saved'
          ? t('eor.homework.handedIn')
          : state === 'failed'
            ? t('eor.homework.saveFailed')
            : answer
              ? t('eor.homework.handedInBefore')
              : t('eor.homework.notYet')}
      </p>
      {answer?.feedback && (
        <div className="homework__feedback">
          <h4>{t('eor.homework.feedback')}</h4>
          <p>{answer.feedback}</p>
        </div>
      )}
    </form>
  );
}
