import { Coffee } from 'lucide-react';
import { useTranslation } from '../../i18n/useTranslation';
import type { Segment } from '../../../../shared/protocol';
import { useMeetingStore } from '../../meetingStore';
import { showsJoinCode } from '../../model/projector';
import { timeOfDay } from '../../model/time';
import { useServerNow } from '../../useServerNow';
import { Countdown } from '../ui/Countdown';
import { JoinStrip } from './JoinHero';
import { CONTENT_LANG } from '../../i18n/content';

/**
 * A break: its name, when and where the room meets again ("Vi ses 10.45 i
 * kommunklustren") and the time left. Or the facilitator's own break screen
 * (`text`, M3): their words are the whole message.
 */
export function BreakScreen(props: { segment: Segment; next: Segment | null } | { text: string }) {
  const { t, i18n } = useTranslation();
  const now = useServerNow();
  const join = useMeetingStore((s) => showsJoinCode(s.state));
  let title: string;
  let back: string | null = null;
  let left: number | null = null;
  if ('text' in props) {
    title = props.text;
  } else {
    const { segment, next } = props;
    title = segment.title;
    const time = next && timeOfDay(next.plannedStart, i18n.locale);
    back = !next
      ? null
      : next.kind === 'clusterWork'
        ? t('projector.backInClusters', { time })
        : t('projector.backTo', { time, title: next.title });
    left = segment.actualStart === undefined ? null : segment.actualStart + segment.plannedMinutes * 60_000 - now;
  }
  return (
    <div className={join ? 'scene-split' : 'scene-single'}>
      <section className="break-screen" aria-labelledby="break-heading">
        <Coffee className="break-screen__icon" aria-hidden="true" />
        <h2 id="break-heading" className="break-screen__title" lang={CONTENT_LANG}>
          {title}
        </h2>
        {back && <p className="break-screen__back">{back}</p>}
        {left !== null && (
          <p className="break-screen__left">
            <Countdown leftMs={left} />
          </p>
        )}
      </section>
      {join && <JoinStrip />}
    </div>
  );
}
