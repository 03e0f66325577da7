import type { InputHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { TFunction } from '../../i18n/useTranslation';
import { TextField as LabelledInput } from '../ui/TextField';
import { newId, type Draft, type FieldProblem } from '../../model/programmeDraft';

/** A field's problems in words. */
function problemText(t: TFunction, problems: readonly FieldProblem[]): string | null {
  if (!problems.length) return null;
  return problems.map((p) => t(`programme.problems.${p.kind}`, { subject: p.subject, count: p.count })).join(' ');
}

/** A field's problems in words, under the field; the field points here with aria-describedby. */
export function FieldProblems({ id, problems }: { id: string; problems: readonly FieldProblem[] }) {
  const { t } = useTranslation();
  const text = problemText(t, problems);
  return text ? (
    <p id={id} className="error">
      {text}
    </p>
  ) : null;
}

/** The attributes that tie a field to its problems. */
export function describedBy(id: string, problems: readonly FieldProblem[], hint?: string) {
  const ids = [hint, problems.length ? `${id}-problem` : undefined].filter(Boolean).join(' ');
  return { 'aria-invalid': problems.length > 0, 'aria-describedby': ids || undefined };
}

type TextFieldProps = {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  problems: readonly FieldProblem[];
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

/** A labelled input with its problems. */
export function TextField({ id, label, value, onValue, problems, className, ...rest }: TextFieldProps) {
  const { t } = useTranslation();
  return (
    <div className={`field ${className ?? ''}`}>
      <LabelledInput
        id={id}
        label={label}
        value={value}
        onChange={onValue}
        maxLength={80}
        {...rest}
        error={problemText(t, problems)}
      />
    </div>
  );
}

/** A labelled select, its options as children; with `problems`, also those, tied to it. */
export function SelectField({
  id,
  label,
  value,
  onValue,
  problems,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  problems?: readonly FieldProblem[];
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="input"
        value={value}
        onChange={(e) => onValue(e.target.value)}
        {...(problems && describedBy(id, problems))}
      >
        {children}
      </select>
      {problems && <FieldProblems id={`${id}-problem`} problems={problems} />}
    </div>
  );
}

/** What every section of the programme form gets: the draft, a way to change it, and the problems to show. */
export interface SectionProps {
  draft: Draft;
  edit: (change: (draft: Draft) => Draft) => void;
  problems: readonly FieldProblem[];
}

/** "Ta bort" on one item of a list; its accessible name says which. */
export function RemoveItem({ name, onRemove }: { name: string; onRemove(): void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--small"
      onClick={onRemove}
      aria-label={`${t('programme.remove')} ${name}`.trim()}
    >
      {t('programme.remove')}
    </button>
  );
}

/** The add button under a list: a fresh id for the new item, disabled when the list is full. */
export function AddItem({ label, disabled, onAdd }: { label: string; disabled: boolean; onAdd(id: string): void }) {
  return (
    <button type="button" className="button" disabled={disabled} onClick={() => onAdd(newId())}>
      {label}
    </button>
  );
}
