import { useTranslation } from '../../i18n/useTranslation';
import { TEAM_ROLES, TeamRole } from '../../../../shared/year/programme';
import { addTeamMember, fieldId, problemsAt, updateItem } from '../../model/programmeDraft';
import { TextField, type SectionProps } from './Field';
import { ItemList } from './ItemList';

/** The project team: project leaders, supervisors (handledare) and the evaluator. */
export function TeamSection({ draft, edit, problems }: SectionProps) {
  const { t } = useTranslation();
  return (
    <ItemList
      section="team"
      draft={draft}
      edit={edit}
      add={addTeamMember}
      fields={(member, index) => {
        const roleId = fieldId('team', member.id, 'role');
        return (
          <>
            <TextField
              id={fieldId('team', member.id, 'name')}
              label={t('programme.team.name')}
              value={member.name}
              onValue={(name) => edit((d) => updateItem(d, 'team', member.id, { name }))}
              problems={problemsAt(problems, 'team', index, 'name')}
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
          </>
        );
      }}
    />
  );
}
