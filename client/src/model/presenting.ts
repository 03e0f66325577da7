/**
 * Whose EOR board the projector shows: the municipality presenting in a run
 * now (its presentation phase). Its own module, so the phone's feedback
 * chunk does not carry it.
 */
import type { FeedbackRun, MeetingState, Municipality } from '../../../shared/protocol';
import { floorOf } from './feedback';

export function presentingMunicipality(state: MeetingState, run: FeedbackRun): Municipality | null {
  const floor = floorOf(state, run);
  return floor.kind === 'presenting' ? floor.municipality : null;
}
