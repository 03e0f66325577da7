/**
 * The meeting: its state, `decide` (command → events or a typed error) and
 * `reduce` (state + event → state). Pure: time and ids come in as arguments.
 * Server and clients run the same `reduce`, so they converge (SPEC.md, S1).
 * Each domain's rules live in its own file; this one routes to them.
 */
import { buildAgenda, DEFAULT_AGENDA, decideAgenda, moveAgenda, reschedule } from './agenda';
import { buildClusters, decideCluster } from './cluster';
import { accept, assertNever, fail, type Decision, type DecideContext } from '../decision';
import { isTeam, may, seesTeamRounds } from '../permissions';
import {
  MAX_MEETING_MUNICIPALITIES,
  type Actor,
  type Command,
  type CreateMeetingRequest,
  type MeetingEvent,
  type MeetingState,
  type Municipality,
  type Segment,
  type StateApartFromPlacements,
} from '../protocol';
import { byDay } from './days';
import { decideParticipant, MAX_PARTICIPANTS } from './participant';
import { erased, withoutParticipant } from './personalData';
import { colourFor, findMunicipality, nameKey } from './roster';
import { decideTeam, withEntry, withNote } from './team';
import { decideExercise, withPlacements } from './exercise';
import { decideFeedback, DEFAULT_FEEDBACK_MINUTES, withQuestions, withRun } from './feedbackRound';
import { decideLink } from './link';
import { DEFAULT_TIME_ZONE } from '../timeZone';
import { decideRoomMessage, withMessage } from './roomMessage';
import { decideNudge } from './nudge';
import { AUTO_SCREEN, decideProjectorScreen } from './projectorScreen';
import { decideEvaluation, NO_EVALUATION, withAnswer } from './evaluation';

export type { MeetingState };
export { assertNever, type Decision, type DecideContext };

/** The state before the first event (`meetingCreated`) is applied. */
export const BLANK_MEETING: MeetingState = {
  meetingId: '',
  name: '',
  date: '',
  timeZone: DEFAULT_TIME_ZONE,
  code: '',
  createdAt: 0,
  agenda: [],
  currentSegmentId: null,
  municipalities: [],
  clusters: [],
  participants: [],
  teamEntries: [],
  teamNotes: [],
  exercises: [],
  exerciseRun: null,
  revealed: [],
  placements: [],
  feedbackMinutes: DEFAULT_FEEDBACK_MINUTES,
  feedbackRuns: [],
  timingLog: [],
  questionLog: [],
  anonymous: false,
  joinCount: 0,
  newMunicipalities: 0,
  roomMessages: [],
  nudge: null,
  projectorScreen: AUTO_SCREEN,
  evaluation: NO_EVALUATION,
};

export { MAX_PARTICIPANTS };

/** Why an organiser's request does not hold together, or null when it does. */
export function checkMeetingRequest(req: CreateMeetingRequest): string | null {
  const names = new Set((req.municipalities ?? []).map((m) => nameKey(m.name)));
  const clustered = new Set<string>();
  for (const cluster of req.clusters ?? []) {
    for (const name of cluster.municipalities) {
      const key = nameKey(name);
      if ((req.municipalities ?? []).length && !names.has(key))
        return `cluster ${cluster.name}: ${name} is not one of the municipalities`;
      if (clustered.has(key)) return `${name} is in more than one cluster`;
      clustered.add(key);
    }
  }
  // The clusters may name municipalities of their own: the meeting's first event holds them all (R1).
  const total = new Set([...names, ...clustered]).size;
  if (total > MAX_MEETING_MUNICIPALITIES)
    return `a meeting has at most ${MAX_MEETING_MUNICIPALITIES} municipalities, not ${total}`;
  return null;
}

