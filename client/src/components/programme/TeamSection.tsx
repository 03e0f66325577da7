import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { TEAM_ROLES, TeamRole } from '../../../../shared/year/programme';
import { addTeamMember, canAdd, fieldId, problemsAt, removeItem, updateItem } from '../../model/programmeDraft';
import { AddItem, RemoveItem, TextField, type SectionProps } from './Field';

/** The project team: project leaders, supervisors (handledare) and the evaluator. */
export function TeamSection({ draft, edit, problems }: SectionProps) {
  const { t } = useTranslation();
  const [added, setAdded] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="programme-team">
      <h2 id="programme-team">{t('programme.team.heading')}</h2>
      {!draft.team.length && <p className="muted">{t('programme.team.empty')}</p>}
      <ul className="programme-list">
        {draft.team.map((member, index) => {
          const roleId = fieldId('team', member.id, 'role');
          return (
            <li key={member.id}>
              <fieldset className="programme-row">
                <legend>{t('programme.team.item', { n: index + 1 })}</legend>
                <TextField
                  id={fieldId('team', member.id, 'name')}
                  label={t('programme.team.name')}
                  value={member.name}
                  onValue={(name) => edit((d) => updateItem(d, 'team', member.id, { name }))}
                  problems={problemsAt(problems, 'team', index, 'name')}
                  autoFocus={member.id === added}
                />
                <div className="field">
                  <label htmlFor={roleId}>{t('programme.team.role')}</label>
                  <select
                    id={roleId}
                    className="input"
                    value={member.role}
                    onChange={(e) => {
                      const role = TeamRole.safeParse(e.target.value);
                      if (role.success) edit((d) => updateItem(d, 'team', member.id, { role: role.data }));
                    }}
                  >
                    {TEAM_ROLES.map((role) => (
                      <option key={role} value={role}>
                        {t(`programme.team.roles.${role}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <RemoveItem name={member.name} onRemove={() => edit((d) => removeItem(d, 'team', member.id))} />
              </fieldset>
            </li>
          );
        })}
      </ul>
      <AddItem
        label={t('programme.team.add')}
        disabled={!canAdd(draft, 'team')}
        onAdd={(id) => {
          setAdded(id);
          edit((d) => addTeamMember(d, id));
        }}
      />
    </section>
  );
}
