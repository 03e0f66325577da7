import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { Programme } from '../../../../shared/year/programme';
import type { ProgrammeClient } from '../../programmeClient';
import '../../i18n/erasureCatalogue';
import { ConfirmAction } from '../ConfirmAction';

/** Erasing the programme's personal data (PD3): the participant list and every started meeting's. */
export function ErasureSection({
  client,
  dirty,
  onErased,
}: {
  client: ProgrammeClient;
  dirty: boolean;
  onErased: (doc: Programme) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [erased, setErased] = useState<number | null>(null);
  const erase = async () => {
    const res = await client.erasePersonalData();
    if (!res.ok) return res.status === 0 ? 'network' : (res.error?.code ?? 'conflict');
    onErased(res.data.programme);
    setErased(res.data.meetings);
    return null;
  };
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('privacy.erase.heading')}</h2>
      <p>{t('privacy.erase.programmeText')}</p>
      {erased !== null && <p role="status">{t('privacy.erase.programmeDone', { count: erased })}</p>}
      {/* Unsaved edits would be overwritten by the erased programme the server sends back. */}
      {dirty ? (
        <p className="hint">{t('programme.saveFirst')}</p>
      ) : (
        <ConfirmAction
          label={t('privacy.erase.button')}
          heading={t('privacy.erase.confirmHeading')}
          text={t('privacy.erase.programmeText')}
          confirmLabel={t('privacy.erase.confirm')}
          cancelLabel={t('privacy.erase.cancel')}
          busyLabel={t('privacy.erase.busy')}
          onConfirm={erase}
        />
      )}
    </section>
  );
}
