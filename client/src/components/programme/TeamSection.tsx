import { useTranslation } from '../../i18n/useTranslation';
import { TEAM_ROLES, TeamRole } from '../../../../shared/year/programme';
import { addTeamMember, fieldId, updateItem } from '../../model/programmeDraft';
import { SelectField, type SectionProps } from './Field';
import { ItemList } from './ItemList';

/** The project team: project leaders, supervisors (handledare) and the evaluator. */
export function TeamSection(props: SectionProps) {
  const { edit } = props;
  const { t } = useTranslation();
  return (
    <ItemList
      section="team"
      {...props}
      add={addTeamMember}
      fields={(member, name) => (
        <>
          {name}
          <SelectField
            id={fieldId('team', member.id, 'role')}
            label={t('programme.team.role')}
            value={member.role}
            onValue={(value) => {
              const role = TeamRole.safeParse(value);
              if (role.success) edit((d) => updateItem(d, 'team', member.id, { role: role.data }));
            }}
          >
            {TEAM_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`programme.team.roles.${role}`)}
              </option>
            ))}
          </SelectField>
        </>
      )}
    />
  );
}
