import { useTranslation } from '../../i18n/useTranslation';
import { MIN_GROUP, type ScoreSummary } from '../../../../shared/day/evaluationResults';
import { CONTENT_LANG } from '../../i18n/content';
import { meanText } from '../../model/report';
import { ReportSection, type SectionProps } from './ReportSection';
import { TableHead } from './TableHead';

/**
 * The day's evaluation (EV3): per question the mean and how many gave each
 * score. The team's version adds each municipality's means (from `MIN_GROUP`
 * answers) and the free-text answers, without names.
 */
export function EvaluationSection({ report }: SectionProps) {
  const { t, i18n } = useTranslation();
  const evaluation = report.evaluation;
  if (!evaluation) return null;
  const forTeam = report.team !== null;
  const mean = (s: ScoreSummary | null) => (s?.mean == null ? '–' : meanText(s.mean, i18n.locale));
  const municipalities = evaluation.questions[0]?.byMunicipality ?? [];
  return (
    <ReportSection title={t('report.evaluation.heading')}>
      <p className="muted">
        {t('report.evaluation.answers', { count: evaluation.answers, total: evaluation.participants })}
      </p>
      <table className="report-table">
        <TableHead
          text={[t('report.evaluation.question')]}
          num={[t('report.evaluation.count'), t('report.evaluation.mean')]}
        >
          {[1, 2, 3, 4, 5].map((n) => (
            <th key={n} scope="col" className="num">
              <abbr title={t('report.evaluation.score', { n })}>{n}</abbr>
            </th>
          ))}
        </TableHead>
        <tbody>
          {evaluation.questions.map((q, i) => (
            <tr key={q.id}>
              <th scope="row">
                {i + 1}. <span lang={CONTENT_LANG}>{q.text}</span>
                <br />
                <span className="muted">{t('report.evaluation.ends', { low: q.low, high: q.high })}</span>
              </th>
              <td className="num">{q.overall.count}</td>
              <td className="num">{mean(q.overall)}</td>
              {q.overall.distribution.map((n, s) => (
                <td key={s} className="num">
                  {n}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {!forTeam && <p className="muted">{t('report.evaluation.handout')}</p>}
      {forTeam && municipalities.length > 0 && (
        <div className="report-section__group">
          <p className="report-section__mark">{t('report.teamOnly')}</p>
          <h3>{t('report.evaluation.byMunicipality')}</h3>
          <p className="muted">{t('report.evaluation.hiddenLead', { min: MIN_GROUP })}</p>
          <table className="report-table">
            <TableHead text={[t('report.evaluation.municipality')]} num={[t('report.evaluation.count')]}>
              {evaluation.questions.map((q, i) => (
                <th key={q.id} scope="col" className="num">
                  {t('report.evaluation.meanOf', { n: i + 1 })}
                </th>
              ))}
            </TableHead>
            <tbody>
              {municipalities.map((m, row) => (
                <tr key={m.municipalityId}>
                  <th scope="row">{m.municipality}</th>
                  <td className="num">{m.count}</td>
                  {m.summary === null ? (
                    <td colSpan={evaluation.questions.length} className="muted">
                      {t('report.evaluation.hidden')}
                    </td>
                  ) : (
                    evaluation.questions.map((q) => (
                      <td key={q.id} className="num">
                        {mean(q.byMunicipality[row]!.summary)}
                      </td>
                    ))
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {forTeam && (
        <div className="report-section__group">
          {municipalities.length === 0 && <p className="report-section__mark">{t('report.teamOnly')}</p>}
          <h3>{t('report.evaluation.freeText')}</h3>
          {evaluation.freeTextPrompt && (
            <p className="muted" lang={CONTENT_LANG}>
              {evaluation.freeTextPrompt}
            </p>
          )}
          {evaluation.freeText.length === 0 ? (
            <p>{t('report.evaluation.freeTextNone')}</p>
          ) : (
            <ul className="report-notes">
              {evaluation.freeText.map((text, i) => (
                <li key={i} lang={CONTENT_LANG}>
                  {text}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </ReportSection>
  );
}
