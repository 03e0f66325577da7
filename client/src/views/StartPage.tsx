import { useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import '../i18n/startCatalogue';
import '../i18n/erasureCatalogue';
import { useLocation } from 'wouter';
import type { CreateMeetingResponse } from '../../../shared/protocol';
import { HTTP } from '../../../shared/protocol/http';
import { api } from '../api';
import { CodeForm } from '../components/CodeForm';
import { ErrorText } from '../components/ErrorText';
import { PageHeader } from '../components/PageHeader';
import { TextField } from '../components/ui/TextField';
import { useNamedCreate } from '../components/ui/useNamedCreate';
import { OrganiserKeyField } from '../components/access/OrganiserKeyField';
import { ProgrammeStart } from '../components/programme/ProgrammeStart';
import { useOrganiserKey } from '../organiserKey';
import { saveMeetingLinks } from '../storage';

function today(): string {
  return new Date().toLocaleDateString('sv-SE');
}

/** Create a meeting (organiser) or join one with a code (everyone else). */
export default function StartPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const { busy, error, submit, nameField } = useNamedCreate();
  const [date, setDate] = useState(today);
  const [municipalities, setMunicipalities] = useState('');
  const [created, setCreated] = useState<CreateMeetingResponse | null>(null);
  const organiser = useOrganiserKey();
  const [anonymous, setAnonymous] = useState(false);

  const create = async (name: string) => {
    const res = await api(HTTP.createMeeting, {
      params: {},
      headers: organiser.headers,
      body: {
        name,
        date,
        municipalities: municipalities
          .split('\n')
          .map((m) => m.trim())
          .filter(Boolean)
          .map((m) => ({ name: m })),
        anonymous,
      },
    });
    if (!res.ok) return res.status === 0 ? 'network' : (res.error?.code ?? 'invalid');
    saveMeetingLinks(res.data.meetingId, res.data);
    setCreated(res.data);
    return null;
  };

  return (
    <main className="page page--narrow">
      <PageHeader title={t('app.name')} subtitle={t('app.tagline')} documentTitle={t('app.name')} />

      <section className="card" aria-labelledby="join-heading">
        <h2 id="join-heading">{t('start.joinHeading')}</h2>
        <CodeForm onCode={(code) => navigate(`/join/${code}`)} />
      </section>

      {organiser.required && <OrganiserKeyField value={organiser.key} onChange={organiser.setKey} />}

      <section className="card" aria-labelledby="create-heading">
        <h2 id="create-heading">{t('start.createHeading')}</h2>
        {created ? (
          <div aria-live="polite">
            <h3>{t('start.createdHeading')}</h3>
            <p>{t('start.createdLead')}</p>
            <dl className="links">
              <dt>{t('start.facilitatorLink')}</dt>
              <dd>
                <a href={created.facilitatorLink}>{location.origin + created.facilitatorLink}</a>
              </dd>
              <dt>{t('start.screenLink')}</dt>
              <dd>
                <a href={created.screenLink} target="_blank" rel="noreferrer">
                  {location.origin + created.screenLink}
                </a>
              </dd>
            </dl>
            <a className="button button--primary" href={created.facilitatorLink}>
              {t('start.openConsole')}
            </a>
          </div>
        ) : (
          <form onSubmit={(e) => void submit(e, create)} noValidate className="form">
            <TextField
              id="meeting-name"
              label={t('start.nameLabel')}
              {...nameField(t('validation.meetingNameRequired'))}
            />
            <label htmlFor="meeting-date">{t('start.dateLabel')}</label>
            <input
              id="meeting-date"
              className="input"
              type="date"
              value={date}
              onChange={(e) => setDate(e.target.value)}
              required
            />
            <label htmlFor="meeting-municipalities">{t('start.municipalitiesLabel')}</label>
            <textarea
              id="meeting-municipalities"
              className="input"
              rows={4}
              value={municipalities}
              onChange={(e) => setMunicipalities(e.target.value)}
            />
            <label>
              <input
                type="checkbox"
                checked={anonymous}
                onChange={(e) => setAnonymous(e.target.checked)}
                aria-describedby="meeting-anonymous-hint"
              />{' '}
              {t('privacy.anonymous.label')}
            </label>
            <p id="meeting-anonymous-hint" className="hint">
              {t('privacy.anonymous.hint')}
            </p>
            <ErrorText code={error} />
            <button type="submit" className="button" disabled={busy}>
              {busy ? t('start.creating') : t('start.create')}
            </button>
          </form>
        )}
      </section>

      <ProgrammeStart headers={organiser.headers} />
    </main>
  );
}
