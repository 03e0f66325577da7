import { useTranslation } from 'react-i18next';
import { BadLink } from '../components/BadLink';
import { Header } from '../components/Header';
import { JoinPanel } from '../components/JoinPanel';
import { NowAndNext } from '../components/NowAndNext';
import { Roster } from '../components/Roster';
import { Comparison } from '../components/Comparison';
import { LiveBoard } from '../components/board/LiveBoard';
import { ClusterOverview } from '../components/feedback/ClusterOverview';
import { findStatement } from '../../../shared/exercise';
import { currentSegment } from '../../../shared/meeting';
import { SegmentCountdown } from '../components/SegmentCountdown';
import { useMeetingStore } from '../meetingStore';
import { useMeetingConnection } from '../useMeeting';

/** The projector: read-only, large, what the room should see now. */
export default function ScreenPage() {
  const { t } = useTranslation();
  const token = location.hash.slice(1);
  useMeetingConnection(token ? { token } : null);
  const state = useMeetingStore((s) => s.state);
  const loaded = useMeetingStore((s) => s.loaded);
  const status = useMeetingStore((s) => s.status);

  if (!token || status === 'refused') return <BadLink title={t('app.name')} />;
  return (
    <main className="page page--screen">
      <Header title={loaded ? state.name : t('join.loading')} />
      {loaded && (
        <div className="screen">
          <div className="screen__main">
            <ScreenMain />
          </div>
          <aside className="screen__side">
            <JoinPanel code={state.code} large />
          </aside>
        </div>
      )}
    </main>
  );
}

/**
 * What the room looks at: the open statement with everyone's tokens; during
 * the check-out, once no statement is open, how far the group moved; else the
 * day's now and next.
 */
function ScreenMain() {
  const state = useMeetingStore((s) => s.state);
  const run = state.exerciseRun;
  const found = run && findStatement(state, run.statementId);
  if (found) {
    return (
      <section aria-labelledby="screen-statement">
        <h2 id="screen-statement" className="statement statement--large">
          {found.statement.text}
        </h2>
        <LiveBoard exercise={found.exercise} statement={found.statement} />
      </section>
    );
  }
  const checkOut =
    currentSegment(state)?.kind === 'checkOut'
      ? [...state.exercises]
          .reverse()
          .find((e) => e.mirrorOf && state.placements.some((p) => e.statements.some((s) => s.id === p.statementId)))
      : undefined;
  const checkIn = checkOut && state.exercises.find((e) => e.id === checkOut.mirrorOf);
  if (checkOut && checkIn) return <Comparison state={state} checkIn={checkIn} checkOut={checkOut} large />;
  // During cluster work the main room sees every cluster and when they regroup.
  if (currentSegment(state)?.kind === 'clusterWork' && state.feedbackRuns.length)
    return <ClusterOverview large boardToken={location.hash.slice(1)} />;
  return (
    <>
      <SegmentCountdown large />
      <NowAndNext large forRoom />
      <Roster large />
    </>
  );
}
