import { useTranslation } from '../../i18n/useTranslation';
import { clockText } from '../../../../shared/clock';
import { ReportSection, type SectionProps } from './ReportSection';
import { CONTENT_LANG } from '../../i18n/content';

/** The questions queued from the phones, under the municipality whose presentation they were about; no names. */
export function QuestionsSection({ report }: SectionProps) {
  const { t, i18n } = useTranslation();
  return (
    <ReportSection title={t('report.questions.heading')}>
      <p className="muted">{t('report.questions.lead')}</p>
      {report.questions.length === 0 && <p>{t('report.questions.none')}</p>}
      {report.questions.map((g) => (
        <div key={g.municipalityId} className="report-section__group">
          <h3>{t('report.questions.to', { municipality: g.municipality, cluster: g.cluster })}</h3>
          <ol className="report-questions">
            {g.questions.map((q, i) => (
              <li key={i}>
                {q.text ? <q lang={CONTENT_LANG}>{q.text}</q> : <em>{t('report.questions.noText')}</em>}{' '}
                <span className="muted">
                  {t('report.questions.from', {
                    municipality: q.from,
                    time: clockText(q.at, i18n.locale, report.meeting.timeZone),
                  })}{' '}
                  · {t(q.taken ? 'report.questions.taken' : 'report.questions.notTaken')}
                </span>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </ReportSection>
  );
}
