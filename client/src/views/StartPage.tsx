import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
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
  const [name, setName] = useState('');
  const [date, setDate] = useState(today);
  const [municipalities, setMunicipalities] = useState('');
  const [nameError, setNameError] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreateMeetingResponse | null>(null);
  const organiser = useOrganiserKey();
  const [anonymous, setAnonymous] = useState(false);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    setNameError(!trimmed);
    if (!trimmed) return;
    setBusy(true);
    setError(null);
    const res = await api(HTTP.createMeeting, {
      params: {},
      headers: organiser.headers,
      body: {
        name: trimmed,
        date,
        municipalities: municipalities
          .split('\n')
          .map((m) => m.trim())
          .filter(Boolean)
          .map((m) => ({ name: m })),
        anonymous,
      },
    });
    setBusy(false);
    if (res.ok) {
      saveMeetingLinks(res.data.meetingId, res.data);
      setCreated(res.data);
    } else setError(res.status === 0 ? 'network' : (res.error?.code ?? 'invalid'));
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
          <form onSubmit={create} noValidate className="form">
            <TextField
              id="meeting-name"
              label={t('start.nameLabel')}
              value={name}
              onChange={setName}
              maxLength={80}
              error={nameError ? t('validation.meetingNameRequired') : null}
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