/** The first event of a meeting's log, from the organiser's (checked) request. */
export function meetingCreated(
  req: CreateMeetingRequest,
  meetingId: string,
  code: string,
  ctx: DecideContext,
  programmeId?: string,
): Extract<MeetingEvent, { type: 'meetingCreated' }> {
  const municipalities: Municipality[] = [];
  const add = (name: string, colour?: string) => {
    if (!findMunicipality(municipalities, name)) {
      municipalities.push({ id: ctx.newId(), name, colour: colour ?? colourFor(municipalities.length) });
    }
  };
  for (const m of req.municipalities ?? []) add(m.name, m.colour);
  for (const c of req.clusters ?? []) for (const name of c.municipalities) add(name);
  return {
    type: 'meetingCreated',
    meetingId,
    name: req.name,
    date: req.date,
    timeZone: req.timeZone ?? DEFAULT_TIME_ZONE,
    code,
    agenda: reschedule(byDay(buildAgenda(req.agenda ?? DEFAULT_AGENDA, ctx.newId))),
    municipalities,
    clusters: buildClusters(req.clusters ?? [], municipalities, ctx.newId),
    ...(programmeId ? { programmeId } : {}),
    ...(req.anonymous ? { anonymous: true } : {}),
    ...(req.newMunicipalityLimit !== undefined ? { newMunicipalityLimit: req.newMunicipalityLimit } : {}),
    at: ctx.now,
  };
}

