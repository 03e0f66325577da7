import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { canAdd, removeItem, type Draft } from '../../model/programmeDraft';
import { AddItem, RemoveItem, type SectionProps } from './Field';

/** The sections of the programme form that are plain lists of named items. */
export type ItemSection = 'municipalities' | 'clusters' | 'team' | 'participants';

interface ItemListProps<S extends ItemSection> extends Pick<SectionProps, 'draft' | 'edit'> {
  /** Which list; its heading, legends, empty text and add button come from `programme.<section>.*`. */
  section: S;
  /** Puts an empty item with this id in the draft. */
  add: (draft: Draft, id: string) => Draft;
  /** A hint under the heading. */
  lead?: string;
  /** Rows with many fields wrap onto more lines. */
  wrap?: boolean;
  /** One item's own fields, between the row's legend and its remove button. */
  fields: (item: Draft[S][number], index: number) => ReactNode;
}

/**
 * A section of the programme form that is a list of items: a heading, a fieldset a row with
 * "Ta bort", and an add button whose new row takes the focus, so the organiser can type at once.
 */
export function ItemList<S extends ItemSection>({ section, draft, edit, add, lead, wrap, fields }: ItemListProps<S>) {
  const { t } = useTranslation();
  const items: readonly Draft[S][number][] = draft[section];
  const [added, setAdded] = useState<string | null>(null);
  const addedRow = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (added) addedRow.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [added]);
  const headingId = `programme-${section}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`programme.${section}.heading`, { n: items.length })}</h2>
      {lead && <p className="hint">{lead}</p>}
      {!items.length && <p className="muted">{t(`programme.${section}.empty`)}</p>}
      <ul className="programme-list">
        {items.map((item, index) => (
          <li key={item.id}>
            <fieldset
              ref={item.id === added ? addedRow : undefined}
              className={wrap ? 'programme-row programme-row--wrap' : 'programme-row'}
            >
              <legend>{t(`programme.${section}.item`, { n: index + 1 })}</legend>
              {fields(item, index)}
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
