import { useId } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { Segment } from '../../../shared/protocol';
import { useMeetingStore, useMeetingApartFromPlacements } from '../meetingStore';
import { dayOfDays, nowAndNext, showsKind } from '../model/agenda';
import { timeOfDay } from '../model/time';
import { isTeamOnly, roomDayOver, roomDayOverUntil } from '../model/whereToBe';
import { CONTENT_LANG } from '../i18n/content';

function SegmentLine({ segment }: { segment: Segment }) {
  const { t, i18n } = useTranslation();
  const kind = t(`segmentKind.${segment.kind}`);
  return (
    <>
      <p className="segment__title" lang={CONTENT_LANG}>
        {segment.title}
      </p>
      <p className="segment__meta">
        {showsKind(segment.title, kind) && <>{kind} · </>}
        {t('agenda.planned', {
          start: timeOfDay(segment.plannedStart, i18n.locale),
          minutes: segment.plannedMinutes,
        })}
        {segment.room && <> · {t('agenda.room', { room: segment.room })}</>}
      </p>
    </>
  );
}

/** "Dag 1 av 2" in a meeting of more than one day (G5); nothing in a one-day meeting. */
export function DayOfDays({ className }: { className: string }) {
  const { t } = useTranslation();
  // A number, not a new object per render: the store's selector must give the same value for the same state.
  const day = useMeetingStore((s) => dayOfDays(s.state)?.day ?? 0);
  const days = useMeetingStore((s) => dayOfDays(s.state)?.days ?? 1);
  const ofDays = days > 1 ? { day, days } : null;
  return ofDays ? <p className={className}>{t('agenda.dayOfDays', ofDays)}</p> : null;
}

/**
 * The current and the next segment; the change is announced to screen
 * readers. For the room (phones, projector) the team's own segments read as
 * "the team is preparing" before the participants' part, and as the end of
 * the day with thanks after it (G3).
 */
export function NowAndNext({ large = false, forRoom = false }: { large?: boolean; forRoom?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const state = useMeetingApartFromPlacements();
  const day = nowAndNext(state);
  const { phase } = day;
  const hidden = (s: Segment | null) => forRoom && s !== null && isTeamOnly(s);
  const now = day.now;
  const next = hidden(day.next) ? null : day.next;
  // Between two days of one meeting: the day is over for today, the meeting is not (G5).
  const until = roomDayOverUntil(state);
  return (
    <div className={large ? 'now-next now-next--large' : 'now-next'} aria-live="polite">
      {!large && <DayOfDays className="now-next__day" />}
      <section className="now" aria-labelledby={`${id}-now`}>
        <h2 id={`${id}-now`}>{t('agenda.now')}</h2>
        {/* A CSS fade, not framer-motion: the phone's first download stays small; styles.css drops it for reduced motion. */}
        <div key={now?.id ?? phase} className="now__line">
          {now && !hidden(now) ? (
            <SegmentLine segment={now} />
          ) : (
            <p className="segment__title">
              {t(
                phase === 'ended'
                  ? 'agenda.ended'
                  : until !== null && (forRoom || !now)
                    ? 'agenda.dayOver'
                    : forRoom && roomDayOver(state)
                      ? 'agenda.roomDayOver'
                      : now
                        ? 'agenda.teamPreparing'
                        : phase === 'between'
                          ? 'agenda.between'
                          : 'agenda.notStarted',
                { day: until },
              )}
            </p>
          )}
        </div>
      </section>
      {next && (
        <section className="next" aria-labelledby={`${id}-next`}>
          <h2 id={`${id}-next`}>{t('agenda.next')}</h2>
          <SegmentLine segment={next} />
        </section>
      )}
    </div>
  );
}