export function decide(state: MeetingState, command: Command, actor: Actor, ctx: DecideContext): Decision {
  if (!may(actor.role, command.type)) {
    return fail('forbidden', `a ${actor.role} may not ${command.type}`);
  }
  switch (command.type) {
    case 'join':
    case 'leave':
    case 'setAnonymous':
    case 'erasePersonalData':
      return decideParticipant(state, command, actor, ctx);
    case 'advanceAgenda':
    case 'goToSegment':
    case 'finishSegment':
    case 'addSegment':
    case 'updateSegment':
    case 'moveSegment':
    case 'swapSegments':
    case 'skipSegment':
    case 'removeSegment':
    case 'addDay':
    case 'removeDay':
      return decideAgenda(state, command, ctx);
    case 'setComparisonSpan':
      if (command.span === (state.comparisonSpan ?? 'day')) return fail('conflict', `already ${command.span}`);
      return accept({ type: 'comparisonSpanSet', span: command.span });
    case 'updateCluster':
      return decideCluster(state, command, actor, ctx);
    case 'enterTeamRound':
    case 'addTeamNote':
    case 'editTeamNote':
    case 'deleteTeamNote':
      return decideTeam(state, command, actor, ctx);
    case 'createExercise':
    case 'mirrorExercise':
    case 'openStatement':
    case 'lockStatement':
    case 'revealStatement':
    case 'closeExercise':
    case 'place':
      return decideExercise(state, command, actor, ctx);
    case 'setFeedbackMinutes':
      return accept({ type: 'feedbackMinutesSet', minutes: command.minutes });
    case 'setMeetingDate':
      if (command.date === state.date) return fail('conflict', `the meeting is already dated ${command.date}`);
      return accept({ type: 'meetingDateSet', date: command.date });
    case 'startFeedback':
    case 'feedbackTimer':
    case 'feedbackStep':
    case 'phaseDue':
    case 'setAutoAdvance':
    case 'arrangeFeedback':
    case 'raiseHand':
    case 'takeQuestion':
      return decideFeedback(state, command, actor, ctx);
    case 'changeLink':
      return decideLink(state, command, ctx);
    case 'sendRoomMessage':
    case 'dismissRoomMessage':
      return decideRoomMessage(state, command, actor, ctx);
    case 'nudgeUnplaced':
      return decideNudge(state, command, ctx);
    case 'setProjectorScreen':
      return decideProjectorScreen(command, ctx);
    case 'setEvaluation':
    case 'setEvaluationOpen':
    case 'answerEvaluation':
      return decideEvaluation(state, command, actor, ctx);
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
        timeZone: event.timeZone ?? DEFAULT_TIME_ZONE,
        code: event.code,
        createdAt: event.at,
        agenda: event.agenda,
        municipalities: event.municipalities,
        clusters: event.clusters ?? [],
        ...(event.programmeId ? { programmeId: event.programmeId } : {}),
        anonymous: event.anonymous ?? false,
        ...(event.newMunicipalityLimit !== undefined ? { newMunicipalityLimit: event.newMunicipalityLimit } : {}),
      };
    case 'municipalityAdded':
      return {
        ...state,
        municipalities: [...state.municipalities, event.municipality],
        newMunicipalities: state.newMunicipalities + 1,
      };
    case 'participantJoined':
      return {
        ...state,
        participants: [...state.participants, event.participant],
        joinCount: Math.max(state.joinCount, event.participant.number ?? state.joinCount + 1),
      };
    case 'participantLeft':
      return withoutParticipant(state, event.participantId, event.pseudonyms);
    case 'anonymityChanged':
      return { ...state, anonymous: event.anonymous };
    case 'meetingDateSet':
      return { ...state, date: event.date };
    case 'personalDataErased':
      return erased(state, event.at);
    case 'erased':
      return state;
    case 'segmentChanged':
      return {
        ...state,
        agenda: moveAgenda(state.agenda, event.fromSegmentId, event.toSegmentId, event.at),
        currentSegmentId: event.toSegmentId,
      };
    case 'agendaEdited':
      return { ...state, agenda: event.agenda };
    case 'comparisonSpanSet':
      return { ...state, comparisonSpan: event.span };
    case 'clusterUpdated':
      return { ...state, clusters: state.clusters.map((c) => (c.id === event.cluster.id ? event.cluster : c)) };
    case 'teamRoundEntered':
      return { ...state, teamEntries: withEntry(state.teamEntries, event.entry) };
    case 'teamNoteAdded':
      return { ...state, teamNotes: [...state.teamNotes, event.note] };
    case 'teamNoteEdited':
      return { ...state, teamNotes: withNote(state.teamNotes, event.note) };
    case 'teamNoteDeleted':
      return { ...state, teamNotes: state.teamNotes.filter((n) => n.id !== event.noteId) };
    case 'exerciseCreated':
      return { ...state, exercises: [...state.exercises, event.exercise] };
    case 'statementOpened':
      return { ...state, exerciseRun: { exerciseId: event.exerciseId, statementId: event.statementId, locked: false } };
    case 'statementLocked':
      return state.exerciseRun?.statementId === event.statementId
        ? { ...state, exerciseRun: { ...state.exerciseRun, locked: true } }
        : state;
    case 'statementRevealed':
      // The statement's placements, whole and in the server's order: a phone that held only its own converges (S1).
      return {
        ...state,
        revealed: [...state.revealed, event.statementId],
        placements: [...state.placements.filter((p) => p.statementId !== event.statementId), ...event.placements],
      };
    case 'exerciseClosed':
      return state.exerciseRun?.exerciseId === event.exerciseId ? { ...state, exerciseRun: null } : state;
    case 'placed':
      return { ...state, placements: withPlacements(state.placements, [event.placement]) };
    case 'feedbackMinutesSet':
      return { ...state, feedbackMinutes: event.minutes };
    case 'feedbackRunChanged':
      return {
        ...state,
        feedbackRuns: withRun(state.feedbackRuns, event.run),
        questionLog: withQuestions(state.questionLog, event.run),
      };
    case 'phaseTimed':
      return { ...state, timingLog: [...state.timingLog, event.entry] };
    case 'linkChanged':
      // Which tokens open the meeting is the server's (hashed, outside the state); the log keeps the fact.
      return state;
    case 'roomMessageSent':
      return { ...state, roomMessages: withMessage(state.roomMessages, event.message) };
    case 'roomMessageDismissed':
      return { ...state, roomMessages: state.roomMessages.filter((m) => m.id !== event.messageId) };
    case 'unplacedNudged':
      return { ...state, nudge: { statementId: event.statementId, at: event.at } };
    case 'projectorScreenSet':
      return { ...state, projectorScreen: event.screen };
    case 'evaluationSet':
      return { ...state, evaluation: { ...state.evaluation, questions: event.questions, freeText: event.freeText } };
    case 'evaluationOpened':
      return { ...state, evaluation: { ...state.evaluation, status: event.open ? 'open' : 'closed' } };
    case 'evaluationAnswered':
      return { ...state, evaluation: withAnswer(state.evaluation, event) };
    default:
      return assertNever(event);
  }
}

