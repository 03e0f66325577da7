import { useTranslation } from '../i18n/useTranslation';
import '../i18n/staffCatalogue';
import { formatJoinCode } from '../../../shared/day/joinCode';
import { useConfig } from '../api';
import { joinUrl } from '../model/joinUrl';
import { QrCode } from './QrCode';

/** The server's LAN address (PUBLIC_URL), for when this browser shows localhost. */
export const usePublicUrl = () => useConfig()?.publicUrl ?? null;

/** The join code, its QR code and the address: what the room needs to get in. */
export function JoinPanel({ code, large = false }: { code: string; large?: boolean }) {
  const { t } = useTranslation();
  const publicUrl = usePublicUrl();
  const url = joinUrl(location.origin, publicUrl, code);
  const base = url.replace(/\/join\/.*$/, '').replace(/^https?:\/\//, '');
  return (
    <section className={large ? 'join-panel join-panel--large' : 'join-panel'} aria-labelledby="join-code-heading">
      <h2 id="join-code-heading">{t('facilitator.joinCode')}</h2>
      <p className="join-panel__code" aria-label={code.split('').join(' ')}>
        {formatJoinCode(code)}
      </p>
      <QrCode url={url} label={t('facilitator.qrAlt', { url })} size={large ? 260 : 180} />
      <p>{t('facilitator.joinAt', { url: base })}</p>
    </section>
  );
}
