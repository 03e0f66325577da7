import { useTranslation } from 'react-i18next';
import { BadLink } from '../components/BadLink';
import { ErrorText } from '../components/ErrorText';
import { FeedbackControls } from '../components/feedback/FeedbackControls';
import { FeedbackRunView } from '../components/feedback/FeedbackRunView';
import { RunBoard } from '../components/feedback/RunBoard';
import { useChime } from '../components/feedback/FeedbackTimer';
import { Header } from '../components/Header';
import { NowAndNext } from '../components/NowAndNext';
import { useMeetingStore } from '../meetingStore';
import { useLinkedMeeting } from '../useLinkedMeeting';
import { useMeetingTitle } from '../useMeetingTitle';
import { useWakeLock } from '../useWakeLock';
import { dayHasEnded } from '../../../shared/meeting';

/**
 * The supervisor's tablet, the cluster's shared screen: the rounds of their own
 * cluster, on the chime by default, and the presenting municipality's EOR board.
 * Not the team's own rounds: the room reads this screen (V2).
 */
export default function SupervisorPage() {
  const { t } = useTranslation();
  const { token, run, error, state, loaded, refused } = useLinkedMeeting();
  const clusterId = useMeetingStore((s) => s.actor?.clusterId);
  const [chimeOn, setChime] = useChime(true);
  const cluster = state.clusters.find((c) => c.id === clusterId);
  const feedback = state.feedbackRuns.find((r) => r.clusterId === clusterId);
  const documentTitle = useMeetingTitle('supervisor', { run: feedback, place: cluster?.name });
  // The cluster's screen on the table: it must not sleep in a 10-minute round.
  useWakeLock(loaded && !refused && !dayHasEnded(state));

  if (refused) return <BadLink title={t('feedback.heading_supervisor')} />;
  return (
    <main className="page page--narrow">
      <Header
        title={loaded ? (cluster?.name ?? state.name) : t('join.loading')}
        subtitle={`${t('feedback.heading_supervisor')} · ${state.name}`}
        documentTitle={documentTitle}
      />
      {loaded && cluster && (
        <>
          {feedback ? <FeedbackRunView run={feedback} chimeOn={chimeOn} large /> : <p>{t('feedback.notStarted')}</p>}
          <FeedbackControls cluster={cluster} run={feedback} send={run} />
          <ErrorText code={error} />
          <label className="inline-field">
            <input type="checkbox" checked={chimeOn} onChange={(e) => setChime(e.target.checked)} />{' '}
            {t('feedback.chime')}
          </label>
          {feedback && <RunBoard state={state} run={feedback} token={token} />}
          <NowAndNext />
        </>
      )}
    </main>
  );
}
