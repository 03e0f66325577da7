import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEAM_ROLES, TeamRole } from '../../../../shared/programme';
import { addTeamMember, canAdd, fieldId, newId, problemsAt, removeItem, updateItem } from '../../model/programmeDraft';
import { TextField, type SectionProps } from './Field';

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
                    {TEAM_ROLES.map((role) => <option key={role} value={role}>{t(`programme.team.roles.${role}`)}</option>)}
                  </select>
                </div>
                <button type="button" className="button button--small" onClick={() => edit((d) => removeItem(d, 'team', member.id))}>
                  {t('programme.remove')}<span className="visually-hidden"> {member.name}</span>
                </button>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="button"
        disabled={!canAdd(draft, 'team')}
        onClick={() => {
          const id = newId();
          setAdded(id);
          edit((d) => addTeamMember(d, id));
        }}
      >
        {t('programme.team.add')}
      </button>
    </section>
  );
}
