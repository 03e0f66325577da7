import { useTranslation } from '../../i18n/useTranslation';
import { formatCountdown } from '../../model/time';

/**
 * Time left ("4:57 kvar") or over ("0:08 över tiden"), always on one line, in
 * tabular figures so it does not jitter; red when over, amber in the last minute.
 * Not a live region: a second-by-second announcement would drown everything else.
 */
export function Countdown({ leftMs, className }: { leftMs: number; className?: string }) {
  const { t } = useTranslation();
  const text = formatCountdown(leftMs);
  const tone = leftMs < 0 ? 'over' : leftMs <= 60_000 ? 'warning' : 'ok';
  return (
    <span className={['countdown-text', `countdown-text--${tone}`, className].filter(Boolean).join(' ')}>
      {leftMs < 0 ? t('agenda.overtime', { time: text.slice(1) }) : t('agenda.timeLeft', { time: text })}
    </span>
  );
}
