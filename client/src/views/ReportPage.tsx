import { useState, type ComponentType } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import '../i18n/staffCatalogue';
import '../i18n/feedbackCatalogue';
import { isTeam, seesTeamRounds } from '../../../shared/permissions';
import { meetingReport, type MeetingExport } from '../../../shared/day/report';
import { dayStartMs } from '../../../shared/day/schedule';
import { BadLink } from '../components/BadLink';
import { ErrorText } from '../components/ErrorText';
import { Header } from '../components/Header';
import { AgendaSection } from '../components/report/AgendaSection';
import { AttendanceSection } from '../components/report/AttendanceSection';
import { ComparisonSection } from '../components/report/ComparisonSection';
import { EorSection } from '../components/report/EorSection';
import { EvaluationSection } from '../components/report/EvaluationSection';
import { QuestionsSection } from '../components/report/QuestionsSection';
import type { SectionProps } from '../components/report/ReportSection';
import { RoundsSection } from '../components/report/RoundsSection';
import { TeamSection } from '../components/report/TeamSection';
import '../i18n/reportCatalogue';
import { downloadMeetingExport } from '../download';
import { useMeetingStore } from '../meetingStore';
import { dateText } from '../model/time';
import '../report.css';
import { useServerUrl } from '../serverUrl';
import { useLinkedMeeting } from '../useLinkedMeeting';
import PrintPage from './PrintPage';

/** The report's sections in their order on paper; another section is one more entry here. */
const SECTIONS: readonly ComponentType<SectionProps>[] = [
  AttendanceSection,
  AgendaSection,
  ComparisonSection,
  RoundsSection,
  QuestionsSection,
  EorSection,
  EvaluationSection,
  TeamSection,
];

/**
 * The day's report for the team (`/report/<id>#<secret>`, a facilitator's,
 * supervisor's or evaluator's secret). By default the version to hand out;
 * the team's version adds its own parts. Prints to A4 (report.css).
 */
export default function ReportPage({ print }: { print?: string }) {
  return print ? <PrintPage kind={print} /> : <MeetingReportPage />;
}

function MeetingReportPage() {
  const { t, i18n } = useTranslation();
  const { token, loaded, refused } = useLinkedMeeting();
  // The whole meeting: the report reads every part of the day.
  const state = useMeetingStore((s) => s.state);
  const role = useMeetingStore((s) => s.actor?.role);
  const serverUrl = useServerUrl() ?? '';
  // The report needs no ticking clock: it shows what happened; a running segment is projected from now at each render.
  const offsetMs = useMeetingStore((s) => s.offsetMs);
  const [forTeam, setForTeam] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);

  if (refused || (role && !isTeam(role))) return <BadLink title={t('report.title')} />;
  const now = Date.now() + offsetMs;
  const report = meetingReport(state, { now, dayStart: dayStartMs(state, now), forTeam });
  const save = async (file: MeetingExport) => {
    const ok = await downloadMeetingExport(serverUrl, state.meetingId, token, file, state.date, forTeam);
    setExportError(ok ? null : 'network');
  };
  return (
    <main className="page report-doc">
      <Header
        title={loaded ? state.name : t('report.loading')}
        subtitle={`${t('report.title')} · ${t('report.meta', { date: dateText(state.date, i18n.locale), count: state.participants.length })}`}
      />
      {loaded && (
        <>
          <div className="report-toolbar no-print">
            {/* A supervisor's link opens the handout only: it is the cluster room's screen (V5). */}
            {role && seesTeamRounds(role) && (
              <>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={forTeam}
                    onChange={(e) => setForTeam(e.target.checked)}
                    aria-describedby="report-team-hint"
                  />
                  <span>{t('report.teamVersion')}</span>
                </label>
                <p id="report-team-hint" className="hint">
                  {t('report.teamVersionHint')}
                </p>
              </>
            )}
            <div className="controls">
              <button
                type="button"
                className="button button--primary"
                onClick={() => window.print()}
                aria-describedby="report-print-hint"
              >
                {t('report.print')}
              </button>
              <button type="button" className="button" onClick={() => void save('report.csv')}>
                {t('report.csv')}
              </button>
              <button type="button" className="button" onClick={() => void save('report.json')}>
                {t('report.json')}
              </button>
            </div>
            <p id="report-print-hint" className="hint">
              {t('report.printHint')}
            </p>
            <ErrorText code={exportError} />
          </div>
          {forTeam && <p className="report-doc__mark">{t('report.teamOnly')}</p>}
          {SECTIONS.map((Section, i) => (
            <Section key={i} report={report} state={state} token={token} />
          ))}
        </>
      )}
    </main>
  );
}
