import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { hasAnswered } from '../../../../shared/day/evaluation';
import '../../evaluation.css';
import '../../i18n/evaluationCatalogue';
import { CONTENT_LANG } from '../../i18n/content';
import { useMeetingStore } from '../../meetingStore';
import type { MeetingActions } from '../../useMeeting';
import { ErrorText } from '../ErrorText';
import { Button } from '../ui/Button';
import { SegmentedControl } from '../ui/SegmentedControl';

const SCALE = ['1', '2', '3', '4', '5'] as const;
type Choice = (typeof SCALE)[number];

/**
 * The day's evaluation on the phone (EV2), while the team has it open: a 1–5
 * choice per question and the free-text line, sent once. Its own chunk, with
 * its strings: most of the day a phone does not need it.
 */
export default function PhoneEvaluation({ actions }: { actions: MeetingActions }) {
  const { t } = useTranslation();
  const id = useId();
  const evaluation = useMeetingStore((s) => s.state.evaluation);
  const answered = useMeetingStore((s) => hasAnswered(s.state, s.actor?.participantId));
  const [scores, setScores] = useState<Record<string, Choice>>({});
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (evaluation.status !== 'open') return null;
  if (answered)
    return (
      <section className="card evaluation" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t('evaluation.heading')}</h2>
        <p role="status">{t('evaluation.phone.thanks')}</p>
      </section>
    );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (evaluation.questions.some((q) => !scores[q.id])) return setError('incomplete');
    setBusy(true);
    const ack = await actions.send({
      type: 'answerEvaluation',
      scores: evaluation.questions.map((q) => ({ questionId: q.id, score: Number(scores[q.id]) })),
      ...(text.trim() ? { text } : {}),
    });
    setBusy(false);
    setError(ack.ok ? null : ack.error.code);
  };

  return (
    <section className="card evaluation" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('evaluation.heading')}</h2>
      <p className="muted">{t('evaluation.phone.lead')}</p>
      <form className="evaluation__form" onSubmit={(e) => void submit(e)} noValidate>
        {evaluation.questions.map((q) => (
          <SegmentedControl
            key={q.id}
            legend={
              <>
                <span lang={CONTENT_LANG}>{q.text}</span>{' '}
                <span className="evaluation__ends">{t('evaluation.phone.ends', { low: q.low, high: q.high })}</span>
              </>
            }
            options={SCALE.map((value) => ({ value, label: value }))}
            value={scores[q.id] ?? ('' as Choice)}
            onChange={(value) => setScores({ ...scores, [q.id]: value })}
          />
        ))}
        {evaluation.freeText && (
          <div className="field">
            <label htmlFor={`${id}-text`} lang={CONTENT_LANG}>
              {evaluation.freeText}
            </label>
            <textarea
              id={`${id}-text`}
              className="input"
              value={text}
              maxLength={500}
              rows={3}
              aria-describedby={`${id}-text-hint`}
              onChange={(e) => setText(e.target.value)}
            />
            <p id={`${id}-text-hint`} className="hint">
              {t('evaluation.phone.freeTextHint')}
            </p>
          </div>
        )}
        {error === 'incomplete' ? (
          <p className="error" role="alert">
            {t('evaluation.phone.incomplete')}
          </p>
        ) : (
          <ErrorText code={error} />
        )}
        <Button type="submit" variant="primary" disabled={busy}>
          {t('evaluation.phone.send')}
        </Button>
      </form>
    </section>
  );
}
