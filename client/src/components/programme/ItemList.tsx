import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { canAdd, fieldId, problemsAt, removeItem, updateItem, type Draft } from '../../model/programmeDraft';
import { AddItem, RemoveItem, TextField, type SectionProps } from './Field';

/** The sections of the programme form that are plain lists of named items. */
export type ItemSection = 'municipalities' | 'clusters' | 'team' | 'participants';

interface ItemListProps<S extends ItemSection> extends SectionProps {
  /** Which list; its heading, legends, empty text and add button come from `programme.<section>.*`. */
  section: S;
  /** Puts an empty item with this id in the draft. */
  add: (draft: Draft, id: string) => Draft;
  /** A hint under the heading. */
  lead?: string;
  /** Rows with many fields wrap onto more lines. */
  wrap?: boolean;
  /** One item's fields, between the row's legend and its remove button; `name` is its name field, to place first. */
  fields: (item: Draft[S][number], name: ReactNode, index: number) => ReactNode;
}

/**
 * A section of the programme form that is a list of named items: a heading, a fieldset a row with
 * its name field and "Ta bort", and an add button whose new row's name takes the focus, so the
 * organiser can type it at once.
 */
export function ItemList<S extends ItemSection>({
  section,
  draft,
  edit,
  problems,
  add,
  lead,
  wrap,
  fields,
}: ItemListProps<S>) {
  const { t } = useTranslation();
  const items: readonly Draft[S][number][] = draft[section];
  const [added, setAdded] = useState<string | null>(null);
  const headingId = `programme-${section}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`programme.${section}.heading`, { n: items.length })}</h2>
      {lead && <p className="hint">{lead}</p>}
      {!items.length && <p className="muted">{t(`programme.${section}.empty`)}</p>}
      <ul className="programme-list">
        {items.map((item, index) => (
          <li key={item.id}>
            <fieldset className={wrap ? 'programme-row programme-row--wrap' : 'programme-row'}>
              <legend>{t(`programme.${section}.item`, { n: index + 1 })}</legend>
              {fields(
                item,
                <TextField
                  id={fieldId(section, item.id, 'name')}
                  label={t(`programme.${section}.name`)}
                  value={item.name}
                  onValue={(name) => edit((d) => updateItem<ItemSection>(d, section, item.id, { name }))}
                  problems={problemsAt(problems, section, index, 'name')}
                  autoFocus={item.id === added}
                />,
                index,
              )}
              <RemoveItem name={item.name} onRemove={() => edit((d) => removeItem(d, section, item.id))} />
            </fieldset>
          </li>
        ))}
      </ul>
      <AddItem
        label={t(`programme.${section}.add`)}
        disabled={!canAdd(draft, section)}
        onAdd={(id) => {
          setAdded(id);
          edit((d) => add(d, id));
        }}
      />
    </section>
  );
}
