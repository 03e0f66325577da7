import { useTranslation } from '../../i18n/useTranslation';
import { addParticipant, fieldId, problemsAt, updateItem } from '../../model/programmeDraft';
import { FieldProblems, TextField, describedBy, type SectionProps } from './Field';
import { ItemList } from './ItemList';

/** The people enrolled from each municipality (usually imported from a spreadsheet). */
export function ParticipantsSection({ draft, edit, problems }: SectionProps) {
  const { t } = useTranslation();
  return (
    <ItemList
      section="participants"
      draft={draft}
      edit={edit}
      add={addParticipant}
      wrap
      fields={(p, index) => {
        const municipalityId = fieldId('participants', p.id, 'municipalityId');
        const municipalityProblems = problemsAt(problems, 'participants', index, 'municipalityId');
        return (
          <>
            <TextField
              id={fieldId('participants', p.id, 'name')}
              label={t('programme.participants.name')}
              value={p.name}
              onValue={(name) => edit((d) => updateItem(d, 'participants', p.id, { name }))}
              problems={problemsAt(problems, 'participants', index, 'name')}
            />
            <div className="field">
              <label htmlFor={municipalityId}>{t('programme.participants.municipality')}</label>
              <select
                id={municipalityId}
                className="input"
                value={p.municipalityId}
                onChange={(e) => edit((d) => updateItem(d, 'participants', p.id, { municipalityId: e.target.value }))}
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
          </>
        );
      }}
    />
  );
}
