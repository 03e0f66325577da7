/**
 * An anonymous exercise as the room sees it (SPEC.md, PD7): outside the team,
 * someone else's placement carries a pseudonym and their municipality, never
 * their participant id, in events, snapshots and drag frames. A phone keeps
 * its own placement as its own. The pseudonym is per exercise, and a
 * check-out shares its check-in's (mirrored with the key), so the projector
 * still shows how far each token moved.
 */
import { answeredFor } from './evaluation';
import { findStatement } from './exercise';
import { isTeam } from '../permissions';
import type { Actor, DragFrame, Exercise, MeetingEvent, MeetingState, Placement } from '../protocol';
import { pseudonym } from './pseudonym';

/** Anyone outside the team who is not the placement's own participant. */
const ROOM: Actor = { role: 'screen' };

/** Whether this viewer sees who stands where in anonymous exercises: the team does. */
const seesPeople = (viewer: Actor) => isTeam(viewer.role);

/** The key of an anonymous exercise's pseudonyms; one logged before keys existed falls back on public ids. */
const keyOf = (exercise: Exercise) => exercise.pseudonymKey ?? exercise.mirrorOf ?? exercise.id;

/** The anonymous exercise a statement belongs to, if it is one. */
function anonymousExerciseOf(state: MeetingState, statementId: string): Exercise | undefined {
  const exercise = findStatement(state, statementId)?.exercise;
  return exercise?.anonymous ? exercise : undefined;
}

/** Someone's placement as `viewer` gets it: the same object when nothing is hidden from them. */
export function placementFor(state: MeetingState, placement: Placement, viewer: Actor): Placement {
  if (seesPeople(viewer) || placement.participantId === viewer.participantId) return placement;
  const exercise = anonymousExerciseOf(state, placement.statementId);
  if (!exercise) return placement;
  const municipalityId =
    placement.municipalityId ?? state.participants.find((p) => p.id === placement.participantId)?.municipalityId;
  return {
    ...placement,
    participantId: pseudonym(keyOf(exercise), placement.participantId),
    ...(municipalityId ? { municipalityId } : {}),
  };
}

/** The meeting with every placement as the room sees it: what a report to hand out compares (PD7). */
export function asTheRoomSees(state: MeetingState): MeetingState {
  return { ...state, placements: state.placements.map((p) => placementFor(state, p, ROOM)) };
}

/** An exercise as `viewer` gets it: without its pseudonym key outside the team. */
export function exerciseFor(exercise: Exercise, viewer: Actor): Exercise {
  if (seesPeople(viewer) || exercise.pseudonymKey === undefined) return exercise;
  const { pseudonymKey: _key, ...rest } = exercise;
  return rest;
}

/** A participant's pseudonyms, one per anonymous exercise key in the meeting. */
function pseudonymsOf(state: MeetingState, participantId: string): string[] {
  const keys = new Set(state.exercises.filter((e) => e.anonymous).map(keyOf));
  return [...keys].map((key) => pseudonym(key, participantId));
}

/**
 * A logged event as `viewer` gets it (the same object when nothing in it is
 * hidden from them). `state` is the meeting's current state: exercises are
 * never deleted, so it knows every exercise an event names.
 */
export function eventFor(state: MeetingState, event: MeetingEvent, viewer: Actor): MeetingEvent {
  // An evaluation answer is anonymous to the team too: each gets its half (EV2).
  if (event.type === 'evaluationAnswered') return answeredFor(event, viewer);
  if (seesPeople(viewer)) return event;
  switch (event.type) {
    case 'exerciseCreated': {
      const exercise = exerciseFor(event.exercise, viewer);
      return exercise === event.exercise ? event : { ...event, exercise };
    }
    case 'placed': {
      const placement = placementFor(state, event.placement, viewer);
      return placement === event.placement ? event : { ...event, placement };
    }
    case 'statementRevealed':
      if (!anonymousExerciseOf(state, event.statementId)) return event;
      return { ...event, placements: event.placements.map((p) => placementFor(state, p, viewer)) };
    case 'participantLeft': {
      // The leaver's tokens go from every screen with them (PD2): the room is told which, by pseudonym.
      const pseudonyms = pseudonymsOf(state, event.participantId);
      return pseudonyms.length ? { ...event, pseudonyms } : event;
    }
    default:
      return event;
  }
}

/**
 * The participants whose own copy of an event differs from the rest of the
 * room's: each gets their own placement as their own. Empty when the room
 * gets one copy.
 */
export function ownersOf(state: MeetingState, event: MeetingEvent): string[] {
  if (event.type === 'placed')
    return anonymousExerciseOf(state, event.placement.statementId) ? [event.placement.participantId] : [];
  if (event.type === 'statementRevealed')
    return anonymousExerciseOf(state, event.statementId) ? event.placements.map((p) => p.participantId) : [];
  return [];
}

/** A drag frame as the projector gets it: in an anonymous exercise, by pseudonym and municipality. */
export function dragFrameFor(state: MeetingState, frame: DragFrame, viewer: Actor): DragFrame {
  if (seesPeople(viewer) || !anonymousExerciseOf(state, frame.statementId)) return frame;
  return {
    ...frame,
    moves: frame.moves.map((m) => {
      const p = placementFor(state, { ...m, statementId: frame.statementId, at: 0 }, viewer);
      return {
        participantId: p.participantId,
        x: m.x,
        y: m.y,
        ...(p.municipalityId ? { municipalityId: p.municipalityId } : {}),
      };
    }),
  };
}
