import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/reportCatalogue';
import { reportPaths } from '../../model/report';

/** The day's report and the print-outs for the room, opened with this view's own secret. */
export function ReportLinks({ meetingId, token }: { meetingId: string; token: string }) {
  const { t } = useTranslation();
  const paths = reportPaths(meetingId, token);
  return (
    <section className="card" aria-labelledby="report-links-heading">
      <h2 id="report-links-heading">{t('report.links.heading')}</h2>
      <ul className="link-list">
        <li>
          <a href={paths.report} target="_blank" rel="noreferrer">
            {t('report.links.report')}
          </a>
        </li>
        <li>
          <a href={paths.cards} target="_blank" rel="noreferrer">
            {t('report.links.cards')}
          </a>
        </li>
        <li>
          <a href={paths.poster} target="_blank" rel="noreferrer">
            {t('report.links.poster')}
          </a>
        </li>
      </ul>
    </section>
  );
}
