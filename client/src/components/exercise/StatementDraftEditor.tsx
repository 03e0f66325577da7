import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/exerciseCatalogue';
import { BOARD_KINDS } from '../../../../shared/protocol';
import {
  DRAFT_LIMITS,
  fieldKey,
  newCardLabel,
  nextCardKey,
  type DraftEdit,
  type StatementDraft,
} from '../../model/exerciseDraft';
import { CardLayoutEditor } from './CardLayoutEditor';
import { fieldAttrs, FieldProblem, type DraftFields } from './DraftField';

export interface StatementDraftEditorProps {
  draft: StatementDraft;
  index: number;
  total: number;
  fields: DraftFields;
  /** Applies an edit; `focus` is the field key that gets focus once it is drawn. */
  edit(edit: DraftEdit, focus?: string): void;
  onMoved(to: number): void;
  onRemoved(): void;
}

/** One statement of the exercise: its text, its board kind and its cards; moved and removed from here. */
export function StatementDraftEditor({
  draft,
  index,
  total,
  fields,
  edit,
  onMoved,
  onRemoved,
}: StatementDraftEditorProps) {
  const { t } = useTranslation();
  const n = index + 1;
  const key = draft.key;
  const textField = fieldKey.text(key);
  const textHint = `${fields.id(textField)}-hint`;
  const kindId = fields.id(`${key}.kind`);

  // Focus stays on the button pressed; at the top or bottom that button is disabled, so it goes to the other one.
  const move = (by: -1 | 1) => {
    const to = index + by;
    const stay = by === -1 ? (to === 0 ? 'down' : 'up') : to === total - 1 ? 'up' : 'down';
    edit({ type: 'move', key, by }, `${key}.${stay}`);
    onMoved(to + 1);
  };

  return (
    <li className="statement-draft">
      <fieldset className="statement-draft__group">
        <legend>{t('exercise.editor.statement', { n })}</legend>
        <div className="statement-draft__tools">
          <button
            type="button"
            id={fields.id(`${key}.up`)}
            className="button button--small"
            disabled={index === 0}
            aria-label={t('exercise.editor.moveUpStatement', { n })}
            onClick={() => move(-1)}
          >
            {t('exercise.editor.moveUp')}
          </button>
          <button
            type="button"
            id={fields.id(`${key}.down`)}
            className="button button--small"
            disabled={index === total - 1}
            aria-label={t('exercise.editor.moveDownStatement', { n })}
            onClick={() => move(1)}
          >
            {t('exercise.editor.moveDown')}
          </button>
          <button
            type="button"
            className="button button--small button--danger"
            aria-label={t('exercise.editor.removeStatement', { n })}
            onClick={onRemoved}
          >
            {t('exercise.editor.remove')}
          </button>
        </div>

        <label htmlFor={fields.id(textField)}>{t('exercise.editor.text')}</label>
        <textarea
          className="input"
          rows={2}
          value={draft.text}
          maxLength={DRAFT_LIMITS.text}
          onChange={(e) => edit({ type: 'text', key, text: e.target.value })}
          {...fieldAttrs(fields, textField, { hint: textHint })}
        />
        <p id={textHint} className="hint">
          {t('exercise.editor.textHint')}
        </p>
        <FieldProblem fields={fields} field={textField} />

        <label htmlFor={kindId}>{t('exercise.editor.boardKind')}</label>
        <select
          id={kindId}
          className="input"
          value={draft.kind}
          aria-describedby={`${kindId}-hint`}
          onChange={(e) => {
            const kind = BOARD_KINDS.find((k) => k === e.target.value);
            if (kind) edit({ type: 'kind', key, kind });
          }}
        >
          {BOARD_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`board.kind.${k}`)}
            </option>
          ))}
        </select>
        <p id={`${kindId}-hint`} className="hint">
          {t('exercise.editor.kindHint')}
        </p>

        <CardLayoutEditor
          draft={draft}
          n={n}
          fields={fields}
          onLabel={(card, label) => edit({ type: 'label', key, card, label })}
          onPlace={(card, at) => edit({ type: 'place', key, card, ...at })}
          onAddCard={() => {
            // The new card's label field gets focus: naming it is the next thing to do.
            const label = newCardLabel(draft.cards, (no) => t('exercise.editor.card', { n: no }));
            edit({ type: 'addCard', key, label }, fieldKey.label(key, nextCardKey(draft)));
          }}
          onRemoveCard={(card) => edit({ type: 'removeCard', key, card }, `${key}.addCard`)}
        />
      </fieldset>
    </li>
  );
}
