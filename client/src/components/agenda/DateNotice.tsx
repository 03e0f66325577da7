import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/staffCatalogue';
import { useMeetingApartFromPlacements } from '../../meetingStore';
import { misdatedToday } from '../../model/agenda';
import { dateText } from '../../model/time';
import { useServerNow } from '../../useServerNow';
import type { RunCommand } from './runCommand';

/** The console's word when the meeting runs on another day than its date, with the move to today (T4). */
export function DateNotice({ run }: { run: RunCommand }) {
  const { t, i18n } = useTranslation();
  const state = useMeetingApartFromPlacements();
  const now = useServerNow(60_000);
  const today = misdatedToday(state, now);
  if (!today) return null;
  const lng = i18n.locale;
  return (
    <div className="card" role="status">
      <p>{t('facilitator.misdated', { date: dateText(state.date, lng), today: dateText(today, lng) })}</p>
      <button type="button" className="button" onClick={() => void run({ type: 'setMeetingDate', date: today })}>
        {t('facilitator.moveToToday')}
      </button>
    </div>
  );
}
