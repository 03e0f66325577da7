/** How a participant is shown (PD1). Its own small module: the phone needs it, not the rest of the roster. */
import type { MeetingState, Participant } from '../../../shared/protocol';

/** The n-th to join; a participant from a log older than numbers counts by place on the roster. */
export function participantNumber(state: Pick<MeetingState, 'participants'>, participant: Participant): number {
  return participant.number ?? state.participants.indexOf(participant) + 1;
}

/** The name to show: the participant's own, or where the meeting keeps none their number ("Deltagare 7"). */
export function shownName(
  state: Pick<MeetingState, 'participants'>,
  participant: Participant,
  numbered: (n: number) => string,
): string {
  return participant.name ?? numbered(participantNumber(state, participant));
}
