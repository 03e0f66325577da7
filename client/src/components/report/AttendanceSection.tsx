import { useTranslation } from '../../i18n/useTranslation';
import { BarChart } from './BarChart';
import { ReportSection, type SectionProps } from './ReportSection';
import { TableHead } from './TableHead';

/** Who came, per municipality; names only in the team's version. */
export function AttendanceSection({ report }: SectionProps) {
  const { t } = useTranslation();
  const { rows, total } = report.attendance;
  const named = report.team !== null;
  return (
    <ReportSection title={t('report.attendance.heading')}>
      {total === 0 ? (
        <p>{t('report.attendance.none')}</p>
      ) : (
        <div className="report-section__pair">
          <table className="report-table">
            <TableHead text={[t('report.attendance.municipality')]} num={[t('report.attendance.count')]}>
              {named && <th scope="col">{t('report.attendance.names')}</th>}
            </TableHead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.municipalityId}>
                  <th scope="row">
                    <span className="swatch" style={{ background: r.colour }} aria-hidden="true" />
                    <bdi>{r.municipality}</bdi>
                  </th>
                  <td className="num">{r.count}</td>
                  {named && (
                    <td className="wrap">
                      <bdi>{r.names.join(', ')}</bdi>
                    </td>
                  )}
                </tr>
              ))}
              <tr className="report-table__total">
                <th scope="row">{t('report.attendance.total')}</th>
                <td className="num">{total}</td>
                {named && <td />}
              </tr>
            </tbody>
          </table>
          <BarChart
            title={t('report.attendance.chart')}
            series={[{ label: t('report.attendance.count'), fill: 'solid' }]}
            rows={rows.map((r) => ({ label: r.municipality, values: [r.count] }))}
            format={String}
          />
        </div>
      )}
    </ReportSection>
  );
}
