import { useId, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import '../i18n/erasureCatalogue';
import { useMeetingStore } from '../meetingStore';
import type { RunCommand } from './agenda/runCommand';
import { ConfirmAction } from './ConfirmAction';

/** The console's personal data: anonymous mode before anyone joins, and erasing the meeting's personal data (PD1, PD3). */
export function PrivacyPanel({ run }: { run: RunCommand }) {
  const { t } = useTranslation();
  const id = useId();
  const anonymous = useMeetingStore((s) => s.state.anonymous);
  const joined = useMeetingStore((s) => s.state.participants.length);
  const erased = useMeetingStore((s) => s.state.erasedAt !== undefined);
  const [done, setDone] = useState(false);
  // Names already given stay given: anonymity can only go on before the first join.
  const locked = !anonymous && joined > 0;
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('privacy.erase.heading')}</h2>
      <label>
        <input
          type="checkbox"
          checked={anonymous}
          disabled={locked || erased}
          aria-describedby={`${id}-hint`}
          onChange={(e) => void run({ type: 'setAnonymous', anonymous: e.target.checked })}
        />{' '}
        {t('privacy.anonymous.label')}
      </label>
      <p id={`${id}-hint`} className="hint">
        {locked ? t('privacy.anonymous.locked') : t('privacy.anonymous.hint')}
      </p>
      <p>{t('privacy.erase.meetingText')}</p>
      {(done || erased) && <p role="status">{t('privacy.erase.meetingDone')}</p>}
      <ConfirmAction
        label={t('privacy.erase.button')}
        heading={t('privacy.erase.confirmHeading')}
        text={t('privacy.erase.meetingText')}
        confirmLabel={t('privacy.erase.confirm')}
        cancelLabel={t('privacy.erase.cancel')}
        busyLabel={t('privacy.erase.busy')}
        onConfirm={async () => {
          const ok = await run({ type: 'erasePersonalData' });
          if (ok) setDone(true);
          return ok ? null : 'conflict';
        }}
      />
    </section>
  );
}
