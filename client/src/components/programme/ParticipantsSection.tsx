import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { addParticipant, canAdd, fieldId, problemsAt, removeItem, updateItem } from '../../model/programmeDraft';
import { AddItem, FieldProblems, RemoveItem, TextField, describedBy, type SectionProps } from './Field';

/** The people enrolled from each municipality (usually imported from a spreadsheet). */
export function ParticipantsSection({ draft, edit, problems }: SectionProps) {
  const { t } = useTranslation();
  const [added, setAdded] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="programme-participants">
      <h2 id="programme-participants">{t('programme.participants.heading', { n: draft.participants.length })}</h2>
      {!draft.participants.length && <p className="muted">{t('programme.participants.empty')}</p>}
      <ul className="programme-list">
        {draft.participants.map((p, index) => {
          const municipalityId = fieldId('participants', p.id, 'municipalityId');
          const municipalityProblems = problemsAt(problems, 'participants', index, 'municipalityId');
          return (
            <li key={p.id}>
              <fieldset className="programme-row programme-row--wrap">
                <legend>{t('programme.participants.item', { n: index + 1 })}</legend>
                <TextField
                  id={fieldId('participants', p.id, 'name')}
                  label={t('programme.participants.name')}
                  value={p.name}
                  onValue={(name) => edit((d) => updateItem(d, 'participants', p.id, { name }))}
                  problems={problemsAt(problems, 'participants', index, 'name')}
                  autoFocus={p.id === added}
                />
                <div className="field">
                  <label htmlFor={municipalityId}>{t('programme.participants.municipality')}</label>
                  <select
                    id={municipalityId}
                    className="input"
                    value={p.municipalityId}
                    onChange={(e) =>
                      edit((d) => updateItem(d, 'participants', p.id, { municipalityId: e.target.value }))
                    }
                    {...describedBy(municipalityId, municipalityProblems)}
                  >
                    <option value="">{t('programme.participants.chooseMunicipality')}</option>
                    {draft.municipalities.map((m) => (
                      <option key={m.id} value={m.id}>
                        {m.name}
                      </option>
                    ))}
                  </select>
                  <FieldProblems id={`${municipalityId}-problem`} problems={municipalityProblems} />
                </div>
                <TextField
                  id={fieldId('participants', p.id, 'email')}
                  label={t('programme.participants.email')}
                  type="email"
                  maxLength={254}
                  value={p.email ?? ''}
                  onValue={(email) => edit((d) => updateItem(d, 'participants', p.id, { email }))}
                  problems={problemsAt(problems, 'participants', index, 'email')}
                />
                <TextField
                  id={fieldId('participants', p.id, 'title')}
                  label={t('programme.participants.title')}
                  maxLength={120}
                  value={p.title ?? ''}
                  onValue={(title) => edit((d) => updateItem(d, 'participants', p.id, { title }))}
                  problems={problemsAt(problems, 'participants', index, 'title')}
                />
                <RemoveItem name={p.name} onRemove={() => edit((d) => removeItem(d, 'participants', p.id))} />
              </fieldset>
            </li>
          );
        })}
      </ul>
      <AddItem
        label={t('programme.participants.add')}
        disabled={!canAdd(draft, 'participants')}
        onAdd={(id) => {
          setAdded(id);
          edit((d) => addParticipant(d, id));
        }}
      />
    </section>
  );
}
