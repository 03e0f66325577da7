import { useTranslation } from '../../i18n/useTranslation';
import type { Answer, HomeworkResponse } from '../../../../shared/year/homework';
import type { EorClient } from '../../eorClient';
import { AnswerField, HomeworkCard, useAnswerDraft } from './Homework';
import { useHomework } from './useHomework';

/** A municipality's homework: each assignment, its answer to hand in (again), and the supervisor's feedback. */
export function HomeworkAnswers({ client, municipalityId }: { client: EorClient; municipalityId: string }) {
  const { t } = useTranslation();
  const { homework, failed, replace } = useHomework(client);

  return (
    <HomeworkCard headingId="eor-homework" heading={t('eor.homework.heading')} failed={failed}>
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
    </HomeworkCard>
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
  const save = (text: string) => client.answer(assignment.id, municipalityId, text);
  const { text, state, onSubmit, edit } = useAnswerDraft(answer?.answer ?? '', save, onSaved);
  const id = `homework-${assignment.id}`;
  return (
    <form className="homework" aria-labelledby={`${id}-title`} onSubmit={onSubmit}>
      <h3 id={`${id}-title`}>{assignment.title}</h3>
      {assignment.instructions && <p className="homework__instructions">{assignment.instructions}</p>}
      <AnswerField label={t('eor.homework.answer')} rows={5} value={text} onChange={edit} />
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
