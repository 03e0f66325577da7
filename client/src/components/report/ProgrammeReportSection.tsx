import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { ProgrammeReport } from '../../../../shared/year/programmeApi';
import { download } from '../../download';
import '../../i18n/reportCatalogue';
import type { ProgrammeClient } from '../../programmeClient';
import { ErrorText } from '../ErrorText';
import { ProgrammeReportView } from './ProgrammeReportView';
import { Alert } from '../ui/Alert';

/** The year's report, loaded from the server; with its exports and the print view (`/programme/<id>/report#<token>`). */
export function ProgrammeReportSection({ client, printLink }: { client: ProgrammeClient; printLink?: string }) {
  const { t } = useTranslation();
  const [report, setReport] = useState<ProgrammeReport | null>(null);
  const [failed, setFailed] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const load = async () => {
    const res = await client.report();
    setFailed(!res.ok);
    if (res.ok) setReport(res.data);
  };
  useEffect(() => {
    void load();
    // Loaded once per page; the button reloads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client]);
  const save = async (ext: 'csv' | 'json') => {
    const blob = await client.exportCsv('report', ext);
    if (blob) download(blob, `arsrapport.${ext}`);
    setExportError(blob ? null : 'network');
  };
  return (
    <section className="card report-doc" aria-labelledby="programme-report-heading">
      {/* On its own page the page says "Årsrapport"; the section names the programme. */}
      <h2 id="programme-report-heading">
        {printLink ? t('report.programme.heading') : (report?.name ?? t('report.programme.heading'))}
      </h2>
      <p className="muted">{t('report.programme.lead')}</p>
      <div className="controls no-print">
        {printLink ? (
          <a className="button button--primary" href={printLink} target="_blank" rel="noreferrer">
            {t('report.programme.open')}
          </a>
        ) : (
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('report.print')}
          </button>
        )}
        <button type="button" className="button" onClick={() => void save('csv')}>
          {t('report.csv')}
        </button>
        <button type="button" className="button" onClick={() => void save('json')}>
          {t('report.json')}
        </button>
        <button type="button" className="button" onClick={() => void load()}>
          {t('report.programme.reload')}
        </button>
      </div>
      <ErrorText code={exportError} />
      {failed && <Alert>{t('report.programme.failed')}</Alert>}
      {report && <ProgrammeReportView report={report} />}
    </section>
  );
}
