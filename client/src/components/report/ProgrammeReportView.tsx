import { useTranslation } from '../../i18n/useTranslation';
import type { ProgrammeReport } from '../../../../shared/year/programmeApi';
import { minutesText, signedMinutes } from '../../model/report';
import { dateText } from '../../model/time';
import { ProgressionTable } from '../programme/ProgressionSection';
import { BarChart } from './BarChart';
import { EvaluationYearSection } from './EvaluationYearSection';
import { MeetingColumns } from './MeetingColumns';
import { ReportSection } from './ReportSection';
import { TableHead } from './TableHead';

/** A day's drift reads in whole minutes; a phase's in tenths. */
const wholeMinutes = (ms: number) => Math.round(ms / 60_000) * 60_000;

/** The year on paper: attendance per lärträff, the statements asked more than once, timekeeping and the evaluations. */
export function ProgrammeReportView({ report }: { report: ProgrammeReport }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.locale;
  const heads = report.meetings.map((m) => t('report.programme.meeting', { n: m.number }));
  const held = report.meetings.flatMap((m, i) =>
    m.held ? [{ label: `${heads[i]} (${dateText(m.date, lng)})`, total: report.totals[i] ?? 0 }] : [],
  );
  const count = (n: number | null) => (n === null ? '–' : String(n));
  return (
    <>
      <ReportSection title={t('report.programme.attendance')}>
        <table className="report-table">
          <TableHead text={[t('report.attendance.municipality')]} num={[t('report.programme.enrolled')]}>
            <MeetingColumns meetings={report.meetings} />
          </TableHead>
          <tbody>
            {report.attendance.map((a) => (
              <tr key={a.municipality}>
                <th scope="row">{a.municipality}</th>
                <td className="num">{a.enrolled}</td>
                {a.counts.map((c, i) => (
                  <td key={i} className="num">
                    {count(c)}
                  </td>
                ))}
              </tr>
            ))}
            <tr className="report-table__total">
              <th scope="row">{t('report.attendance.total')}</th>
              <td />
              {report.totals.map((c, i) => (
                <td key={i} className="num">
                  {count(c)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
        {held.length > 0 && (
          <BarChart
            title={t('report.programme.totalsChart')}
            series={[{ label: t('report.attendance.count'), fill: 'solid' }]}
            rows={held.map((h) => ({ label: h.label, values: [h.total] }))}
            format={String}
          />
        )}
      </ReportSection>

      <ReportSection title={t('report.programme.progression')}>
        {report.progression.length === 0 && <p>{t('report.programme.progressionNone')}</p>}
        {report.progression.map((s) => (
          <div key={s.text} className="report-section__group">
            <ProgressionTable statement={s} />
            {s.board.kind === 'line' && (
              <BarChart
                title={t('report.programme.progressionChart', { text: s.text })}
                series={[{ label: t('programme.progression.group'), fill: 'hatch' }]}
                rows={s.points.map((p) => ({
                  label: `${dateText(p.date, lng)} ${t(`programme.progression.${p.exerciseKind}`)}`,
                  values: [p.group.meanScore],
                }))}
                format={(v) => String(Math.round(v))}
              />
            )}
          </div>
        ))}
      </ReportSection>

      <ReportSection title={t('report.programme.timing')}>
        {report.timing.length === 0 ? (
          <p>{t('report.programme.timingNone')}</p>
        ) : (
          <>
            <table className="report-table">
              <TableHead
                text={[t('programme.progression.meeting')]}
                num={[
                  t('report.programme.segmentsOver'),
                  t('report.programme.drift'),
                  t('report.programme.phasesOver'),
                  t('report.programme.meanOver'),
                ]}
              />
              <tbody>
                {report.timing.map((d) => (
                  <tr key={d.number}>
                    <th scope="row">
                      {t('report.programme.meeting', { n: d.number })} ({dateText(d.date, lng)})
                    </th>
                    <td className="num">{t('report.programme.of', { n: d.segmentsOver, total: d.segmentsRun })}</td>
                    <td className="num">{t('report.minutes', { n: signedMinutes(wholeMinutes(d.driftMs), lng) })}</td>
                    <td className="num">{t('report.programme.of', { n: d.phasesOver, total: d.phases })}</td>
                    <td className="num">
                      {d.meanPhaseOverMs === null
                        ? '–'
                        : t('report.minutes', { n: signedMinutes(d.meanPhaseOverMs, lng) })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <BarChart
              title={t('report.programme.driftChart')}
              series={[{ label: t('report.programme.drift'), fill: 'solid' }]}
              rows={report.timing.map((d) => ({
                label: `${t('report.programme.meeting', { n: d.number })} (${dateText(d.date, lng)})`,
                values: [wholeMinutes(d.driftMs) / 60_000],
              }))}
              format={(v) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${minutesText(Math.abs(v), lng)}`}
            />
          </>
        )}
      </ReportSection>

      <EvaluationYearSection report={report} />
    </>
  );
}
