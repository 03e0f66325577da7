import { lazy, Suspense } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import '../i18n/feedbackCatalogue';
import { BadLink } from '../components/BadLink';
import { ErrorText } from '../components/ErrorText';
import { FeedbackButtons, FeedbackLists } from '../components/feedback/FeedbackControls';
import { FeedbackRunView } from '../components/feedback/FeedbackRunView';
import { RunBoard } from '../components/feedback/RunBoard';
import { useChime } from '../components/feedback/FeedbackTimer';
import { Header } from '../components/Header';
import { NowAndNext } from '../components/NowAndNext';
import { SegmentCountdown } from '../components/SegmentCountdown';
import { Toggle } from '../components/ui/Toggle';
import { useMeetingStore } from '../meetingStore';
import { keepsAwake, regroupAfter } from '../model/agenda';
import { roomText } from '../model/room';
import { timeOfDay } from '../model/time';
import { useLinkedMeeting } from '../useLinkedMeeting';
import { useMeetingTitle } from '../useMeetingTitle';
import { useWakeLock } from '../useWakeLock';

// The room's messages, and the tablet's own to its cluster (M1).
const RoomMessage = lazy(() => import('../components/RoomMessage'));

/**
 * The supervisor's tablet, the cluster's shared screen: the rounds of their own
 * cluster, on the chime by default, and the presenting municipality's EOR board.
 * Portrait: one column across the tablet's width; landscape: the round and its
 * buttons on the left, the order, the queue and the board on the right.
 * Not the team's own rounds: the room reads this screen (V2).
 */
export default function SupervisorPage() {
  const { t, i18n } = useTranslation();
  const { token, run, error, loaded, refused } = useLinkedMeeting();
  const clusterId = useMeetingStore((s) => s.actor?.clusterId);
  const [chimeOn, setChime] = useChime(true);
  const name = useMeetingStore((s) => s.state.name);
  const cluster = useMeetingStore((s) => s.state.clusters.find((c) => c.id === clusterId));
  const feedback = useMeetingStore((s) => s.state.feedbackRuns.find((r) => r.clusterId === clusterId));
  const documentTitle = useMeetingTitle('supervisor', { run: feedback, place: cluster?.name });
  // The cluster's screen on the table: it must not sleep in a 10-minute round.
  const awake = useMeetingStore((s) => keepsAwake(s.state));
  useWakeLock(loaded && !refused && awake);
  const regroup = useMeetingStore((s) => regroupAfter(s.state));

  if (refused) return <BadLink title={t('feedback.heading_supervisor')} />;
  return (
    <main className="page page--tablet">
      <Header
        title={loaded ? (cluster?.name ?? name) : t('join.loading')}
        subtitle={[t('feedback.heading_supervisor'), cluster?.room && roomText(t, cluster.room), name]
          .filter(Boolean)
          .join(' · ')}
        documentTitle={documentTitle}
      />
      {loaded && cluster && (
        <div className="tablet">
          <div className="tablet__run">
            <Suspense fallback={null}>
              <RoomMessage send={run} />
            </Suspense>
            <section className="card tablet__now" aria-label={t('feedback.heading')}>
              {feedback ? (
                <FeedbackRunView run={feedback} chimeOn={chimeOn} large labelled />
              ) : (
                <p>{t('feedback.notStarted')}</p>
              )}
              <SegmentCountdown labelled />
              {regroup && (
                <p className="tablet__regroup">
                  {t('feedback.regroup', {
                    time: timeOfDay(regroup.plannedStart, i18n.locale),
                    title: regroup.title,
                  })}
                </p>
              )}
            </section>
            <FeedbackButtons cluster={cluster} run={feedback} send={run} />
            <ErrorText code={error} />
            <Toggle checked={chimeOn} onChange={setChime}>
              {t('feedback.chime')}
            </Toggle>
          </div>
          <div className="tablet__side">
            <FeedbackLists cluster={cluster} run={feedback} send={run} />
            {feedback && <RunBoard run={feedback} token={token} />}
            <NowAndNext />
          </div>
        </div>
      )}
    </main>
  );
}
