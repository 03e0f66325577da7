/**
 * Personal data in a meeting (GDPR; SPEC.md, PD1–PD6): what a participant
 * leaving takes with them, what erasing a meeting's personal data leaves, and
 * how the append-only log is rewritten so that replaying it gives exactly the
 * state the live meeting reached. Pure: the store applies `eraseEvent` to its
 * rows; `reduce` applies `withoutParticipant` and `erased` to the state.
 */
import { assertNever } from '../decision';
import type {
  Cluster,
  Evaluation,
  EvaluationAnswer,
  FeedbackRun,
  MeetingEvent,
  MeetingState,
  Participant,
} from '../protocol';

/** Whose personal data goes: one participant who removed themself, or everyone's in the meeting. */
export type Erasure = { kind: 'participant'; participantId: string } | { kind: 'meeting' };

/** The erasure an event asks the store to carry out on the log before it, if any. */
export function erasureOf(event: MeetingEvent): Erasure | null {
  if (event.type === 'participantLeft') return { kind: 'participant', participantId: event.participantId };
  if (event.type === 'personalDataErased') return { kind: 'meeting' };
  return null;
}

const nameless = ({ name: _name, ...rest }: Participant): Participant => rest;
const unsupervised = ({ supervisor: _supervisor, ...rest }: Cluster): Cluster => rest;
const withoutQuestionsOf = (run: FeedbackRun, participantId: string): FeedbackRun => ({
  ...run,
  queue: run.queue.filter((q) => q.participantId !== participantId),
});

const textless = ({ text: _text, ...rest }: EvaluationAnswer): EvaluationAnswer => rest;
/** An evaluation after erasure (EV2): nobody marked as answered, no free text, closed; the scores stay. */
const anonymised = (evaluation: Evaluation): Evaluation => ({
  ...evaluation,
  status: evaluation.status === 'open' ? 'closed' : evaluation.status,
  answeredBy: [],
  answers: evaluation.answers.map(textless),
});

/**
 * The meeting after a participant removed themself: their roster entry,
 * placements and questions are gone; outside the team also their placements
 * by `pseudonyms` in anonymous exercises (PD7). Their evaluation answer is
 * anonymous and stays; only the mark that they answered goes (EV2).
 */
export function withoutParticipant(
  state: MeetingState,
  participantId: string,
  pseudonyms: readonly string[] = [],
): MeetingState {
  const theirs = new Set([participantId, ...pseudonyms]);
  return {
    ...state,
    participants: state.participants.filter((p) => p.id !== participantId),
    placements: state.placements.filter((p) => !theirs.has(p.participantId)),
    feedbackRuns: state.feedbackRuns.map((r) => withoutQuestionsOf(r, participantId)),
    questionLog: state.questionLog.filter((q) => q.participantId !== participantId),
    evaluation: { ...state.evaluation, answeredBy: state.evaluation.answeredBy.filter((id) => id !== participantId) },
  };
}

/**
 * The meeting after its personal data is erased: participants keep only
 * their number and municipality (so the day's placements still count per
 * municipality), clusters lose their supervisor's name, the team's rounds
 * and notes and every question go, the evaluation keeps only its scores (and
 * closes), and the meeting is anonymous from then on.
 */
export function erased(state: MeetingState, at: number): MeetingState {
  return {
    ...state,
    anonymous: true,
    erasedAt: at,
    participants: state.participants.map(nameless),
    clusters: state.clusters.map(unsupervised),
    teamEntries: [],
    teamNotes: [],
    feedbackRuns: state.feedbackRuns.map((r) => ({ ...r, queue: [] })),
    questionLog: [],
    evaluation: anonymised(state.evaluation),
  };
}

const ERASED: MeetingEvent = { type: 'erased' };

/**
 * A logged event with the erased personal data taken out. Replaying the
 * rewritten log up to the erasing event and then that event gives the same
 * state as the live meeting had after it (SPEC.md, PD4).
 */
export function eraseEvent(event: MeetingEvent, erasure: Erasure): MeetingEvent {
  if (erasure.kind === 'participant') {
    const id = erasure.participantId;
    switch (event.type) {
      // The join stays without the name, so numbers are not handed out twice; the leave removes it on replay.
      case 'participantJoined':
        return event.participant.id === id ? { ...event, participant: nameless(event.participant) } : event;
      case 'placed':
        return event.placement.participantId === id ? ERASED : event;
      case 'statementRevealed':
        return { ...event, placements: event.placements.filter((p) => p.participantId !== id) };
      case 'feedbackRunChanged':
        return { ...event, run: withoutQuestionsOf(event.run, id) };
      case 'evaluationAnswered':
        return event.participantId === id && event.answer ? { type: event.type, answer: event.answer } : event;
      default:
        return event;
    }
  }
  switch (event.type) {
    case 'meetingCreated':
      return { ...event, clusters: event.clusters?.map(unsupervised) };
    case 'participantJoined':
      return { ...event, participant: nameless(event.participant) };
    case 'clusterUpdated':
      return { ...event, cluster: unsupervised(event.cluster) };
    case 'teamRoundEntered':
    case 'teamNoteAdded':
    case 'teamNoteEdited':
      return ERASED;
    case 'feedbackRunChanged':
      return { ...event, run: { ...event.run, queue: [] } };
    case 'evaluationAnswered':
      return event.answer ? { type: event.type, answer: textless(event.answer) } : { type: event.type };
    case 'municipalityAdded':
    case 'segmentChanged':
    case 'agendaEdited':
    case 'comparisonSpanSet':
    case 'exerciseCreated':
    case 'statementOpened':
    case 'statementLocked':
    case 'statementRevealed':
    case 'exerciseClosed':
    case 'placed':
    case 'feedbackMinutesSet':
    case 'phaseTimed':
    case 'anonymityChanged':
    case 'meetingDateSet':
    case 'linkChanged':
    case 'roomMessageSent':
    case 'roomMessageDismissed':
    case 'unplacedNudged':
    case 'projectorScreenSet':
    case 'evaluationSet':
    case 'evaluationOpened':
    case 'teamNoteDeleted':
    case 'participantLeft':
    case 'personalDataErased':
    case 'erased':
      return event;
    default:
      return assertNever(event);
  }
}

/** Whether erasing would take anything out: retention skips meetings with nothing left to erase. */
export function hasPersonalData(state: MeetingState): boolean {
  return (
    state.participants.some((p) => p.name !== undefined) ||
    state.clusters.some((c) => c.supervisor !== undefined) ||
    state.teamEntries.length > 0 ||
    state.teamNotes.length > 0 ||
    state.questionLog.length > 0 ||
    state.evaluation.answeredBy.length > 0 ||
    state.evaluation.answers.some((a) => a.text !== undefined)
  );
}
