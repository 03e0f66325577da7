import { useTranslation } from '../../i18n/useTranslation';
import { isOver } from '../../../../shared/day/report';
import { minutesText, roundsChart, signedMinutes } from '../../model/report';
import { clockText } from '../../../../shared/clock';
import { PlannedActualChart } from './BarChart';
import { ReportSection, type SectionProps } from './ReportSection';
import { TableHead } from './TableHead';

/** The feedback rounds' timing log per cluster: each phase planned vs actual, and per municipality the sums. */
export function RoundsSection({ report }: SectionProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.locale;
  const minutes = (ms: number) => t('report.minutes', { n: minutesText(ms / 60_000, lng) });
  return (
    <ReportSection title={t('report.rounds.heading')}>
      <p className="muted">{t('report.rounds.lead')}</p>
      {report.rounds.length === 0 && <p>{t('report.rounds.none')}</p>}
      {report.rounds.map((c) => (
        <div key={c.clusterId} className="report-section__group">
          <h3>{c.cluster}</h3>
          {(c.supervisor || c.room) && (
            <p className="muted">
              {t('report.rounds.clusterMeta', { supervisor: c.supervisor ?? '–', room: c.room ?? '–' })}
            </p>
          )}
          <table className="report-table">
            <TableHead
              text={[t('feedback.municipality'), t('feedback.phaseColumn'), t('feedback.started')]}
              num={[t('feedback.planned'), t('feedback.actual'), t('report.agenda.difference')]}
            />
            <tbody>
              {c.rows.map((r) => (
                <tr key={`${r.municipalityId}-${r.phase}-${r.startedAt}`}>
                  <th scope="row">{r.municipality}</th>
                  <td>{t(`feedback.phase.${r.phase}`)}</td>
                  <td>{clockText(r.startedAt, lng, report.meeting.timeZone)}</td>
                  <td className="num">{minutes(r.plannedMs)}</td>
                  <td className="num">{minutes(r.actualMs)}</td>
                  <td className={isOver(r.overMs) ? 'num timing--over' : 'num'}>
                    {t('report.minutes', { n: signedMinutes(r.overMs, lng) })}
                  </td>
                </tr>
              ))}
              {c.byMunicipality.map((m) => (
                <tr key={m.municipalityId} className="report-table__total">
                  <th scope="row">{m.municipality}</th>
                  <td>{t('report.rounds.total')}</td>
                  <td>
                    {t('report.rounds.phasesOver')}: {m.phasesOver}
                  </td>
                  <td className="num">{minutes(m.plannedMs)}</td>
                  <td className="num">{minutes(m.actualMs)}</td>
                  <td className="num">{t('report.minutes', { n: signedMinutes(m.actualMs - m.plannedMs, lng) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <PlannedActualChart title={t('report.rounds.chart', { cluster: c.cluster })} rows={roundsChart(c)} />
        </div>
      ))}
    </ReportSection>
  );
}
