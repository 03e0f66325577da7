import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/accessCatalogue';
import { TextField } from '../ui/TextField';

/** On a shared server's start page: where an organiser types the key that lets them create. */
export function OrganiserKeyField({ value, onChange }: { value: string; onChange: (key: string) => void }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="organiser-key-heading">
      <h2 id="organiser-key-heading">{t('access.organiserKeyLabel')}</h2>
      <p id="organiser-key-hint" className="hint">
        {t('access.organiserKeyHint')}
      </p>
      <TextField
        id="organiser-key"
        label={t('access.organiserKeyLabel')}
        type="password"
        autoComplete="current-password"
        describedBy="organiser-key-hint"
        value={value}
        onChange={onChange}
      />
    </section>
  );
}
