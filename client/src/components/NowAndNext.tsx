import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../shared/protocol';
import { useMeetingStore } from '../meetingStore';
import { nowAndNext, showsKind } from '../model/agenda';
import { timeOfDay } from '../model/time';
import { isTeamOnly, roomDayOver } from '../model/whereToBe';
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
          start: timeOfDay(segment.plannedStart, i18n.language),
          minutes: segment.plannedMinutes,
        })}
        {segment.room && <> · {t('agenda.room', { room: segment.room })}</>}
      </p>
    </>
  );
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
  const state = useMeetingStore((s) => s.state);
  const day = nowAndNext(state);
  const { phase } = day;
  const hidden = (s: Segment | null) => forRoom && s !== null && isTeamOnly(s);
  const now = day.now;
  const next = hidden(day.next) ? null : day.next;
  return (
    <div className={large ? 'now-next now-next--large' : 'now-next'} aria-live="polite">
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
                  : forRoom && roomDayOver(state)
                    ? 'agenda.roomDayOver'
                    : now
                      ? 'agenda.teamPreparing'
                      : phase === 'between'
                        ? 'agenda.between'
                        : 'agenda.notStarted',
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
