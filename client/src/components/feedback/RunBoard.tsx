import { lazy, Suspense } from 'react';
import type { FeedbackRun, MeetingState } from '../../../../shared/protocol';
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
export function RunBoard({
  state,
  run,
  token,
  charts = true,
}: {
  state: MeetingState;
  run: FeedbackRun;
  token: string;
  charts?: boolean;
}) {
  const presenting = presentingMunicipality(state, run);
  if (!presenting || !state.programmeId) return null;
  return (
    <Suspense fallback={null}>
      <PresentingBoard
        meetingId={state.meetingId}
        municipalityId={presenting.id}
        name={presenting.name}
        token={token}
        refreshMs={REFRESH_MS}
        charts={charts}
      />
    </Suspense>
  );
}
