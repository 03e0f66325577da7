import { useTranslation } from '../../i18n/useTranslation';

/** After the last segment: thanks, and nothing to join any more. */
export function EndScreen() {
  const { t } = useTranslation();
  return (
    <section className="scene-single end-screen" aria-labelledby="end-heading">
      <h2 id="end-heading" className="end-screen__title">
        {t('agenda.ended')}
      </h2>
    </section>
  );
}
