import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_KINDS } from '../../../../shared/protocol';
import { useMeetingStore } from '../../meetingStore';
import { clockText } from '../../model/time';
import type { RunCommand } from '../agenda/runCommand';

type NoteKind = (typeof NOTE_KINDS)[number];

/** The evaluator's observations during the day and the feedback at the team's check-out, kept with the meeting. */
export function TeamNotes({ run }: { run: RunCommand }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const notes = useMeetingStore((s) => s.state.teamNotes);
  const timeZone = useMeetingStore((s) => s.state.timeZone);
  const [kind, setKind] = useState<NoteKind>('observation');
  const [text, setText] = useState('');
  const [error, setError] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(!text.trim());
    if (text.trim() && (await run({ type: 'addTeamNote', kind, text: text.trim() }))) setText('');
  };
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('team.notes')}</h2>
      {notes.length === 0 ? (
        <p>{t('team.noNotes')}</p>
      ) : (
        <ul className="team__notes">
          {notes.map((n) => (
            <li key={n.id}>
              <span className="muted">
                {clockText(n.at, i18n.language, timeZone)} · {t(`team.noteKind.${n.kind}`)}
              </span>
              <p>{n.text}</p>
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="radios">
          <legend className="visually-hidden">{t('facilitator.kindLabel')}</legend>
          {NOTE_KINDS.map((k) => (
            <label key={k}>
              <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} />{' '}
              {t(`team.noteKind.${k}`)}
            </label>
          ))}
        </fieldset>
        <label htmlFor={`${id}-text`}>{t('team.noteLabel')}</label>
        <textarea
          id={`${id}-text`}
          className="input"
          rows={3}
          maxLength={2000}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={error}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error && (
          <p id={`${id}-error`} className="error">
            {t('team.noteRequired')}
          </p>
        )}
        <button type="submit" className="button">
          {t('team.addNote')}
        </button>
      </form>
    </section>
  );
}
