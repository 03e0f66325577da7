import { useTranslation } from '../../i18n/useTranslation';
import { weakColourRatio } from '../../model/colour';
import { addMunicipality, fieldId, problemsAt, updateItem } from '../../model/programmeDraft';
import { FieldProblems, describedBy, type SectionProps } from './Field';
import { ItemList } from './ItemList';

/** The programme's municipalities: name and colour (colour is never the only cue: the name is always shown). */
export function MunicipalitiesSection(props: SectionProps) {
  const { edit, problems } = props;
  const { t, i18n } = useTranslation();
  return (
    <ItemList
      section="municipalities"
      {...props}
      add={addMunicipality}
      fields={(m, name, index) => {
        const colourId = fieldId('municipalities', m.id, 'colour');
        const colourProblems = problemsAt(problems, 'municipalities', index, 'colour');
        const weak = weakColourRatio(m.colour, i18n.locale);
        return (
          <>
            <span className="swatch" style={{ background: m.colour }} aria-hidden="true" />
            {name}
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
          </>
        );
      }}
    />
  );
}
