import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import '../i18n/startCatalogue';
import { normaliseJoinCode } from '../../../shared/day/joinCode';

/** Asks for a six-letter join code and hands on the normalised code. */
export function CodeForm({ onCode, initial = '' }: { onCode: (code: string) => void; initial?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const code = normaliseJoinCode(value);
    setError(!code);
    if (code) onCode(code);
  };
  return (
    <form onSubmit={submit} noValidate className="form">
      <label htmlFor={`${id}-code`}>{t('start.codeLabel')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('start.codeHint')}
      </p>
      <input
        id={`${id}-code`}
        className="input input--code"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        inputMode="text"
        maxLength={12}
        aria-invalid={error}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      />
      {error && (
        <p id={`${id}-error`} className="error">
          {t('validation.codeInvalid')}
        </p>
      )}
      <button type="submit" className="button button--primary">
        {t('start.join')}
      </button>
    </form>
  );
}
