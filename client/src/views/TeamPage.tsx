import { useTranslation } from 'react-i18next';
import { DayClock } from '../components/agenda/DayClock';
import { BadLink } from '../components/BadLink';
import { ErrorText } from '../components/ErrorText';
import { Header } from '../components/Header';
import { NowAndNext } from '../components/NowAndNext';
import { RoomNow } from '../components/team/RoomNow';
import { TeamNotes } from '../components/team/TeamNotes';
import { ReportLinks } from '../components/report/ReportLinks';
import { TeamRounds } from '../components/team/TeamRounds';
import { useMeetingStore } from '../meetingStore';
import { useLinkedMeeting } from '../useLinkedMeeting';
import { useMeetingTitle } from '../useMeetingTitle';

/** The team's view (the evaluator's link): the day as it runs in the room, the team rounds and the notes. */
export default function TeamPage() {
  const { t } = useTranslation();
  const { token, run, error, state, loaded, refused } = useLinkedMeeting();
  const role = useMeetingStore((s) => s.actor?.role);
  const documentTitle = useMeetingTitle('team');

  if (refused) return <BadLink title={t('team.heading')} />;
  return (
    <main className="page page--narrow">
      <Header
        title={loaded ? state.name : t('join.loading')}
        subtitle={t('team.heading')}
        documentTitle={documentTitle}
      />
      {loaded && (
        <>
          <DayClock />
          <NowAndNext />
          <ErrorText code={error} />
          <RoomNow />
          <TeamRounds run={run} />
          {(role === 'evaluator' || role === 'facilitator') && <TeamNotes run={run} />}
          <ReportLinks meetingId={state.meetingId} token={token} />
        </>
      )}
    </main>
  );
}
