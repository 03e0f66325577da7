import { useTranslation } from '../i18n/useTranslation';
import '../i18n/staffCatalogue';
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
import '../team.css';

/**
 * The team's view (the evaluator's link): the day as it runs in the room on the
 * left, the notes she writes while watching, the team's rounds and the report
 * on the right; one column in a narrow window.
 */
export default function TeamPage() {
  const { t } = useTranslation();
  const { token, run, error, loaded, refused } = useLinkedMeeting();
  const name = useMeetingStore((s) => s.state.name);
  const meetingId = useMeetingStore((s) => s.state.meetingId);
  const role = useMeetingStore((s) => s.actor?.role);
  const documentTitle = useMeetingTitle('team');

  if (refused) return <BadLink title={t('team.heading')} />;
  return (
    <main className="page page--team">
      <Header title={loaded ? name : t('join.loading')} subtitle={t('team.heading')} documentTitle={documentTitle} />
      {loaded && (
        <>
          <ErrorText code={error} />
          <div className="team-view">
            <div className="team-view__live">
              <DayClock />
              <NowAndNext />
              <RoomNow />
            </div>
            <div className="team-view__side">
              {(role === 'evaluator' || role === 'facilitator') && <TeamNotes run={run} />}
              <TeamRounds run={run} />
              <ReportLinks meetingId={meetingId} token={token} />
            </div>
          </div>
        </>
      )}
    </main>
  );
}
