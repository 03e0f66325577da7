/** What the feedback-round screens say: who has the floor, in which phase. Pure. */
import { isDone, presenter } from '../../../shared/day/feedbackRound';
import type { FeedbackRun, Municipality, StateApartFromPlacements } from '../../../shared/protocol';

export type Floor =
  | { kind: 'done' }
  | { kind: 'presenting' | 'reply'; municipality: Municipality }
  | { kind: 'supervisor' | 'peers'; municipality: Municipality };

/** "Kungsbacka presenterar", "Handledaren ger Kungsbacka återkoppling", "Frågor till Kungsbacka", "Kungsbacka svarar". */
export function floorOf(state: StateApartFromPlacements, run: FeedbackRun): Floor {
  const id = presenter(run);
  const municipality = state.municipalities.find((m) => m.id === id);
  if (isDone(run) || !municipality) return { kind: 'done' };
  switch (run.phase) {
    case 'presentation':
      return { kind: 'presenting', municipality };
    case 'supervisor':
      return { kind: 'supervisor', municipality };
    case 'peers':
      return { kind: 'peers', municipality };
    case 'reply':
      return { kind: 'reply', municipality };
  }
}

/** The run of the cluster a participant belongs to, if it is running. */
export function myRun(state: StateApartFromPlacements, participantId: string | undefined): FeedbackRun | undefined {
  const me = state.participants.find((p) => p.id === participantId);
  const cluster = me && state.clusters.find((c) => c.municipalityIds.includes(me.municipalityId));
  return cluster && state.feedbackRuns.find((r) => r.clusterId === cluster.id && !isDone(r));
}
