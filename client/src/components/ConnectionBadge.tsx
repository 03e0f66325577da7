import { useTranslation } from '../i18n/useTranslation';
import { useMeetingStore } from '../meetingStore';

/** Says whether this device is in sync: connected, reconnecting or offline, or that the page is out of date (S5). */
export function ConnectionBadge() {
  const { t } = useTranslation();
  const status = useMeetingStore((s) => s.status);
  return (
    <>
      <p className={`connection connection--${status}`} role="status" aria-live="polite">
        <span className="connection__dot" aria-hidden="true" />
        {t(`connection.${status}`)}
      </p>
      {status === 'outdated' && (
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('connection.reload')}
        </button>
      )}
    </>
  );
}
