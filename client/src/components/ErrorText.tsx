import { useTranslation } from '../i18n/useTranslation';
import { Alert } from './ui/Alert';

/** A server or network error in words a person reads, from its code. */
export function ErrorText({ code }: { code: string | null | undefined }) {
  const { t } = useTranslation();
  if (!code) return null;
  return <Alert>{t(`errors.${code}`, { defaultValue: t('errors.invalid') })}</Alert>;
}
