/**
 * The meeting: its state, `decide` (command → events or a typed error) and
 * `reduce` (state + event → state). Pure: time and ids come in as arguments.
 * Server and clients run the same `reduce`, so they converge (SPEC.md, S1).
 */
import { buildAgenda, DEFAULT_AGENDA, moveAgenda, nextSegment, segmentIndex } from './agenda';
import { may } from './permissions';
import type {
  Actor, Command, CommandError, CreateMeetingRequest, ErrorCode, MeetingEvent, MeetingState, Municipality, Participant, Segment,
} from './protocol';
import { colourFor, findMunicipality } from './roster';

export type { MeetingState };

/** The state before the first event (`meetingCreated`) is applied. */
export const BLANK_MEETING: MeetingState = {
  meetingId: '',
  name: '',
  date: '',
  code: '',
  createdAt: 0,
  agenda: [],
  currentSegmentId: null,
  municipalities: [],
  participants: [],
};

/** A meeting holds at most this many participants: a guard, far above the 300 of a big day. */
export const MAX_PARTICIPANTS = 1000;

export interface DecideContext {
  now: number;
  newId: () => string;
}

export type Decision = { ok: true; events: MeetingEvent[] } | { ok: false; error: CommandError };

/** The first event of a meeting's log, from the organiser's request. */
export function meetingCreated(
  req: CreateMeetingRequest,
  meetingId: string,
  code: string,
  ctx: DecideContext,
): Extract<MeetingEvent, { type: 'meetingCreated' }> {
  const municipalities: Municipality[] = [];
  for (const m of req.municipalities ?? []) {
    if (findMunicipality(municipalities, m.name)) continue;
    municipalities.push({ id: ctx.newId(), name: m.name, colour: m.colour ?? colourFor(municipalities.length) });
  }
  return {
    type: 'meetingCreated',
    meetingId,
    name: req.name,
    date: req.date,
    code,
    agenda: buildAgenda(req.agenda ?? DEFAULT_AGENDA, ctx.newId),
    municipalities,
    at: ctx.now,
  };
}

const fail = (code: ErrorCode, message: string): Decision => ({ ok: false, error: { code, message } });

export function decide(state: MeetingState, command: Command, actor: Actor, ctx: DecideContext): Decision {
  if (!may(actor.role, command.type)) {
    return fail('forbidden', `a ${actor.role} may not ${command.type}`);
  }
  switch (command.type) {
    case 'join': {
      if (state.participants.length >= MAX_PARTICIPANTS) return fail('conflict', 'the meeting is full');
      const events: MeetingEvent[] = [];
      let municipality = findMunicipality(state.municipalities, command.municipality);
      if (!municipality) {
        municipality = {
          id: ctx.newId(),
          name: command.municipality,
          colour: colourFor(state.municipalities.length),
        };
        events.push({ type: 'municipalityAdded', municipality });
      }
      events.push({
        type: 'participantJoined',
        participant: { id: ctx.newId(), name: command.name, municipalityId: municipality.id, joinedAt: ctx.now },
      });
      return { ok: true, events };
    }
    case 'advanceAgenda': {
      if (command.fromSegmentId !== state.currentSegmentId) {
        return fail('conflict', 'the agenda has already moved on');
      }
      if (state.currentSegmentId === null && dayHasEnded(state)) return fail('conflict', 'the day has ended');
      const next = nextSegment(state.agenda, state.currentSegmentId);
      if (!next && state.currentSegmentId === null) return fail('conflict', 'the agenda is empty');
      return {
        ok: true,
        events: [{ type: 'segmentChanged', fromSegmentId: state.currentSegmentId, toSegmentId: next?.id ?? null, at: ctx.now }],
      };
    }
    case 'goToSegment': {
      if (command.fromSegmentId !== state.currentSegmentId) {
        return fail('conflict', 'the agenda has already moved on');
      }
      if (segmentIndex(state.agenda, command.segmentId) < 0) return fail('not_found', 'no such segment');
      if (command.segmentId === state.currentSegmentId) return fail('conflict', 'that segment is already running');
      return {
        ok: true,
        events: [{ type: 'segmentChanged', fromSegmentId: state.currentSegmentId, toSegmentId: command.segmentId, at: ctx.now }],
      };
    }
    default:
      return assertNever(command);
  }
}

export function reduce(state: MeetingState, event: MeetingEvent): MeetingState {
  switch (event.type) {
    case 'meetingCreated':
      return {
        ...BLANK_MEETING,
        meetingId: event.meetingId,
        name: event.name,
        date: event.date,
        code: event.code,
        createdAt: event.at,
        agenda: event.agenda,
        municipalities: event.municipalities,
      };
    case 'municipalityAdded':
      return { ...state, municipalities: [...state.municipalities, event.municipality] };
    case 'participantJoined':
      return { ...state, participants: [...state.participants, event.participant] };
    case 'segmentChanged':
      return {
        ...state,
        agenda: moveAgenda(state.agenda, event.fromSegmentId, event.toSegmentId, event.at),
        currentSegmentId: event.toSegmentId,
      };
    default:
      return assertNever(event);
  }
}

/** Which sockets may receive an event: everyone in the meeting, or the team only. */
export type Audience = 'all' | 'team';

export function audienceOf(event: MeetingEvent): Audience {
  switch (event.type) {
    case 'meetingCreated':
    case 'municipalityAdded':
    case 'participantJoined':
    case 'segmentChanged':
      return 'all';
    default:
      return assertNever(event);
  }
}

/**
 * The meeting as `actor` may see it (SPEC.md, V1). A guest (holding only the
 * join code) sees what the join form needs, not who is there.
 */
export function viewFor(state: MeetingState, actor: Actor): MeetingState {
  if (actor.role === 'guest') return { ...state, participants: [] };
  return state;
}

/** Ended: no segment runs, yet the day did start. "Next" then must not start the day over. */
export function dayHasEnded(state: MeetingState): boolean {
  return state.currentSegmentId === null && state.agenda.some((s) => s.actualStart !== undefined);
}

export function currentSegment(state: MeetingState): Segment | null {
  return state.agenda.find((s) => s.id === state.currentSegmentId) ?? null;
}

export function municipalityOf(state: MeetingState, participant: Participant): Municipality | undefined {
  return state.municipalities.find((m) => m.id === participant.municipalityId);
}

export function assertNever(x: never): never {
  throw new Error(`unexpected ${JSON.stringify(x)}`);
}
