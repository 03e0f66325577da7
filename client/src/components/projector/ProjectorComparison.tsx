import { Pause, Play, ChevronLeft, ChevronRight } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { compareExercises, type StatementMatch } from '../../../../shared/day/placement';
import type { Exercise } from '../../../../shared/protocol';
import { useMeetingStore } from '../../meetingStore';
import { LiveComparison } from '../Comparison';
import { Button } from '../ui/Button';

/** How long each statement stays up before the next: long enough to read the figure and the table aloud. */
export const PAGE_MS = 10_000;

/**
 * The check-out comparison one statement at a time, as a projector can show
 * it: it pages itself every PAGE_MS; whoever stands at the laptop can go back,
 * forward, or stop it on a statement (WCAG 2.2.2: what moves by itself can be paused).
 */
export function ProjectorComparison({
  checkIn,
  checkOut,
  match,
}: {
  checkIn: Exercise;
  checkOut: Exercise;
  /** Which check-in statement each is compared with (G7). */
  match: StatementMatch;
}) {
  const { t } = useTranslation();
  // How many pages, not the placements: the page turns without redrawing the pager on each placement.
  const total = useMeetingStore((s) => compareExercises(s.state, checkIn, checkOut, match).length);
  const [page, setPage] = useState(0);
  const [playing, setPlaying] = useState(true);
  const shown = total ? page % total : 0;
  useEffect(() => {
    if (!playing || total < 2) return;
    const timer = setTimeout(() => setPage((p) => (p + 1) % total), PAGE_MS);
    return () => clearTimeout(timer);
  }, [playing, total, page]);
  const pager =
    total > 1 ? (
      <div className="pager">
        <p className="pager__where">{t('projector.page', { n: shown + 1, total })}</p>
        <Button small onClick={() => setPage((shown - 1 + total) % total)} aria-label={t('projector.previous')}>
          <ChevronLeft aria-hidden="true" />
        </Button>
        <Button
          small
          onClick={() => setPlaying(!playing)}
          aria-label={t(playing ? 'projector.pause' : 'projector.play')}
        >
          {playing ? <Pause aria-hidden="true" /> : <Play aria-hidden="true" />}
        </Button>
        <Button small onClick={() => setPage((shown + 1) % total)} aria-label={t('projector.next')}>
          <ChevronRight aria-hidden="true" />
        </Button>
      </div>
    ) : null;
  return <LiveComparison checkIn={checkIn} checkOut={checkOut} match={match} large only={shown} pager={pager} />;
}
