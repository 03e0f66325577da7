import { useMemo, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { PageHeader } from '../components/PageHeader';
import { ErrorText } from '../components/ErrorText';
import { ProgrammeReportSection } from '../components/report/ProgrammeReportSection';
import '../i18n/programmeCatalogue';
import '../i18n/reportCatalogue';
import { programmeClient } from '../programmeClient';
import '../report.css';
import { useServerUrl } from '../serverUrl';

/** The year's report on its own, to print (`/programme/<id>/report#<organiser token>`). */
export default function ProgrammeReportPage({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const base = useServerUrl() ?? '';
  const [token] = useState(() => location.hash.slice(1));
  const client = useMemo(() => programmeClient(base, programmeId, token), [base, programmeId, token]);
  return (
    <main className="page report-doc">
      <PageHeader title={t('report.programme.heading')} subtitle={t('programme.title')} />
      {token ? <ProgrammeReportSection client={client} /> : <ErrorText code="badLink" />}
    </main>
  );
}
