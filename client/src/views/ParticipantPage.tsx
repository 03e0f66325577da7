import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { Link } from 'wouter';
import { Header } from '../components/Header';
import { NowAndNext } from '../components/NowAndNext';
import { useMeetingStore, useMeetingApartFromPlacements } from '../meetingStore';
import { shownName } from '../model/participant';
import { participantToken } from '../storage';
import { useMeetingConnection } from '../useMeeting';
import { ErrorText } from '../components/ErrorText';
import { ExerciseNow } from '../components/ExerciseNow';
import { SegmentCountdown } from '../components/SegmentCountdown';
import { WhereToBeCard } from '../components/WhereToBeCard';
import { myRun } from '../model/feedback';
import { pageTitle } from '../pageTitle';
import { useMeetingTitle } from '../useMeetingTitle';
import { splitMeetingName } from '../../../shared/day/meetingName';

// Removing oneself is rare: its chunk (and strings) load after the phone has shown the day.
const LeaveMeeting = lazy(() => import('../components/LeaveMeeting'));
// The cluster's round (who has the floor, its timer and chime, the raised hand) loads when the phone's cluster starts
// its rounds: most of the day a phone has none, and the first download stays inside its budget.
const PhoneFeedback = lazy(() =>
  import('../components/feedback/PhoneFeedback').then((m) => ({ default: m.PhoneFeedback })),
);
// The room's messages and the nudge (M1, M2): their own chunk, after the phone has shown the day.
const RoomMessage = lazy(() => import('../components/RoomMessage'));
// The day's evaluation (EV2): loaded only once the team opens it, at the end of the day.
const PhoneEvaluation = lazy(() => import('../components/evaluation/PhoneEvaluation'));

/** The phone: who you are, where the day is now and what comes next. */
export default function ParticipantPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const token = participantToken(meetingId);
  const actions = useMeetingConnection(token ? { token } : null);
  const state = useMeetingApartFromPlacements();
  const loaded = useMeetingStore((s) => s.loaded);
  const status = useMeetingStore((s) => s.status);
  const participantId = useMeetingStore((s) => s.actor?.participantId);
  // Set by LeaveMeeting once the participant has removed themself (PD2).
  const [left, setLeft] = useState(false);
  const documentTitle = useMeetingTitle('participant', { run: myRun(state, participantId) });
  const notJoinedTitle = pageTitle([t('pageTitle.notJoined'), t('app.name')]);

  if (left) {
    return (
      <main className="page page--narrow">
        <Header title={t('app.name')} documentTitle={notJoinedTitle} connected={false} />
        <section className="card">
          <p role="status">{t('privacy.leave.done')}</p>
          <Link href="/" className="button button--primary">
            {t('participant.joinAgain')}
          </Link>
        </section>
      </main>
    );
  }

  if (!token || status === 'refused') {
    return (
      <main className="page page--narrow">
        <Header title={t('app.name')} documentTitle={notJoinedTitle} connected={false} />
        <section className="card">
          {token ? <ErrorText code="badLink" /> : <p>{t('participant.notJoined')}</p>}
          <Link href="/" className="button button--primary">
            {t('participant.joinAgain')}
          </Link>
        </section>
      </main>
    );
  }

  const me = state.participants.find((p) => p.id === participantId);
  const municipality = me && state.municipalities.find((m) => m.id === me.municipalityId);
  const name = splitMeetingName(state.name);
  return (
    <main className="page page--narrow">
      {/* The short name ("Lärträff 4") as the heading: the whole name would fill a phone's first screen. */}
      <Header
        title={loaded ? name.short : t('join.loading')}
        subtitle={loaded ? name.rest : undefined}
        documentTitle={documentTitle}
      />
      {me && (
        <p className="me">
          <span className="swatch" style={{ background: municipality?.colour }} aria-hidden="true" />
          {t('participant.hello', { name: shownName(state, me, (n) => t('privacy.numbered', { n })) })}{' '}
          <span className="muted">{municipality?.name}</span>
        </p>
      )}
      {loaded && (
        <>
          <Suspense fallback={null}>
            <RoomMessage />
          </Suspense>
          {me && state.evaluation.status === 'open' && (
            <Suspense fallback={null}>
              <PhoneEvaluation actions={actions} />
            </Suspense>
          )}
          <ExerciseNow actions={actions} />
          {myRun(state, participantId) && (
            <Suspense fallback={null}>
              <PhoneFeedback actions={actions} />
            </Suspense>
          )}
          <WhereToBeCard />
          <NowAndNext forRoom />
          <SegmentCountdown labelled />
          {me && (
            <Suspense fallback={null}>
              <LeaveMeeting meetingId={meetingId} actions={actions} onLeft={() => setLeft(true)} />
            </Suspense>
          )}
        </>
      )}
    </main>
  );
}
