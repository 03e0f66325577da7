import { useTranslation } from '../../i18n/useTranslation';
import { formatJoinCode } from '../../../../shared/day/joinCode';
import type { MeetingState } from '../../../../shared/protocol';
import { joinUrl } from '../../model/joinUrl';
import { dateText } from '../../model/time';
import { usePublicUrl } from '../JoinPanel';
import { QrCode } from '../QrCode';

/** One A4 page for the door and the tables: the QR code and the code the phones take, the same as on the projector. */
export function JoinPoster({ state }: { state: MeetingState }) {
  const { t, i18n } = useTranslation();
  const url = joinUrl(location.origin, usePublicUrl(), state.code);
  const base = url.replace(/\/join\/.*$/, '').replace(/^https?:\/\//, '');
  return (
    <>
      <div className="report-toolbar no-print">
        <div className="controls">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('report.print')}
          </button>
        </div>
        <p className="hint">{t('report.printHint')}</p>
      </div>
      <article className="poster">
        <p className="poster__meeting">
          {state.name} · {dateText(state.date, i18n.locale)}
        </p>
        <h2 className="poster__heading">{t('report.poster.heading')}</h2>
        <QrCode url={url} label={t('facilitator.qrAlt', { url })} size={420} />
        <p className="poster__scan">{t('report.poster.scan')}</p>
        <p className="poster__or">{t('report.poster.typeCode', { url: base })}</p>
        <p className="poster__code" aria-label={`${t('report.poster.code')}: ${state.code.split('').join(' ')}`}>
          {formatJoinCode(state.code)}
        </p>
      </article>
    </>
  );
}
