import { useTranslation } from '../../i18n/useTranslation';
import {
  addCluster,
  fieldId,
  otherClusterOf,
  problemsAt,
  setSupervisor,
  toggleClusterMunicipality,
  updateItem,
} from '../../model/programmeDraft';
import { FieldProblems, SelectField, TextField, type SectionProps } from './Field';
import { ItemList } from './ItemList';

/** Clusters of 2–3 municipalities: which ones (checkboxes), their supervisor from the team, their room. */
export function ClustersSection(props: SectionProps) {
  const { draft, edit, problems } = props;
  const { t } = useTranslation();
  return (
    <ItemList
      section="clusters"
      {...props}
      add={addCluster}
      lead={t('programme.clusters.lead')}
      wrap
      fields={(c, name, index) => {
        const membersId = fieldId('clusters', c.id, 'municipalityIds');
        const memberProblems = problemsAt(problems, 'clusters', index, 'municipalityIds');
        return (
          <>
            {name}
            <fieldset
              className="field checkboxes"
              aria-describedby={memberProblems.length ? `${membersId}-problem` : undefined}
            >
              <legend>{t('programme.clusters.members')}</legend>
              {draft.municipalities.map((m) => {
                const other = otherClusterOf(draft, m.id, c.id);
                const boxId = `${membersId}-${m.id}`;
                return (
                  <div key={m.id} className="checkbox">
                    <input
                      id={boxId}
                      type="checkbox"
                      checked={c.municipalityIds.includes(m.id)}
                      onChange={(e) => edit((d) => toggleClusterMunicipality(d, c.id, m.id, e.target.checked))}
                    />
                    <label htmlFor={boxId}>
                      <span className="swatch" style={{ background: m.colour }} aria-hidden="true" />
                      {other ? t('programme.clusters.inOther', { name: m.name, cluster: other }) : m.name}
                    </label>
                  </div>
                );
              })}
              <FieldProblems id={`${membersId}-problem`} problems={memberProblems} />
            </fieldset>
            <SelectField
              id={fieldId('clusters', c.id, 'supervisorId')}
              label={t('programme.clusters.supervisor')}
              value={c.supervisorId ?? ''}
              onValue={(supervisorId) => edit((d) => setSupervisor(d, c.id, supervisorId))}
              problems={problemsAt(problems, 'clusters', index, 'supervisorId')}
            >
              <option value="">{t('programme.clusters.noSupervisor')}</option>
              {draft.team.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name || '…'} ({t(`programme.team.roles.${member.role}`)})
                </option>
              ))}
            </SelectField>
            <TextField
              id={fieldId('clusters', c.id, 'room')}
              label={t('programme.clusters.room')}
              value={c.room ?? ''}
              onValue={(room) => edit((d) => updateItem(d, 'clusters', c.id, { room }))}
              problems={problemsAt(problems, 'clusters', index, 'room')}
            />
          </>
        );
      }}
    />
  );
}
