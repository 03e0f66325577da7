import { useTranslation } from '../i18n/useTranslation';
import { currentSegment } from '../../../shared/day/meeting';
import { useMeetingStore } from '../meetingStore';
import { formatCountdown } from '../model/time';
import { useServerNow } from '../useServerNow';

/** Time left in the running segment, in server time: the same on the projector and every phone; `labelled` names the segment. */
export function SegmentCountdown({ large = false, labelled = false }: { large?: boolean; labelled?: boolean }) {
  const { t } = useTranslation();
  const segment = useMeetingStore((s) => currentSegment(s.state));
  const now = useServerNow();
  if (!segment || segment.actualStart === undefined) return null;
  const left = segment.actualStart + segment.plannedMinutes * 60_000 - now;
  const text = formatCountdown(left);
  return (
    // Not a live region: a second-by-second announcement would drown everything else.
    <p className={`countdown${large ? ' countdown--large' : ''}${left < 0 ? ' countdown--over' : ''}`}>
      {/* Labelled where a round's countdown is near: two bare "4:57 kvar" and "74:56 kvar" would not say which is which. */}
      {labelled && <span className="timer-label">{t('agenda.segmentLabel', { title: segment.title })}</span>}
      {left < 0 ? t('agenda.overtime', { time: text.slice(1) }) : t('agenda.timeLeft', { time: text })}
    </p>
  );
}
