import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AgendaEditor } from '../components/agenda/AgendaEditor';
import { DateNotice } from '../components/agenda/DateNotice';
import { DayClock } from '../components/agenda/DayClock';
import { BadLink } from '../components/BadLink';
import { ErrorText } from '../components/ErrorText';
import { ExercisePanel, type ExportFile } from '../components/exercise/ExercisePanel';
import { ClusterOverview } from '../components/feedback/ClusterOverview';
import { PhaseMinutesForm } from '../components/feedback/PhaseMinutesForm';
import { TimingLog } from '../components/feedback/TimingLog';
import { downloadMeetingExport } from '../download';
import { useServerUrl } from '../serverUrl';
import { Header } from '../components/Header';
import { JoinPanel } from '../components/JoinPanel';
import { NowAndNext } from '../components/NowAndNext';
import { ReportLinks } from '../components/report/ReportLinks';
import { PrivacyPanel } from '../components/PrivacyPanel';
import { Roster } from '../components/Roster';
import { TeamNotes } from '../components/team/TeamNotes';
import { TeamRounds } from '../components/team/TeamRounds';
import { nowAndNext } from '../model/agenda';
import { dateText } from '../model/time';
import { meetingLinks } from '../storage';
import { useLinkedMeeting } from '../useLinkedMeeting';
import { useMeetingTitle } from '../useMeetingTitle';
import { LinkAdmin } from '../components/access/LinkAdmin';
import type { IssuedLink } from '../../../shared/protocol';

/** The project leader's console: the clock, the agenda with its live edits, the join code, the roster, the team. */
export default function FacilitatorPage({ meetingId }: { meetingId: string }) {
  const { t, i18n } = useTranslation();
  const { token, send, run, error, state, loaded, refused, switchLink } = useLinkedMeeting();
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const onIssued = (link: IssuedLink | null) => {
    setIssued(link);
    if (link?.link === 'facilitator') switchLink(link.path);
  };
  const links = meetingLinks(meetingId);
  const serverUrl = useServerUrl() ?? '';
  const [exportError, setExportError] = useState<string | null>(null);
  const documentTitle = useMeetingTitle('facilitator');
  const exportCsv = async (file: ExportFile) => {
    setExportError((await downloadMeetingExport(serverUrl, meetingId, token, file, state.date)) ? null : 'network');
  };

  if (refused) return <BadLink title={t('facilitator.heading')} />;

  const { phase, next } = nowAndNext(state);
  const current = state.currentSegmentId;
  return (
    <main className="page page--console">
      <Header
        title={loaded ? state.name : t('join.loading')}
        subtitle={`${t('facilitator.heading')} · ${dateText(state.date, i18n.language)}`}
        documentTitle={documentTitle}
      />
      {loaded && (
        <div className="console">
          <div className="console__main">
            <DayClock />
            <DateNotice run={run} />
            <NowAndNext />
            <div className="controls">
              {phase !== 'ended' && (
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => run({ type: 'advanceAgenda', fromSegmentId: current })}
                >
                  {phase === 'notStarted'
                    ? t('facilitator.startDay')
                    : next
                      ? t('facilitator.next')
                      : t('facilitator.endDay')}
                </button>
              )}
              {current && next && (
                <button
                  type="button"
                  className="button"
                  onClick={() => run({ type: 'finishSegment', segmentId: current })}
                >
                  {t('facilitator.finish')}
                </button>
              )}
              {links?.screenLink && (
                <a className="button" href={links.screenLink} target="_blank" rel="noreferrer">
                  {t('facilitator.openScreen')}
                </a>
              )}
            </div>
            <ErrorText code={error} />
            <ClusterOverview />
            {state.clusters.length > 0 && <PhaseMinutesForm run={run} />}
            <TimingLog />
            <ExercisePanel run={run} onExport={(file) => void exportCsv(file)} />
            <ErrorText code={exportError} />
            <AgendaEditor run={run} />
          </div>
          <aside className="console__side">
            <JoinPanel code={state.code} />
            <Roster />
            <TeamRounds run={run} />
            <TeamNotes run={run} />
            <ReportLinks meetingId={meetingId} token={token} />
            <LinkAdmin
              meetingId={meetingId}
              clusters={state.clusters}
              send={send}
              issued={issued}
              onIssued={onIssued}
            />
            <PrivacyPanel run={run} />
          </aside>
        </div>
      )}
    </main>
  );
}
