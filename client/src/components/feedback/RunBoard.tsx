import { lazy, Suspense } from 'react';
import type { FeedbackRun } from '../../../../shared/protocol';
import { useMeetingStore } from '../../meetingStore';
import { presentingMunicipality } from '../../model/presenting';

/** How often a shown board is fetched again: a figure typed in while the municipality presents is up within this. */
const REFRESH_MS = 15_000;

// The EOR pages' chunk loads when a presentation starts (one chunk for the board
// and the EOR pages, so the app's entry lists one file more, not two).
const PresentingBoard = lazy(() => import('../../views/EorPage').then((m) => ({ default: m.PresentingBoard })));

/**
 * The EOR board of the municipality presenting in a run, while it presents:
 * under its cluster on the projector and on the cluster's own tablet. Nothing
 * for a meeting not started from a programme, or between presentations.
 */
export function RunBoard({ run, token, charts = true }: { run: FeedbackRun; token: string; charts?: boolean }) {
  const presenting = useMeetingStore((s) => presentingMunicipality(s.state, run));
  const meetingId = useMeetingStore((s) => s.state.meetingId);
  const fromProgramme = useMeetingStore((s) => Boolean(s.state.programmeId));
  if (!presenting || !fromProgramme) return null;
  return (
    <Suspense fallback={null}>
      <PresentingBoard
        meetingId={meetingId}
        municipalityId={presenting.id}
        name={presenting.name}
        token={token}
        refreshMs={REFRESH_MS}
        charts={charts}
      />
    </Suspense>
  );
}
