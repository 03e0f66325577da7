import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import '../i18n/startCatalogue';
import type { Municipality } from '../../../shared/protocol';
import { chosenMunicipality, OTHER, validateJoin, type JoinErrors, type JoinValues } from '../model/joinForm';
import { ErrorText } from './ErrorText';
import '../i18n/erasureCatalogue';

export interface JoinFormProps {
  municipalities: readonly Municipality[];
  /** An anonymous meeting (PD1): no name is asked for, and `onJoin` gets an empty one. */
  anonymous?: boolean;
  /** A programme's meeting takes only its own municipalities: no "other" to type in. */
  allowOther?: boolean;
  /** Sends the join; resolves to an error code, or null when joined. */
  onJoin(name: string, municipality: string): Promise<string | null>;
}

/** Name and municipality: the whole sign-up. Errors are announced and the first bad field gets focus. */
export function JoinForm({ municipalities, anonymous = false, allowOther = true, onJoin }: JoinFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const hasList = municipalities.length > 0;
  const [values, setValues] = useState<JoinValues>({
    name: '',
    municipality: hasList ? '' : OTHER,
    otherMunicipality: '',
  });
  const [errors, setErrors] = useState<JoinErrors>({});
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const refs = {
    name: useRef<HTMLInputElement>(null),
    municipality: useRef<HTMLSelectElement>(null),
    otherMunicipality: useRef<HTMLInputElement>(null),
  };

  const set = (field: keyof JoinValues) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));
  const describedBy = (field: keyof JoinValues, hint?: string) =>
    [hint, errors[field] ? `${id}-${field}-error` : undefined].filter(Boolean).join(' ') || undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = validateJoin(values, anonymous);
    setErrors(found);
    setServerError(null);
    const first = (['name', 'municipality', 'otherMunicipality'] as const).find((f) => found[f]);
    if (first) {
      refs[first].current?.focus();
      return;
    }
    setBusy(true);
    const error = await onJoin(anonymous ? '' : values.name.trim(), chosenMunicipality(values));
    setBusy(false);
    setServerError(error);
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      {anonymous ? (
        <p className="hint">{t('privacy.anonymousJoin')}</p>
      ) : (
        <>
          <label htmlFor={`${id}-name`}>{t('join.nameLabel')}</label>
          <p id={`${id}-name-hint`} className="hint">
            {t('join.nameHint')}
          </p>
          <input
            ref={refs.name}
            id={`${id}-name`}
            className="input"
            value={values.name}
            onChange={set('name')}
            autoComplete="name"
            maxLength={120}
            aria-invalid={!!errors.name}
            aria-describedby={describedBy('name', `${id}-name-hint`)}
          />
          {errors.name && (
            <p id={`${id}-name-error`} className="error">
              {t(errors.name)}
            </p>
          )}
        </>
      )}

      {hasList && (
        <>
          <label htmlFor={`${id}-municipality`}>{t('join.municipalityLabel')}</label>
          <select
            ref={refs.municipality}
            id={`${id}-municipality`}
            className="input"
            value={values.municipality}
            onChange={set('municipality')}
            aria-invalid={!!errors.municipality}
            aria-describedby={describedBy('municipality')}
          >
            <option value="">{t('join.chooseMunicipality')}</option>
            {municipalities.map((m) => (
              <option key={m.id} value={m.name}>
                {m.name}
              </option>
            ))}
            {allowOther && <option value={OTHER}>{t('join.otherMunicipality')}</option>}
          </select>
          {errors.municipality && (
            <p id={`${id}-municipality-error`} className="error">
              {t(errors.municipality)}
            </p>
          )}
        </>
      )}

      {values.municipality === OTHER && (
        <>
          <label htmlFor={`${id}-other`}>
            {hasList ? t('join.otherMunicipalityLabel') : t('join.municipalityLabel')}
          </label>
          <input
            ref={refs.otherMunicipality}
            id={`${id}-other`}
            className="input"
            value={values.otherMunicipality}
            onChange={set('otherMunicipality')}
            autoComplete="organization"
            maxLength={120}
            aria-invalid={!!errors.otherMunicipality}
            aria-describedby={describedBy('otherMunicipality')}
          />
          {errors.otherMunicipality && (
            <p id={`${id}-otherMunicipality-error`} className="error">
              {t(errors.otherMunicipality)}
            </p>
          )}
        </>
      )}

      <ErrorText code={serverError} />
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t('join.joining') : t('join.submit')}
      </button>
    </form>
  );
}
