import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { ProgrammeMeeting } from '../../../../shared/year/programme';
import type { CreateMeetingResponse } from '../../../../shared/protocol';
import { addMeeting, canAdd, fieldId, newId, problemsAt, removeItem, updateItem } from '../../model/programmeDraft';
import { meetingLinks } from '../../storage';
import { TextField, type SectionProps } from './Field';

interface MeetingsProps extends SectionProps {
  /** Unsaved changes: a meeting starts from the saved programme, so save first. */
  dirty: boolean;
  /** The planned meeting being started now, if any. */
  starting: string | null;
  /** Links of meetings started from this page, by planned meeting: shown this once. */
  startedLinks: Readonly<Record<string, CreateMeetingResponse>>;
  onStart: (meeting: ProgrammeMeeting) => void;
}

const today = () => new Date().toLocaleDateString('sv-SE');

/** The year's lärträffar: number, date, place, theme, and starting one as a live meeting. */
export function MeetingsSection({ draft, edit, problems, dirty, starting, startedLinks, onStart }: MeetingsProps) {
  const { t } = useTranslation();
  const [added, setAdded] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="programme-meetings">
      <h2 id="programme-meetings">{t('programme.meetings.heading')}</h2>
      {!draft.meetings.length && <p className="muted">{t('programme.meetings.empty')}</p>}
      <ul className="programme-list">
        {draft.meetings.map((m, index) => {
          const at = (field: string) => problemsAt(problems, 'meetings', index, field);
          const hintId = fieldId('meetings', m.id, 'start-hint');
          return (
            <li key={m.id}>
              <fieldset className="programme-row programme-row--wrap">
                <legend>{t('programme.meetings.item', { n: m.number || index + 1 })}</legend>
                <TextField
                  id={fieldId('meetings', m.id, 'number')}
                  label={t('programme.meetings.number')}
                  type="number"
                  min={1}
                  max={99}
                  className="field--narrow"
                  value={String(m.number || '')}
                  onValue={(v) => edit((d) => updateItem(d, 'meetings', m.id, { number: Number.parseInt(v, 10) || 0 }))}
                  problems={at('number')}
                  autoFocus={m.id === added}
                />
                <TextField
                  id={fieldId('meetings', m.id, 'date')}
                  label={t('programme.meetings.date')}
                  type="date"
                  value={m.date}
                  onValue={(date) => edit((d) => updateItem(d, 'meetings', m.id, { date }))}
                  problems={at('date')}
                />
                <TextField
                  id={fieldId('meetings', m.id, 'place')}
                  label={t('programme.meetings.place')}
                  value={m.place ?? ''}
                  onValue={(place) => edit((d) => updateItem(d, 'meetings', m.id, { place }))}
                  problems={at('place')}
                />
                <TextField
                  id={fieldId('meetings', m.id, 'theme')}
                  label={t('programme.meetings.theme')}
                  value={m.theme ?? ''}
                  onValue={(theme) => edit((d) => updateItem(d, 'meetings', m.id, { theme }))}
                  problems={at('theme')}
                />
                <div className="programme-row__actions">
                  {m.meetingId ? (
                    <StartedMeeting meetingId={m.meetingId} number={m.number} links={startedLinks[m.id]} />
                  ) : (
                    <>
                      <button
                        type="button"
                        className="button button--primary"
                        disabled={dirty || starting !== null}
                        aria-describedby={dirty ? hintId : undefined}
                        onClick={() => onStart(m)}
                      >
                        {starting === m.id ? t('programme.meetings.starting') : t('programme.meetings.start')}
                      </button>
                      {dirty && (
                        <p id={hintId} className="hint">
                          {t('programme.saveFirst')}
                        </p>
                      )}
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => edit((d) => removeItem(d, 'meetings', m.id))}
                      >
                        {t('programme.remove')}
                        <span className="visually-hidden"> {t('programme.meetings.item', { n: m.number })}</span>
                      </button>
                    </>
                  )}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="button"
        disabled={!canAdd(draft, 'meetings')}
        onClick={() => {
          const id = newId();
          setAdded(id);
          edit((d) => addMeeting(d, id, today()));
        }}
      >
        {t('programme.meetings.add')}
      </button>
    </section>
  );
}

/** A started meeting: its links once, right after starting; later the console link if this computer kept it. */
function StartedMeeting({
  meetingId,
  number,
  links,
}: {
  meetingId: string;
  number: number;
  links?: CreateMeetingResponse;
}) {
  const { t } = useTranslation();
  if (links) {
    return (
      <div className="started" role="status">
        <h3>{t('programme.meetings.startedHeading', { n: number })}</h3>
        <p>{t('programme.meetings.startedLead')}</p>
        <dl className="links">
          <dt>{t('programme.meetings.facilitatorLink')}</dt>
          <dd>
            <a href={links.facilitatorLink}>{location.origin + links.facilitatorLink}</a>
          </dd>
          <dt>{t('programme.meetings.screenLink')}</dt>
          <dd>
            <a href={links.screenLink} target="_blank" rel="noreferrer">
              {location.origin + links.screenLink}
            </a>
          </dd>
          <dt>{t('programme.meetings.evaluatorLink')}</dt>
          <dd>
            <a href={links.evaluatorLink}>{location.origin + links.evaluatorLink}</a>
          </dd>
          {links.supervisorLinks.map((s) => (
            <div key={s.clusterId}>
              <dt>{t('programme.meetings.supervisorLink', { cluster: s.name })}</dt>
              <dd>
                <a href={s.link}>{location.origin + s.link}</a>
              </dd>
            </div>
          ))}
        </dl>
        <a className="button button--primary" href={links.facilitatorLink} target="_blank" rel="noreferrer">
          {t('programme.meetings.openConsole')}
        </a>
      </div>
    );
  }
  const kept = meetingLinks(meetingId);
  return (
    <div className="started">
      <p>{t('programme.meetings.started')}</p>
      {kept ? (
        <a className="button" href={kept.facilitatorLink}>
          {t('programme.meetings.openConsole')}
        </a>
      ) : (
        <p className="hint">{t('programme.meetings.linksElsewhere')}</p>
      )}
    </div>
  );
}
