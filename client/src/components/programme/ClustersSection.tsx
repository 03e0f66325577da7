import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import {
  addCluster,
  canAdd,
  fieldId,
  otherClusterOf,
  problemsAt,
  removeItem,
  setSupervisor,
  toggleClusterMunicipality,
  updateItem,
} from '../../model/programmeDraft';
import { AddItem, FieldProblems, RemoveItem, TextField, describedBy, type SectionProps } from './Field';

/** Clusters of 2–3 municipalities: which ones (checkboxes), their supervisor from the team, their room. */
export function ClustersSection({ draft, edit, problems }: SectionProps) {
  const { t } = useTranslation();
  const [added, setAdded] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="programme-clusters">
      <h2 id="programme-clusters">{t('programme.clusters.heading')}</h2>
      <p className="hint">{t('programme.clusters.lead')}</p>
      {!draft.clusters.length && <p className="muted">{t('programme.clusters.empty')}</p>}
      <ul className="programme-list">
        {draft.clusters.map((c, index) => {
          const membersId = fieldId('clusters', c.id, 'municipalityIds');
          const memberProblems = problemsAt(problems, 'clusters', index, 'municipalityIds');
          const supervisorId = fieldId('clusters', c.id, 'supervisorId');
          const supervisorProblems = problemsAt(problems, 'clusters', index, 'supervisorId');
          return (
            <li key={c.id}>
              <fieldset className="programme-row programme-row--wrap">
                <legend>{t('programme.clusters.item', { n: index + 1 })}</legend>
                <TextField
                  id={fieldId('clusters', c.id, 'name')}
                  label={t('programme.clusters.name')}
                  value={c.name}
                  onValue={(name) => edit((d) => updateItem(d, 'clusters', c.id, { name }))}
                  problems={problemsAt(problems, 'clusters', index, 'name')}
                  autoFocus={c.id === added}
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
                <RemoveItem name={c.name} onRemove={() => edit((d) => removeItem(d, 'clusters', c.id))} />
              </fieldset>
            </li>
          );
        })}
      </ul>
      <AddItem
        label={t('programme.clusters.add')}
        disabled={!canAdd(draft, 'clusters')}
        onAdd={(id) => {
          setAdded(id);
          edit((d) => addCluster(d, id));
        }}
      />
    </section>
  );
}
