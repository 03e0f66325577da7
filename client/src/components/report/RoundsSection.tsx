import { useTranslation } from 'react-i18next';
import { isOver } from '../../../../shared/day/report';
import { minutesText, roundsChart, signedMinutes } from '../../model/report';
import { clockText } from '../../../../shared/clock';
import { BarChart } from './BarChart';
import { ReportSection, type SectionProps } from './ReportSection';

/** The feedback rounds' timing log per cluster: each phase planned vs actual, and per municipality the sums. */
export function RoundsSection({ report }: SectionProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
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
            <thead>
              <tr>
                <th scope="col">{t('feedback.municipality')}</th>
                <th scope="col">{t('feedback.phaseColumn')}</th>
                <th scope="col">{t('feedback.started')}</th>
                <th scope="col" className="num">
                  {t('feedback.planned')}
                </th>
                <th scope="col" className="num">
                  {t('feedback.actual')}
                </th>
                <th scope="col" className="num">
                  {t('report.agenda.difference')}
                </th>
              </tr>
            </thead>
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
          <BarChart
            title={t('report.rounds.chart', { cluster: c.cluster })}
            series={[
              { label: t('report.agenda.plannedSeries'), fill: 'hatch' },
              { label: t('report.agenda.actualSeries'), fill: 'solid' },
            ]}
            rows={roundsChart(c)}
            format={(v) => minutesText(v, lng)}
          />
        </div>
      ))}
    </ReportSection>
  );
}
