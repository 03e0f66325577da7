import { useTranslation } from '../../i18n/useTranslation';
import type { ProgrammeReport } from '../../../../shared/year/programmeApi';
import { CONTENT_LANG } from '../../i18n/content';
import { meanText } from '../../model/report';
import { MeetingColumns } from './MeetingColumns';
import { TableHead } from './TableHead';
import { ReportSection } from './ReportSection';

/** The day's evaluation over the year (EV4): each question's mean at each lärträff, so the progression shows. */
export function EvaluationYearSection({ report }: { report: ProgrammeReport }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.locale;
  return (
    <ReportSection title={t('report.programme.evaluation')}>
      {report.evaluation.length === 0 ? (
        <p>{t('report.programme.evaluationNone')}</p>
      ) : (
        <>
          <p className="muted">{t('report.programme.evaluationLead')}</p>
          <table className="report-table">
            <TableHead text={[t('report.evaluation.question')]}>
              <MeetingColumns meetings={report.meetings} />
            </TableHead>
            <tbody>
              {report.evaluation.map((line) => (
                <tr key={line.question}>
                  <th scope="row" lang={CONTENT_LANG}>
                    {line.question}
                  </th>
                  {line.means.map((mean, i) => (
                    <td key={i} className="num">
                      {mean === null
                        ? '–'
                        : t('report.programme.evaluationCell', {
                            mean: meanText(mean, lng),
                            count: line.counts[i] ?? 0,
                          })}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </ReportSection>
  );
}
