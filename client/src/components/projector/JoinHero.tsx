import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/staffCatalogue';
import { formatJoinCode } from '../../../../shared/day/joinCode';
import { useMeetingStore } from '../../meetingStore';
import { joinUrl } from '../../model/joinUrl';
import { timeOfDay } from '../../model/time';
import { usePublicUrl } from '../JoinPanel';
import { QrCode } from '../QrCode';

/** The join address and code as the room reads them: `https://` dropped, the path kept only in the QR code. */
export function useJoinAddress(code: string): { url: string; address: string } {
  const publicUrl = usePublicUrl();
  const url = joinUrl(location.origin, publicUrl, code);
  return { url, address: url.replace(/\/join\/.*$/, '').replace(/^https?:\/\//, '') };
}

/** Before the start the screen's one job is getting people in: the address, the code and the QR code, large. */
export function JoinHero() {
  const { t, i18n } = useTranslation();
  const code = useMeetingStore((s) => s.state.code);
  const joined = useMeetingStore((s) => s.state.participants.length);
  const first = useMeetingStore((s) => s.state.agenda.find((seg) => !seg.skipped));
  const { url, address } = useJoinAddress(code);
  return (
    <section className="join-hero" aria-labelledby="join-hero-heading">
      <div className="join-hero__text">
        <h2 id="join-hero-heading" className="join-hero__heading">
          {t('projector.joinHeading')}
        </h2>
        <p className="join-hero__step">
          {t('projector.goTo')} <strong className="join-hero__address">{address}</strong>
        </p>
        <p className="join-hero__step">{t('projector.typeCode')}</p>
        <p className="join-panel__code join-hero__code" aria-label={code.split('').join(' ')}>
          {formatJoinCode(code)}
        </p>
        <p className="join-hero__step">{t('projector.orScan')}</p>
        <p className="join-hero__meta">
          {t('agenda.notStarted')}
          {first && <> {t('projector.startsAt', { time: timeOfDay(first.plannedStart, i18n.locale) })}</>}{' '}
          <strong>{t('projector.joined', { n: joined })}</strong>
        </p>
      </div>
      <div className="join-hero__qr">
        <QrCode url={url} label={t('facilitator.qrAlt', { url })} size={480} />
      </div>
    </section>
  );
}

/** The same, small, beside what the room looks at while people still arrive. */
export function JoinStrip() {
  const { t } = useTranslation();
  const code = useMeetingStore((s) => s.state.code);
  const { url, address } = useJoinAddress(code);
  return (
    <section className="join-strip" aria-labelledby="join-strip-heading">
      <h2 id="join-strip-heading" className="join-strip__address">
        {t('projector.joinStrip', { url: address })}
      </h2>
      <p className="join-panel__code join-strip__code" aria-label={code.split('').join(' ')}>
        {formatJoinCode(code)}
      </p>
      <QrCode url={url} label={t('facilitator.qrAlt', { url })} size={200} />
    </section>
  );
}
