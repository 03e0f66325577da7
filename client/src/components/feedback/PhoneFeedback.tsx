import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/feedbackCatalogue';
import { presenter } from '../../../../shared/day/feedbackRound';
import { useMeetingStore, useMeetingApartFromPlacements } from '../../meetingStore';
import { myRun } from '../../model/feedback';
import type { MeetingActions } from '../../useMeeting';
import { ErrorText } from '../ErrorText';
import { FeedbackRunView } from './FeedbackRunView';

/** On the phone in the cluster room: who has the floor, the time left, and a raised hand during peer feedback. */
export function PhoneFeedback({ actions }: { actions: MeetingActions }) {
  const { t } = useTranslation();
  const id = useId();
  const state = useMeetingApartFromPlacements();
  const me = useMeetingStore((s) => s.actor?.participantId);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const run = myRun(state, me);
  if (!run) return null;
  const myMunicipality = state.participants.find((p) => p.id === me)?.municipalityId;
  const waiting = run.queue.filter((q) => !q.taken);
  const place = waiting.findIndex((q) => q.participantId === me);
  const canAsk = run.phase === 'peers' && presenter(run) !== myMunicipality && place < 0;
  const raise = async (e: FormEvent) => {
    e.preventDefault();
    const ack = await actions.send({ type: 'raiseHand', clusterId: run.clusterId, text: text.trim() });
    setError(ack.ok ? null : ack.error.code);
    if (ack.ok) setText('');
  };
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('feedback.heading')}</h2>
      <FeedbackRunView run={run} chimeOn={false} vibrate labelled />
      {/* [W4] Always in the page, so the place is announced when it appears (WCAG 4.1.3). */}
      <p className="where" role="status">
        {place >= 0 ? t('feedback.inQueue', { n: place + 1 }) : ''}
      </p>
      {canAsk && (
        <form className="form" onSubmit={raise} noValidate>
          <label htmlFor={`${id}-text`}>{t('feedback.handText')}</label>
          <input
            id={`${id}-text`}
            className="input"
            value={text}
            maxLength={280}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className="button button--primary">
            {t('feedback.raiseHand')}
          </button>
        </form>
      )}
      <ErrorText code={error} />
    </section>
  );
}
