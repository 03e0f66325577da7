/**
 * Who takes part: joining with a name (or, in an anonymous meeting, with a
 * municipality only), leaving, and the meeting's anonymous mode (SPEC.md,
 * PD1–PD3). Pure, like the rest of `decide`.
 */
import { accept, fail, type Decision, type DecideContext } from '../decision';
import type { Actor, Command, MeetingEvent, MeetingState, Participant } from '../protocol';
import { colourFor, findMunicipality } from './roster';

/** A meeting holds at most this many participants: a guard, far above the 300 of a big day. */
export const MAX_PARTICIPANTS = 1000;

/** How many municipalities participants may add by joining a single meeting, unless its facilitator said otherwise. */
export const NEW_MUNICIPALITIES_BY_JOIN = 20;

type ParticipantCommand = Extract<Command, { type: 'join' | 'leave' | 'setAnonymous' | 'erasePersonalData' }>;

export function decideParticipant(
  state: MeetingState,
  command: ParticipantCommand,
  actor: Actor,
  ctx: DecideContext,
): Decision {
  switch (command.type) {
    case 'join': {
      if (state.participants.length >= MAX_PARTICIPANTS) return fail('conflict', 'the meeting is full');
      // Anonymous: a name sent anyway (an old join form) is dropped, never stored.
      if (!state.anonymous && !command.name) return fail('invalid', 'name: a name is needed');
      const events: MeetingEvent[] = [];
      let municipality = findMunicipality(state.municipalities, command.municipality);
      if (!municipality) {
        // Made-up municipalities would flood every screen's list: a programme's meeting has its own, a single one a few more.
        if (state.programmeId) return fail('invalid', "municipality: choose one of the programme's municipalities");
        if (state.newMunicipalities >= (state.newMunicipalityLimit ?? NEW_MUNICIPALITIES_BY_JOIN))
          return fail(
            'conflict',
            'municipality: this meeting takes no more new municipalities; choose one from the list',
          );
        municipality = { id: ctx.newId(), name: command.municipality, colour: colourFor(state.municipalities.length) };
        events.push({ type: 'municipalityAdded', municipality });
      }
      const participant: Participant = {
        id: ctx.newId(),
        number: state.joinCount + 1,
        municipalityId: municipality.id,
        joinedAt: ctx.now,
      };
      if (!state.anonymous && command.name) participant.name = command.name;
      events.push({ type: 'participantJoined', participant });
      return accept(...events);
    }
    case 'leave': {
      const participantId = actor.participantId;
      if (!participantId || !state.participants.some((p) => p.id === participantId))
        return fail('not_found', 'you are not on the roster');
      return accept({ type: 'participantLeft', participantId });
    }
    case 'setAnonymous':
      // Names already given stay given: anonymity goes on only before anyone has joined.
      if (command.anonymous && !state.anonymous && state.participants.length) {
        return fail('conflict', 'participants have already joined with their names');
      }
      return accept({ type: 'anonymityChanged', anonymous: command.anonymous });
    case 'erasePersonalData':
      return accept({ type: 'personalDataErased', at: ctx.now });
  }
}
