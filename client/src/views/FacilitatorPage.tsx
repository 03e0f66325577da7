import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from '../i18n/useTranslation';
import '../i18n/staffCatalogue';
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
import { NowAndNext } from '../components/NowAndNext';
import { ReportLinks } from '../components/report/ReportLinks';
import { PrivacyPanel } from '../components/PrivacyPanel';
import { TeamNotes } from '../components/team/TeamNotes';
import { TeamRounds } from '../components/team/TeamRounds';
import { dayStep, keepsAwake, nowAndNext } from '../model/agenda';
import { dateText } from '../model/time';
import { meetingLinks } from '../storage';
import { useMeetingStore } from '../meetingStore';
import { useLinkedMeeting } from '../useLinkedMeeting';
import { useMeetingTitle } from '../useMeetingTitle';
import { useWakeLock } from '../useWakeLock';
import { LinkAdmin } from '../components/access/LinkAdmin';
import { Arrival, RunView } from '../components/console/RunView';
import { RoomPanel } from '../components/console/RoomPanel';
import { EvaluationPanel } from '../components/console/EvaluationPanel';
import { ClusterRounds } from '../components/console/ClusterRounds';
import { Tabs, type Tab } from '../components/Tabs';
import '../console.css';
import '../i18n/consoleCatalogue';
import type { IssuedLink } from '../../../shared/protocol';

const PARTS = ['run', 'agenda', 'exercises', 'people', 'clusters', 'room', 'evaluation', 'team', 'links'] as const;
type ConsolePart = (typeof PARTS)[number];
const partKey = (meetingId: string) => `lartraff.console.${meetingId}`;
/** The tab this tab of the browser last showed, so a reload (the laptop's lid) comes back to it. */
function savedPart(meetingId: string): ConsolePart {
  const saved = sessionStorage.getItem(partKey(meetingId));
  return PARTS.find((p) => p === saved) ?? 'run';
}

/** The project leader's console: the clock, the agenda with its live edits, the join code, the roster, the team. */
export default function FacilitatorPage({ meetingId }: { meetingId: string }) {
  const { t, i18n } = useTranslation();
  const { token, send, run, error, loaded, refused, switchLink } = useLinkedMeeting();
  const name = useMeetingStore((s) => s.state.name);
  const date = useMeetingStore((s) => s.state.date);
  const clusters = useMeetingStore((s) => s.state.clusters);
  const current = useMeetingStore((s) => s.state.currentSegmentId);
  // The day's phase and its next step hold the agenda's own segments, so comparing their fields tells a change.
  const { phase, next } = useMeetingStore(useShallow((s) => nowAndNext(s.state)));
  const step = useMeetingStore(useShallow((s) => dayStep(s.state)));
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const onIssued = (link: IssuedLink | null) => {
    setIssued(link);
    if (link?.link === 'facilitator') switchLink(link.path);
  };
  const links = meetingLinks(meetingId);
  const serverUrl = useServerUrl() ?? '';
  const [exportError, setExportError] = useState<string | null>(null);
  const documentTitle = useMeetingTitle('facilitator');
  // The console stays awake while the day runs (often the laptop that also feeds the projector).
  const awake = useMeetingStore((s) => keepsAwake(s.state));
  useWakeLock(loaded && !refused && awake);
  const exportCsv = async (file: ExportFile) => {
    setExportError((await downloadMeetingExport(serverUrl, meetingId, token, file, date)) ? null : 'network');
  };

  const [part, setPart] = useState<ConsolePart>(() => savedPart(meetingId));
  const choosePart = (next: ConsolePart) => {
    setPart(next);
    sessionStorage.setItem(partKey(meetingId), next);
  };

  if (refused) return <BadLink title={t('facilitator.heading')} />;

  const tabs = [
    { key: 'run', label: t('console.run') },
    { key: 'agenda', label: t('console.agenda') },
    { key: 'exercises', label: t('console.exercises') },
    { key: 'people', label: t('console.people') },
    ...(clusters.length ? [{ key: 'clusters' as const, label: t('console.clusters') }] : []),
    { key: 'room', label: t('console.room') },
    { key: 'evaluation', label: t('evaluation.heading') },
    { key: 'team', label: t('console.team') },
    { key: 'links', label: t('console.links') },
  ] satisfies Tab<ConsolePart>[];
  // A saved tab that is not offered (the clusters of a meeting without any) shows "Just nu".
  const shown = tabs.some((tab) => tab.key === part) ? part : 'run';
  return (
    <main className="page page--console">
      <Header
        title={loaded ? name : t('join.loading')}
        subtitle={`${t('facilitator.heading')} · ${dateText(date, i18n.locale)}`}
        documentTitle={documentTitle}
      />
      {loaded && (
        <>
          {/* On every tab: where the day is, and the next step. */}
          <div className="console-bar">
            <NowAndNext />
            <DayClock />
            <div className="controls console-bar__controls">
              {phase !== 'ended' && (
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => run({ type: 'advanceAgenda', fromSegmentId: current })}
                >
                  {step && 'start' in step
                    ? t('console.days.startDayN', { day: step.start })
                    : step
                      ? t('console.days.endDayN', { day: step.end })
                      : phase === 'notStarted'
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
            <DateNotice run={run} />
          </div>
          <Tabs label={t('console.parts')} tabs={tabs} selected={shown} onSelect={choosePart}>
            {shown === 'run' && <RunView run={run} />}
            {shown === 'agenda' && <AgendaEditor run={run} />}
            {shown === 'exercises' && (
              <>
                <ExercisePanel run={run} onExport={(file) => void exportCsv(file)} />
                <ErrorText code={exportError} />
              </>
            )}
            {shown === 'people' && <Arrival />}
            {shown === 'clusters' && (
              <>
                <ClusterOverview />
                <ClusterRounds run={run} />
                <PhaseMinutesForm run={run} />
                <TimingLog />
              </>
            )}
            {shown === 'room' && <RoomPanel run={run} />}
            {shown === 'evaluation' && <EvaluationPanel run={run} />}
            {shown === 'team' && (
              <div className="console-columns">
                <TeamRounds run={run} />
                <TeamNotes run={run} />
              </div>
            )}
            {shown === 'links' && (
              <div className="console-columns">
                <div>
                  <ReportLinks meetingId={meetingId} token={token} />
                  <PrivacyPanel run={run} />
                </div>
                <LinkAdmin meetingId={meetingId} clusters={clusters} send={send} issued={issued} onIssued={onIssued} />
              </div>
            )}
          </Tabs>
        </>
      )}
    </main>
  );
}
