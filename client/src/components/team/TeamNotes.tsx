import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/staffCatalogue';
import { NOTE_KINDS, type Command, type TeamNote } from '../../../../shared/protocol';
import { mayDeleteNote, mayEditNote } from '../../../../shared/day/team';
import '../../i18n/teamViewCatalogue';
import { useMeetingStore } from '../../meetingStore';
import { clockText, timeOfDay } from '../../model/time';
import type { RunCommand } from '../agenda/runCommand';
import { ConfirmAction } from '../ConfirmAction';
import { CONTENT_LANG } from '../../i18n/content';

type NoteKind = (typeof NOTE_KINDS)[number];
interface Draft {
  kind: NoteKind;
  text: string;
  segmentId: string;
  municipalityId: string;
}

/** The note's words, kind and tags (O2): adding a note, or its author changing it (O1). */
function NoteForm({
  initial,
  textLabel,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: Draft;
  textLabel: string;
  submitLabel: string;
  onSubmit: (draft: Draft) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const agenda = useMeetingStore((s) => s.state.agenda);
  const municipalities = useMeetingStore((s) => s.state.municipalities);
  const [typed, setDraft] = useState(initial);
  // Until its writer picks one, the segment follows the initial one (a new note: the segment running now).
  const [segmentChosen, setSegmentChosen] = useState(false);
  const draft = segmentChosen ? typed : { ...typed, segmentId: initial.segmentId };
  const [error, setError] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const text = draft.text.trim();
    setError(!text);
    if (text && (await onSubmit({ ...draft, text })) && !onCancel) {
      setDraft({ ...initial, text: '' });
      setSegmentChosen(false);
    }
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <fieldset className="radios">
        <legend className="visually-hidden">{t('facilitator.kindLabel')}</legend>
        {NOTE_KINDS.map((k) => (
          <label key={k}>
            <input
              type="radio"
              name={`${id}-kind`}
              value={k}
              checked={draft.kind === k}
              onChange={() => set({ kind: k })}
            />{' '}
            {t(`team.noteKind.${k}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-text`}>{textLabel}</label>
      <textarea
        id={`${id}-text`}
        className="input"
        rows={3}
        maxLength={2000}
        value={draft.text}
        onChange={(e) => set({ text: e.target.value })}
        aria-invalid={error}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="error">
          {t('team.noteRequired')}
        </p>
      )}
      <label htmlFor={`${id}-segment`}>{t('teamView.notes.segment')}</label>
      <select
        id={`${id}-segment`}
        className="input"
        value={draft.segmentId}
        onChange={(e) => {
          setSegmentChosen(true);
          set({ segmentId: e.target.value });
        }}
      >
        <option value="">{t('teamView.notes.noTag')}</option>
        {agenda.map((s) => (
          <option key={s.id} value={s.id}>
            {timeOfDay(s.plannedStart, i18n.locale)} {s.title}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-municipality`}>{t('teamView.notes.municipality')}</label>
      <select
        id={`${id}-municipality`}
        className="input"
        value={draft.municipalityId}
        onChange={(e) => set({ municipalityId: e.target.value })}
      >
        <option value="">{t('teamView.notes.noTag')}</option>
        {municipalities.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
      <div className="controls">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('teamView.notes.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

const draftOf = (note: TeamNote): Draft => ({
  kind: note.kind,
  text: note.text,
  segmentId: note.segmentId ?? '',
  municipalityId: note.municipalityId ?? '',
});

/** One note: when, what kind, what it is about; its author may change it, and the facilitator take it out (O1). */
function NoteItem({ note, run, onDone }: { note: TeamNote; run: RunCommand; onDone: (key: string) => void }) {
  const { t, i18n } = useTranslation();
  const role = useMeetingStore((s) => s.actor?.role);
  const timeZone = useMeetingStore((s) => s.state.timeZone);
  const segment = useMeetingStore((s) => s.state.agenda.find((a) => a.id === note.segmentId));
  const municipality = useMeetingStore((s) => s.state.municipalities.find((m) => m.id === note.municipalityId));
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    // Back from the form, the focus returns to the button that opened it.
    if (!editing && wasEditing.current) editRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const time = clockText(note.at, i18n.locale, timeZone);
  const save = async (draft: Draft) => {
    const command: Command = {
      type: 'editTeamNote',
      noteId: note.id,
      kind: draft.kind,
      text: draft.text,
      segmentId: draft.segmentId || null,
      municipalityId: draft.municipalityId || null,
    };
    const ok = await run(command);
    if (ok) {
      setEditing(false);
      onDone('teamView.notes.saved');
    }
    return ok;
  };
  return (
    <li>
      <span className="muted">
        {time} · {t(`team.noteKind.${note.kind}`)}
        {segment && <> · {segment.title}</>}
        {municipality && (
          <>
            {' '}
            · <bdi>{municipality.name}</bdi>
          </>
        )}
        {note.by === 'facilitator' && <> · {t('teamView.notes.byFacilitator')}</>}
        {note.editedAt !== undefined && (
          <> · {t('teamView.notes.edited', { time: clockText(note.editedAt, i18n.locale, timeZone) })}</>
        )}
      </span>
      {editing ? (
        <NoteForm
          initial={draftOf(note)}
          textLabel={t('teamView.notes.editLabel', { time })}
          submitLabel={t('teamView.notes.save')}
          onSubmit={save}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <p lang={CONTENT_LANG}>{note.text}</p>
          <div className="controls">
            {mayEditNote(note, role) && (
              <button
                ref={editRef}
                type="button"
                className="button"
                aria-label={t('teamView.notes.editLabel', { time })}
                onClick={() => setEditing(true)}
              >
                {t('teamView.notes.edit')}
              </button>
            )}
            {mayDeleteNote(note, role) && (
              <ConfirmAction
                label={t('teamView.notes.delete')}
                heading={t('teamView.notes.deleteHeading')}
                text={t('teamView.notes.deleteText')}
                confirmLabel={t('teamView.notes.deleteConfirm')}
                cancelLabel={t('teamView.notes.cancel')}
                busyLabel={t('teamView.notes.deleteBusy')}
                onConfirm={async () => {
                  const ok = await run({ type: 'deleteTeamNote', noteId: note.id });
                  if (ok) onDone('teamView.notes.deleted');
                  return ok ? null : 'not_found';
                }}
              />
            )}
          </div>
        </>
      )}
    </li>
  );
}

/**
 * The evaluator's observations during the day and the feedback at the team's
 * check-out, kept with the meeting. A new note is about the segment running
 * now unless its writer picks another (O2).
 */
export function TeamNotes({ run }: { run: RunCommand }) {
  const { t } = useTranslation();
  const id = useId();
  const notes = useMeetingStore((s) => s.state.teamNotes);
  const current = useMeetingStore((s) => s.state.currentSegmentId);
  const [status, setStatus] = useState<string | null>(null);
  const add = async (draft: Draft) => {
    const ok = await run({
      type: 'addTeamNote',
      kind: draft.kind,
      text: draft.text,
      ...(draft.segmentId ? { segmentId: draft.segmentId } : {}),
      ...(draft.municipalityId ? { municipalityId: draft.municipalityId } : {}),
    });
    if (ok) setStatus('teamView.notes.added');
    return ok;
  };
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('team.notes')}</h2>
      <p className="muted">{t('teamView.notes.count', { count: notes.length })}</p>
      <p role="status" className="visually-hidden">
        {status ? t(status) : ''}
      </p>
      {notes.length === 0 ? (
        <p>{t('team.noNotes')}</p>
      ) : (
        <ul className="team__notes">
          {notes.map((n) => (
            <NoteItem key={n.id} note={n} run={run} onDone={setStatus} />
          ))}
        </ul>
      )}
      <NoteForm
        initial={{ kind: 'observation', text: '', segmentId: current ?? '', municipalityId: '' }}
        textLabel={t('team.noteLabel')}
        submitLabel={t('team.addNote')}
        onSubmit={add}
      />
    </section>
  );
}
