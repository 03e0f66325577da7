import { useTranslation } from '../../i18n/useTranslation';
import { dayNow } from '../../../../shared/day/schedule';
import { useMeetingApartFromPlacements } from '../../meetingStore';
import { clockText, driftMinutes, formatCountdown } from '../../model/time';
import { useServerNow } from '../../useServerNow';

/** The console's clock: time now, time left in the segment, ahead or behind, and the day's projected end. */
export function DayClock() {
  const { t, i18n } = useTranslation();
  const state = useMeetingApartFromPlacements();
  const now = useServerNow();
  // The day being run, against its own clock (G6).
  const day = dayNow(state, now).schedule;
  const drift = driftMinutes(day.driftMs);
  const lng = i18n.locale;
  return (
    <dl className="day-clock">
      <div>
        <dt>{t('agenda.clock')}</dt>
        <dd className="day-clock__now">{clockText(now, lng, state.timeZone)}</dd>
      </div>
      {day.currentRemainingMs !== null && (
        <div>
          <dt className="visually-hidden">{t('agenda.now')}</dt>
          <dd className={day.currentRemainingMs < 0 ? 'day-clock__left day-clock__left--over' : 'day-clock__left'}>
            {day.currentRemainingMs < 0
              ? t('agenda.overtime', { time: formatCountdown(day.currentRemainingMs).slice(1) })
              : t('agenda.timeLeft', { time: formatCountdown(day.currentRemainingMs) })}
          </dd>
        </div>
      )}
      <div>
        <dt className="visually-hidden">{t('agenda.onTime')}</dt>
        <dd className={drift > 0 ? 'drift drift--behind' : drift < 0 ? 'drift drift--ahead' : 'drift'}>
          {drift > 0
            ? t('agenda.behind', { minutes: drift })
            : drift < 0
              ? t('agenda.ahead', { minutes: -drift })
              : t('agenda.onTime')}
        </dd>
      </div>
      <div>
        <dt className="visually-hidden">{t('agenda.projectedEnd', { time: '' })}</dt>
        <dd>
          {t('agenda.projectedEnd', { time: clockText(day.projectedEnd, lng, state.timeZone) })}{' '}
          <span className="muted">
            ({t('agenda.plannedEnd', { time: clockText(day.plannedEnd, lng, state.timeZone) })})
          </span>
        </dd>
      </div>
    </dl>
  );
}