/**
 * Which sockets may receive an event: everyone in the meeting, the team only,
 * the team's own rounds (the console and the evaluator, not the supervisors'
 * tablets), the team and one participant (their own hidden placement), or a
 * cluster's room.
 */
export type Audience =
  'all' | 'team' | 'teamRounds' | { teamAnd: string } | { teamRoundsAnd: string } | { cluster: string };

export function audienceOf(event: MeetingEvent): Audience {
  switch (event.type) {
    case 'teamRoundEntered':
    case 'teamNoteAdded':
    case 'teamNoteEdited':
    case 'teamNoteDeleted':
      return 'teamRounds';
    case 'placed':
      return event.hidden ? { teamAnd: event.placement.participantId } : 'all';
    case 'feedbackRunChanged':
      // A cluster works in its own room: its phones, the team and the projector follow its rounds (V4).
      return { cluster: event.run.clusterId };
    case 'roomMessageSent':
      return event.message.clusterId === undefined ? 'all' : { cluster: event.message.clusterId };
    case 'roomMessageDismissed':
      return event.clusterId === undefined ? 'all' : { cluster: event.clusterId };
    case 'unplacedNudged':
    case 'projectorScreenSet':
      return 'all';
    case 'evaluationAnswered':
      // The console, the evaluator and the phone that answered, each its half (EV2, `answeredFor`); not a tablet (V5).
      return event.participantId === undefined ? 'teamRounds' : { teamRoundsAnd: event.participantId };
    case 'evaluationSet':
    case 'evaluationOpened':
      return 'all';
    case 'phaseTimed':
    case 'linkChanged':
      return 'team';
    case 'feedbackMinutesSet':
    case 'exerciseCreated':
    case 'statementOpened':
    case 'statementLocked':
    case 'statementRevealed':
    case 'exerciseClosed':
    case 'meetingCreated':
    case 'municipalityAdded':
    case 'participantJoined':
    case 'participantLeft':
    case 'anonymityChanged':
    case 'meetingDateSet':
    case 'personalDataErased':
    case 'erased':
    case 'segmentChanged':
    case 'agendaEdited':
    case 'comparisonSpanSet':
    case 'clusterUpdated':
      return 'all';
    default:
      return assertNever(event);
  }
}

/** The actor with, for a participant, the cluster their municipality belongs to: what visibility needs. */
export function viewerOf(state: StateApartFromPlacements, actor: Actor): Actor {
  if (actor.role !== 'participant' || actor.clusterId) return actor;
  const municipalityId = state.participants.find((p) => p.id === actor.participantId)?.municipalityId;
  const cluster = state.clusters.find((c) => municipalityId && c.municipalityIds.includes(municipalityId));
  return cluster ? { ...actor, clusterId: cluster.id } : actor;
}

/** Whether a viewer (see `viewerOf`) may receive an event with this audience. */
export function canSee(audience: Audience, viewer: Actor): boolean {
  if (audience === 'teamRounds') return seesTeamRounds(viewer.role);
  if (typeof audience === 'object' && 'teamRoundsAnd' in audience)
    return (
      seesTeamRounds(viewer.role) || (viewer.role === 'participant' && viewer.participantId === audience.teamRoundsAnd)
    );
  if (isTeam(viewer.role)) return true;
  if (viewer.role === 'guest' || viewer.role === 'system') return false;
  if (audience === 'all') return true;
  if (audience === 'team') return false;
  if ('cluster' in audience) return viewer.role === 'screen' || viewer.clusterId === audience.cluster;
  return viewer.participantId === audience.teamAnd;
}

export function currentSegment(state: MeetingState): Segment | null {
  return state.agenda.find((s) => s.id === state.currentSegmentId) ?? null;
}

/** Ended: no segment runs, the day did start, and nothing is left to run. */
export function dayHasEnded(state: StateApartFromPlacements): boolean {
  return (
    state.currentSegmentId === null &&
    state.agenda.some((s) => s.actualStart !== undefined) &&
    !state.agenda.some((s) => s.actualStart === undefined && !s.skipped)
  );
}
