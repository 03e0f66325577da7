import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/exerciseCatalogue';
import { DRAFT_LIMITS, fieldKey, type StatementDraft } from '../../model/exerciseDraft';
import { CardPreview } from './CardPreview';
import { fieldAttrs, FieldProblem, type DraftFields } from './DraftField';

/**
 * A position in whole per cent, the keyboard path for placing a card. What
 * is typed stays as typed while the field has focus (so clearing it to type
 * anew does not snap to 0); the card moves with every valid number.
 */
function PercentInput({ id, value, onValue }: { id: string; value: number; onValue(v: number): void }) {
  const [typed, setTyped] = useState<string | null>(null);
  return (
    <input
      id={id}
      className="input input--percent"
      type="number"
      inputMode="numeric"
      min={0}
      max={100}
      step={1}
      value={typed ?? String(Math.round(value * 100))}
      onChange={(e) => {
        const text = e.target.value;
        setTyped(text);
        const n = Number(text);
        if (text.trim() !== '' && Number.isFinite(n)) onValue(Math.min(100, Math.max(0, n)) / 100);
      }}
      onBlur={() => setTyped(null)}
    />
  );
}

export interface CardLayoutEditorProps {
  draft: StatementDraft;
  /** The statement's place in the list, from 1, for names read out. */
  n: number;
  fields: DraftFields;
  onLabel(card: string, label: string): void;
  onPlace(card: string, at: { x?: number; y?: number }): void;
  onAddCard(): void;
  onRemoveCard(card: string): void;
}

/** The statement's cards: every label editable; on a `cards` board also add, remove and place (drag, or per cent). */
export function CardLayoutEditor({
  draft,
  n,
  fields,
  onLabel,
  onPlace,
  onAddCard,
  onRemoveCard,
}: CardLayoutEditorProps) {
  const { t } = useTranslation();
  const placeable = draft.kind === 'cards';
  const cardsField = fieldKey.cards(draft.key);
  const hintId = `${fields.id(cardsField)}-hint`;
  const cardName = (i: number) =>
    draft.kind === 'line'
      ? t(i === 0 ? 'exercise.editor.poleStart' : 'exercise.editor.poleEnd')
      : t('exercise.editor.card', { n: i + 1 });

  return (
    <fieldset
      className="card-drafts"
      tabIndex={-1}
      {...fieldAttrs(fields, cardsField, { hint: hintId, invalid: false })}
    >
      <legend>{t('exercise.editor.cards')}</legend>
      <p id={hintId} className="hint">
        {t(placeable ? 'exercise.editor.cardsHintCards' : 'exercise.editor.cardsHintFixed')}
      </p>
      <FieldProblem fields={fields} field={cardsField} />
      <div className="card-drafts__layout">
        <div>
          <ol className="card-drafts__list">
            {draft.cards.map((card, i) => {
              const labelField = fieldKey.label(draft.key, card.key);
              const at = `${draft.key}.${card.key}`;
              return (
                <li key={card.key}>
                  <fieldset className="card-draft">
                    <legend>{cardName(i)}</legend>
                    <label htmlFor={fields.id(labelField)}>{t('exercise.editor.cardLabel')}</label>
                    <input
                      className="input"
                      value={card.label}
                      maxLength={DRAFT_LIMITS.label}
                      onChange={(e) => onLabel(card.key, e.target.value)}
                      {...fieldAttrs(fields, labelField)}
                    />
                    <FieldProblem fields={fields} field={labelField} />
                    {placeable && (
                      <div className="card-draft__place">
                        <span>
                          <label htmlFor={fields.id(`${at}.x`)}>{t('exercise.editor.fromLeft')}</label>
                          <PercentInput
                            id={fields.id(`${at}.x`)}
                            value={card.x}
                            onValue={(x) => onPlace(card.key, { x })}
                          />
                        </span>
                        <span>
                          <label htmlFor={fields.id(`${at}.y`)}>{t('exercise.editor.fromTop')}</label>
                          <PercentInput
                            id={fields.id(`${at}.y`)}
                            value={card.y}
                            onValue={(y) => onPlace(card.key, { y })}
                          />
                        </span>
                        <button
                          type="button"
                          className="button button--small button--danger"
                          disabled={draft.cards.length <= DRAFT_LIMITS.minCards}
                          aria-label={t('exercise.editor.removeCard', { n: i + 1 })}
                          onClick={() => onRemoveCard(card.key)}
                        >
                          {t('exercise.editor.remove')}
                        </button>
                      </div>
                    )}
                  </fieldset>
                </li>
              );
            })}
          </ol>
          {placeable && (
            <button
              type="button"
              id={fields.id(`${draft.key}.addCard`)}
              className="button button--small"
              disabled={draft.cards.length >= DRAFT_LIMITS.maxCards}
              onClick={onAddCard}
            >
              {t('exercise.editor.addCard')}
            </button>
          )}
        </div>
        <CardPreview draft={draft} label={t('exercise.editor.preview', { n })} onPlace={onPlace} />
      </div>
    </fieldset>
  );
}
