import { useTranslation } from '../../i18n/useTranslation';
import { addParticipant, fieldId, problemsAt, updateItem } from '../../model/programmeDraft';
import { SelectField, TextField, type SectionProps } from './Field';
import { ItemList } from './ItemList';

/** The people enrolled from each municipality (usually imported from a spreadsheet). */
export function ParticipantsSection(props: SectionProps) {
  const { draft, edit, problems } = props;
  const { t } = useTranslation();
  return (
    <ItemList
      section="participants"
      {...props}
      add={addParticipant}
      wrap
      fields={(p, name, index) => (
        <>
          {name}
          <SelectField
            id={fieldId('participants', p.id, 'municipalityId')}
            label={t('programme.participants.municipality')}
            value={p.municipalityId}
            onValue={(municipalityId) => edit((d) => updateItem(d, 'participants', p.id, { municipalityId }))}
            problems={problemsAt(problems, 'participants', index, 'municipalityId')}
          >
            <option value="">{t('programme.participants.chooseMunicipality')}</option>
            {draft.municipalities.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </SelectField>
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
      )}
    />
  );
}
