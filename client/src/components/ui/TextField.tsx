import type { InputHTMLAttributes } from 'react';

/**
 * A labelled text input, and its error under it when there is one: the
 * input says it is invalid and names the error, so a screen reader reads why.
 */
export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  describedBy,
  ...input
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The message shown under the field, or nothing. */
  error?: string | null;
  /** Another element that describes the field (a hint above it). */
  describedBy?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'className'>) {
  const errorId = `${id}-error`;
  const described = [describedBy, error ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      />
      {error && (
        <p id={errorId} className="error">
          {error}
        </p>
      )}
    </>
  );
}
