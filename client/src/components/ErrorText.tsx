import { useTranslation } from '../i18n/useTranslation';

/** A server or network error in words a person reads, from its code. */
export function ErrorText({ code }: { code: string | null | undefined }) {
  const { t } = useTranslation();
  if (!code) return null;
  return (
    <p className="error" role="alert">
      {t(`errors.${code}`, { defaultValue: t('errors.invalid') })}
    </p>
  );
}
