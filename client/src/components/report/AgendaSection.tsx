import { useTranslation } from '../../i18n/useTranslation';
import { isOver, type AgendaReport, type MeetingReport } from '../../../../shared/day/report';
import { agendaChart, minutesText, signedMinutes } from '../../model/report';
import { dateText } from '../../model/time';
import { clockText } from '../../../../shared/clock';
import { PlannedActualChart } from './BarChart';
import { ReportSection, type SectionProps } from './ReportSection';
import { CONTENT_LANG } from '../../i18n/content';
import { TableHead } from './TableHead';

/**
 * The plan against what happened: each segment's planned and actual times,
 * and how the day ended; in a meeting of several days, each day against its
 * own clock and then how the whole meeting ended (G6).
 */
export function AgendaSection({ report }: SectionProps) {
  const { t, i18n } = useTranslation();
  const { days } = report;
  return (
    <ReportSection title={t('report.agenda.heading')}>
      {days.length === 1 ? (
        <DayAgenda agenda={report.agenda} report={report} />
      ) : (
        <>
          {days.map((d) => (
            <div key={d.day}>
              <h3>
                {t('agenda.dayOfDays', { day: d.day, days: days.length })} · {dateText(d.date, i18n.locale)}
              </h3>
              <DayAgenda agenda={d.agenda} report={report} />
            </div>
          ))}
          <h3>{t('report.agenda.whole')}</h3>
          <Summary agenda={report.agenda} report={report} />
        </>
      )}
    </ReportSection>
  );
}

/** How the day (or the meeting) ended against its plan. */
function Summary({ agenda, report }: { agenda: AgendaReport; report: MeetingReport }) {
  const { t, i18n } = useTranslation();
  const clock = (ms: number) => clockText(ms, i18n.locale, report.meeting.timeZone);
  const driftMin = Math.trunc(agenda.driftMs / 60_000);
  const drift =
    driftMin === 0
      ? t('agenda.onTime')
      : t(driftMin > 0 ? 'agenda.behind' : 'agenda.ahead', { minutes: Math.abs(driftMin) });
  return (
    <p>
      {agenda.actualEnd !== null
        ? t('report.agenda.ended', { actual: clock(agenda.actualEnd), planned: clock(agenda.plannedEnd), drift })
        : t('report.agenda.notEnded', { planned: clock(agenda.plannedEnd), drift })}{' '}
      {t('report.agenda.over', { n: agenda.overCount })}
    </p>
  );
}

function DayAgenda({ agenda, report }: { agenda: AgendaReport; report: MeetingReport }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.locale;
  const clock = (ms: number) => clockText(ms, lng, report.meeting.timeZone);
  const minutes = (n: number) => t('report.minutes', { n: minutesText(n, lng) });
  return (
    <>
      <Summary agenda={agenda} report={report} />
      <table className="report-table">
        <TableHead
          text={[t('report.agenda.segment'), t('report.agenda.planned'), t('report.agenda.actual')]}
          num={[t('report.agenda.difference')]}
        />
        <tbody>
          {agenda.rows.map((r) => (
            <tr key={r.segmentId}>
              <th scope="row" lang={CONTENT_LANG}>
                {r.title}
              </th>
              <td>
                {t('report.span', {
                  from: clock(r.plannedStart),
                  to: clock(r.plannedStart + r.plannedMinutes * 60_000),
                })}{' '}
                · {minutes(r.plannedMinutes)}
              </td>
              <td>
                {r.actualStart !== null && r.actualEnd !== null && r.actualMs !== null ? (
                  <>
                    {t('report.span', { from: clock(r.actualStart), to: clock(r.actualEnd) })} ·{' '}
                    {minutes(r.actualMs / 60_000)}
                  </>
                ) : (
                  t(`agenda.${r.status}`)
                )}
              </td>
              <td className={isOver(r.overMs) ? 'num timing--over' : 'num'}>
                {r.overMs === null ? '–' : t('report.minutes', { n: signedMinutes(r.overMs, lng) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <PlannedActualChart title={t('report.agenda.chart')} rows={agendaChart(agenda)} />
    </>
  );
}
