import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/startCatalogue';
import { useLocation } from 'wouter';
import { HTTP } from '../../../../shared/protocol/http';
import { api } from '../../api';
import '../../i18n/startProgrammeCatalogue';
import { useServerUrl } from '../../serverUrl';
import { ErrorText } from '../ErrorText';
import { TextField } from '../ui/TextField';
import { useNamedCreate } from '../ui/useNamedCreate';

/** On the start page: create a programme (then go to its secret link) and, on the laptop itself, open the demo. */
export function ProgrammeStart({ headers = {} }: { headers?: Record<string, string> }) {
  const { t } = useTranslation();
  const base = useServerUrl() ?? '';
  const [, navigate] = useLocation();
  const { busy, error, submit, nameField } = useNamedCreate();
  const [demoLink, setDemoLink] = useState<string | null>(null);

  // The server answers only the laptop it runs on; everyone else gets a 404 and sees no demo link.
  useEffect(() => {
    let live = true;
    void api(HTTP.demo, { base, params: {} }).then((res) => {
      if (live && res.ok) setDemoLink(res.data.organiserLink);
    });
    return () => {
      live = false;
    };
  }, [base]);

  const create = async (name: string) => {
    const res = await api(HTTP.createProgramme, { base, params: {}, headers, body: { name } });
    if (!res.ok)
      return res.status === 0 ? 'network' : res.status === 401 || res.status === 403 ? 'forbidden' : 'invalid';
    navigate(res.data.organiserLink);
    return null;
  };

  return (
    <section className="card" aria-labelledby="programme-heading">
      <h2 id="programme-heading">{t('start.programmeHeading')}</h2>
      <p className="hint">{t('start.programmeLead')}</p>
      <form onSubmit={(e) => void submit(e, create)} noValidate className="form">
        <TextField
          id="programme-name"
          label={t('start.programmeNameLabel')}
          {...nameField(t('start.programmeNameRequired'))}
        />
        <ErrorText code={error} />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('start.creatingProgramme') : t('start.createProgramme')}
        </button>
      </form>
      {demoLink && (
        <p className="demo">
          <a className="button" href={demoLink}>
            {t('start.openDemo')}
          </a>
          <span className="hint">{t('start.demoLead')}</span>
        </p>
      )}
    </section>
  );
}
