import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { weakColourRatio } from '../../model/colour';
import { addMunicipality, canAdd, fieldId, problemsAt, removeItem, updateItem } from '../../model/programmeDraft';
import { AddItem, FieldProblems, RemoveItem, TextField, describedBy, type SectionProps } from './Field';

/** The programme's municipalities: name and colour (colour is never the only cue: the name is always shown). */
export function MunicipalitiesSection({ draft, edit, problems }: SectionProps) {
  const { t, i18n } = useTranslation();
  const [added, setAdded] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="programme-municipalities">
      <h2 id="programme-municipalities">{t('programme.municipalities.heading', { n: draft.municipalities.length })}</h2>
      {!draft.municipalities.length && <p className="muted">{t('programme.municipalities.empty')}</p>}
      <ul className="programme-list">
        {draft.municipalities.map((m, index) => {
          const colourId = fieldId('municipalities', m.id, 'colour');
          const colourProblems = problemsAt(problems, 'municipalities', index, 'colour');
          const weak = weakColourRatio(m.colour, i18n.language);
          return (
            <li key={m.id}>
              <fieldset className="programme-row">
                <legend>{t('programme.municipalities.item', { n: index + 1 })}</legend>
                <span className="swatch" style={{ background: m.colour }} aria-hidden="true" />
                <TextField
                  id={fieldId('municipalities', m.id, 'name')}
                  label={t('programme.municipalities.name')}
                  value={m.name}
                  onValue={(name) => edit((d) => updateItem(d, 'municipalities', m.id, { name }))}
                  problems={problemsAt(problems, 'municipalities', index, 'name')}
                  autoFocus={m.id === added}
                />
                <div className="field field--narrow">
                  <label htmlFor={colourId}>{t('programme.municipalities.colour')}</label>
                  <input
                    id={colourId}
                    type="color"
                    className="input input--colour"
                    value={m.colour}
                    onChange={(e) => edit((d) => updateItem(d, 'municipalities', m.id, { colour: e.target.value }))}
                    {...describedBy(colourId, colourProblems, weak ? `${colourId}-weak` : undefined)}
                  />
                  <FieldProblems id={`${colourId}-problem`} problems={colourProblems} />
                  {weak && (
                    <p id={`${colourId}-weak`} className="hint hint--warning">
                      {t('programme.municipalities.weakColour', { ratio: weak })}
                    </p>
                  )}
                </div>
                <RemoveItem name={m.name} onRemove={() => edit((d) => removeItem(d, 'municipalities', m.id))} />
              </fieldset>
            </li>
          );
        })}
      </ul>
      <AddItem
        label={t('programme.municipalities.add')}
        disabled={!canAdd(draft, 'municipalities')}
        onAdd={(id) => {
          setAdded(id);
          edit((d) => addMunicipality(d, id));
        }}
      />
    </section>
  );
}
