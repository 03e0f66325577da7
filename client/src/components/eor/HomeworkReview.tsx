import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { AccessKind, BoardsResponse } from '../../../../shared/year/eorApi';
import { answerState, type Answer } from '../../../../shared/year/homework';
import type { EorClient } from '../../eorClient';
import { AnswerField, HomeworkCard, useAnswerDraft } from './Homework';
import { useHomework } from './useHomework';
import { Alert } from '../ui/Alert';

/**
 * Homework for the team: the organiser sets an assignment for a meeting; per
 * assignment, who has handed in (in words and a shape, not colour) and each
 * answer with the feedback box (the cluster's supervisor, or the organiser).
 */
export function HomeworkReview({
  client,
  access,
  meetings,
}: {
  client: EorClient;
  access: AccessKind;
  meetings: BoardsResponse['meetings'];
}) {
  const { t } = useTranslation();
  const { homework, failed, reload, replace } = useHomework(client);

  return (
    <HomeworkCard headingId="eor-homework-review" heading={t('eor.homework.reviewHeading')} failed={failed}>
      {access === 'organiser' && (
        <NewAssignmentForm client={client} meetings={meetings} onAdded={() => void reload()} />
      )}
      {homework?.assignments.length === 0 && <p>{t('eor.homework.none')}</p>}
      {homework?.assignments.map((a) => {
        const meeting = meetings.find((m) => m.id === a.programmeMeetingId);
        return (
          <article key={a.id} className="homework" aria-labelledby={`review-${a.id}`}>
            <h3 id={`review-${a.id}`}>
              {a.title}
              {meeting && (
                <span className="muted">
                  {' '}
                  · {t('eor.homework.forMeeting', { number: meeting.number, date: meeting.date })}
                </span>
              )}
            </h3>
            {a.instructions && <p className="homework__instructions">{a.instructions}</p>}
            <ul className="homework__answers">
              {homework.municipalities.map((m) => {
                const state = answerState(homework.answers, a.id, m.id);
                const answer = homework.answers.find((x) => x.assignmentId === a.id && x.municipalityId === m.id);
                return (
                  <li key={m.id} className={`homework__answer homework__answer--${state}`}>
                    <p>
                      <strong>{m.name}</strong>:{' '}
                      <span aria-hidden="true">{state === 'missing' ? '○' : state === 'handedIn' ? '●' : '✓'} </span>
                      {t(`eor.homework.state.${state}`)}
                    </p>
                    {answer && <blockquote className="homework__text">{answer.answer}</blockquote>}
                    {answer && <FeedbackForm client={client} answer={answer} name={m.name} onSaved={replace} />}
                  </li>
                );
              })}
            </ul>
            {access === 'organiser' && (
              <button
                type="button"
                className="button button--small"
                onClick={() => void client.unassign(a.id).then(() => reload())}
              >
                {t('eor.homework.remove', { title: a.title })}
              </button>
            )}
          </article>
        );
      })}
    </HomeworkCard>
  );
}

function NewAssignmentForm({
  client,
  meetings,
  onAdded,
}: {
  client: EorClient;
  meetings: BoardsResponse['meetings'];
  onAdded: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [instructions, setInstructions] = useState('');
  const [meetingId, setMeetingId] = useState('');
  const [failed, setFailed] = useState(false);
  const submit = async () => {
    const res = await client.assign({ title, instructions, ...(meetingId ? { programmeMeetingId: meetingId } : {}) });
    setFailed(!res.ok);
    if (res.ok) {
      setTitle('');
      setInstructions('');
      onAdded();
    }
  };
  return (
    <form
      className="homework homework--new"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>{t('eor.homework.newHeading')}</h3>
      <label className="field">
        <span>{t('eor.homework.title')}</span>
        <input
          className="input"
          maxLength={120}
          required
          value={title}
          placeholder={t('eor.homework.titleExample')}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <label className="field field--wide">
        <span>{t('eor.homework.instructions')}</span>
        <textarea
          className="input"
          rows={3}
          maxLength={2000}
          value={instructions}
          onChange={(e) => setInstructions(e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('eor.homework.meeting')}</span>
        <select className="input" value={meetingId} onChange={(e) => setMeetingId(e.target.value)}>
          <option value="">{t('eor.homework.noMeeting')}</option>
          {meetings.map((m) => (
            <option key={m.id} value={m.id}>
              {t('eor.homework.forMeeting', { number: m.number, date: m.date })}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button button--primary" disabled={!title.trim()}>
        {t('eor.homework.add')}
      </button>
      {failed && <Alert>{t('eor.homework.saveFailed')}</Alert>}
    </form>
  );
}

function FeedbackForm({
  client,
  answer,
  name,
  onSaved,
}: {
  client: EorClient;
  answer: Answer;
  name: string;
  onSaved: (a: Answer) => void;
}) {
  const { t } = useTranslation();
  const save = (text: string) => client.feedback(answer.assignmentId, answer.municipalityId, text);
  const { text, state, onSubmit, edit } = useAnswerDraft(answer.feedback ?? '', save, onSaved);
  return (
    <form onSubmit={onSubmit}>
      <AnswerField label={t('eor.homework.feedbackFor', { name })} rows={3} value={text} onChange={edit} />
      <button type="submit" className="button button--small">
        {t('eor.homework.giveFeedback')}
      </button>
      <span aria-live="polite" className={state === 'failed' ? 'error' : 'ok'}>
        {state === 'saved'
          ? t('eor.homework.feedbackSaved')
          : state === 'failed'
            ? t('eor.homework.forbiddenFeedback')
            : ''}
      </span>
    </form>
  );
}
