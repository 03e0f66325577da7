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
import { FieldProblems, TextField, describedBy, type SectionProps } from './Field';
import { ItemList } from './ItemList';

/** Clusters of 2–3 municipalities: which ones (checkboxes), their supervisor from the team, their room. */
export function ClustersSection({ draft, edit, problems }: SectionProps) {
  const { t } = useTranslation();
  return (
    <ItemList
      section="clusters"
      draft={draft}
      edit={edit}
      add={addCluster}
      lead={t('programme.clusters.lead')}
      wrap
      fields={(c, index) => {
        const membersId = fieldId('clusters', c.id, 'municipalityIds');
        const memberProblems = problemsAt(problems, 'clusters', index, 'municipalityIds');
        const supervisorId = fieldId('clusters', c.id, 'supervisorId');
        const supervisorProblems = problemsAt(problems, 'clusters', index, 'supervisorId');
        return (
          <>
            <TextField
              id={fieldId('clusters', c.id, 'name')}
              label={t('programme.clusters.name')}
              value={c.name}
              onValue={(name) => edit((d) => updateItem(d, 'clusters', c.id, { name }))}
              problems={problemsAt(problems, 'clusters', index, 'name')}
            />
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
            <div className="field">
              <label htmlFor={supervisorId}>{t('programme.clusters.supervisor')}</label>
              <select
                id={supervisorId}
                className="input"
                value={c.supervisorId ?? ''}
                onChange={(e) => edit((d) => setSupervisor(d, c.id, e.target.value))}
                {...describedBy(supervisorId, supervisorProblems)}
              >
                <option value="">{t('programme.clusters.noSupervisor')}</option>
                {draft.team.map((member) => (
                  <option key={member.id} value={member.id}>
                    {member.name || '…'} ({t(`programme.team.roles.${member.role}`)})
                  </option>
                ))}
              </select>
              <FieldProblems id={`${supervisorId}-problem`} problems={supervisorProblems} />
            </div>
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
