import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { eorLink, type BoardsResponse } from '../../../shared/year/eorApi';
import { ErrorText } from '../components/ErrorText';
import { PageHeader } from '../components/PageHeader';
import { HomeworkReview } from '../components/eor/HomeworkReview';
import { LinksSection } from '../components/eor/LinksSection';
import { ProgressOverview } from '../components/eor/ProgressOverview';
import { eorClient } from '../eorClient';
import '../i18n/eorCatalogue';
import { useServerUrl } from '../serverUrl';

type Status = 'loading' | 'ready' | 'badLink' | 'network';

/**
 * The programme's EOR boards side by side ("as at the fifth lärträff"), for
 * the organiser (every board, the links, setting homework) or a cluster's
 * supervisor (the cluster's boards and its homework to answer).
 */
export default function EorProgrammePage({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const base = useServerUrl() ?? '';
  const [token] = useState(() => location.hash.slice(1));
  const client = useMemo(() => eorClient(base, programmeId, token), [base, programmeId, token]);
  const [status, setStatus] = useState<Status>(token ? 'loading' : 'badLink');
  const [data, setData] = useState<BoardsResponse | null>(null);
  const [asAt, setAsAt] = useState('');
  const [processName, setProcessName] = useState('');

  const load = () =>
    client.boards().then((res) => {
      if (res.ok) {
        setData(res.data);
        setStatus('ready');
      } else setStatus(res.status === 0 ? 'network' : 'badLink');
    });
  useEffect(() => {
    if (token) void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client]);

  if (status !== 'ready' || !data) {
    return (
      <main className="page">
        <PageHeader title={t('eor.overview.title')} />
        {status === 'loading' && <p>{t('eor.loading')}</p>}
        {status === 'badLink' && <ErrorText code="badLink" />}
        {status === 'network' && <ErrorText code="network" />}
      </main>
    );
  }

  const boardHref = (boardId: string) => eorLink(programmeId, token, boardId);
  const addProcess = async () => {
    const res = await client.addProcess(processName);
    if (res.ok) {
      setProcessName('');
      void load();
    }
  };
  return (
    <main className="page eor-page">
      <PageHeader
        title={t('eor.overview.title')}
        subtitle={data.clusterName ? `${data.programmeName} · ${data.clusterName}` : data.programmeName}
      />
      <section className="card" aria-labelledby="eor-overview">
        <h2 id="eor-overview">{t('eor.overview.heading')}</h2>
        <label className="field field--inline">
          <span>{t('eor.overview.asAt')}</span>
          <select className="input" value={asAt} onChange={(e) => setAsAt(e.target.value)}>
            <option value="">{t('eor.overview.now')}</option>
            {data.meetings.map((m) => (
              <option key={m.id} value={m.date.slice(0, 7)}>
                {t('eor.overview.asAtMeeting', { number: m.number, date: m.date })}
              </option>
            ))}
          </select>
        </label>
        <ProgressOverview boards={data.boards} asAt={asAt || null} boardHref={boardHref} />
        {data.access === 'organiser' && (
          <form
            className="controls"
            onSubmit={(e) => {
              e.preventDefault();
              void addProcess();
            }}
          >
            <label className="field">
              <span>{t('eor.overview.processName')}</span>
              <input
                className="input"
                maxLength={80}
                value={processName}
                placeholder={t('eor.overview.processExample')}
                onChange={(e) => setProcessName(e.target.value)}
              />
            </label>
            <button type="submit" className="button" disabled={!processName.trim()}>
              {t('eor.overview.addProcess')}
            </button>
          </form>
        )}
      </section>
      {data.access === 'organiser' && (
        <LinksSection client={client} base={base} programmeId={programmeId} token={token} />
      )}
      <HomeworkReview client={client} access={data.access} meetings={data.meetings} />
    </main>
  );
}
