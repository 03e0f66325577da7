/** Every event in a meeting's log, as one tagged union. */
import * as z from 'zod/mini';
import {
  Cluster,
  Evaluation,
  EvaluationAnswer,
  ComparisonSpan,
  Exercise,
  LinkKind,
  FeedbackMinutes,
  FeedbackRun,
  Id,
  Label,
  MAX_MEETING_MUNICIPALITIES,
  Millis,
  Municipality,
  ProjectorScreen,
  RoomMessage,
  Participant,
  Placement,
  Segment,
  TeamEntry,
  TeamNote,
  TimeZone,
  TimingEntry,
} from './data';

export const MeetingCreatedEvent = z.object({
  type: z.literal('meetingCreated'),
  meetingId: Id,
  name: Label,
  date: z.iso.date(),
  code: z.string().check(z.minLength(4), z.maxLength(12)),
  agenda: z.array(Segment).check(z.maxLength(100)),
  municipalities: z.array(Municipality).check(z.maxLength(MAX_MEETING_MUNICIPALITIES)),
  clusters: z.optional(z.array(Cluster).check(z.maxLength(50))),
  programmeId: z.optional(Id),
  anonymous: z.optional(z.boolean()),
  /** Absent in logs from before meetings had a zone: Europe/Stockholm. */
  timeZone: z.optional(TimeZone),
  newMunicipalityLimit: z.optional(z.int().check(z.gte(0), z.lte(MAX_MEETING_MUNICIPALITIES))),
  at: Millis,
});

export const MunicipalityAddedEvent = z.object({
  type: z.literal('municipalityAdded'),
  municipality: Municipality,
});

export const ParticipantJoinedEvent = z.object({
  type: z.literal('participantJoined'),
  participant: Participant,
});

export const ParticipantLeftEvent = z.object({
  type: z.literal('participantLeft'),
  participantId: Id,
  /** Outside the team: the leaver's pseudonyms in anonymous exercises (one each, MAX_EXERCISES), whose placements go too (PD7). */
  pseudonyms: z.optional(z.array(Id).check(z.maxLength(50))),
});
export const AnonymityChangedEvent = z.object({ type: z.literal('anonymityChanged'), anonymous: z.boolean() });
export const PersonalDataErasedEvent = z.object({ type: z.literal('personalDataErased'), at: Millis });
/** What an erased row of the log holds instead of its event (PD4): it changes nothing when replayed. */
export const ErasedEvent = z.object({ type: z.literal('erased') });

/** The meeting's date moved (T4). */
export const MeetingDateSetEvent = z.object({ type: z.literal('meetingDateSet'), date: z.iso.date() });

export const SegmentChangedEvent = z.object({
  type: z.literal('segmentChanged'),
  fromSegmentId: z.nullable(Id),
  toSegmentId: z.nullable(Id),
  at: Millis,
});

/** The agenda after an edit, whole: edits are rare and small, and whole lists cannot drift apart. */
export const AgendaEditedEvent = z.object({
  type: z.literal('agendaEdited'),
  agenda: z.array(Segment).check(z.maxLength(100)),
});

/** Which check-in each check-out is compared with (G7). */
export const ComparisonSpanSetEvent = z.object({ type: z.literal('comparisonSpanSet'), span: ComparisonSpan });

export const ClusterUpdatedEvent = z.object({ type: z.literal('clusterUpdated'), cluster: Cluster });
export const TeamRoundEnteredEvent = z.object({ type: z.literal('teamRoundEntered'), entry: TeamEntry });
export const TeamNoteAddedEvent = z.object({ type: z.literal('teamNoteAdded'), note: TeamNote });
/** The note after its author changed it, whole (O1). */
export const TeamNoteEditedEvent = z.object({ type: z.literal('teamNoteEdited'), note: TeamNote });
export const TeamNoteDeletedEvent = z.object({ type: z.literal('teamNoteDeleted'), noteId: Id, at: Millis });

export const ExerciseCreatedEvent = z.object({ type: z.literal('exerciseCreated'), exercise: Exercise });
export const StatementOpenedEvent = z.object({ type: z.literal('statementOpened'), exerciseId: Id, statementId: Id });
export const StatementLockedEvent = z.object({ type: z.literal('statementLocked'), statementId: Id });
/** Carries the statement's placements: those who could not see them before get them now. */
export const StatementRevealedEvent = z.object({
  type: z.literal('statementRevealed'),
  statementId: Id,
  placements: z.array(Placement),
});
export const ExerciseClosedEvent = z.object({ type: z.literal('exerciseClosed'), exerciseId: Id });
/** `hidden`: the statement is hidden until reveal, so only the team and the participant see this. */
export const PlacedEvent = z.object({ type: z.literal('placed'), placement: Placement, hidden: z.boolean() });

export const FeedbackMinutesSetEvent = z.object({ type: z.literal('feedbackMinutesSet'), minutes: FeedbackMinutes });
/** A cluster's rounds after a change, whole: small, and whole values cannot drift apart. */
export const FeedbackRunChangedEvent = z.object({ type: z.literal('feedbackRunChanged'), run: FeedbackRun });
export const PhaseTimedEvent = z.object({ type: z.literal('phaseTimed'), entry: TimingEntry });

/** A secret link was replaced or revoked: the fact is logged for the team, the token never is. */
export const LinkChangedEvent = z.object({
  type: z.literal('linkChanged'),
  link: LinkKind,
  clusterId: z.optional(Id),
  action: z.enum(['rotate', 'revoke']),
  at: Millis,
});

// ---------------------------------------------------------------- the room (M1, M2, M3)

export const RoomMessageSentEvent = z.object({ type: z.literal('roomMessageSent'), message: RoomMessage });
/** `clusterId`: the message's, so the dismissal goes where the message went. */
export const RoomMessageDismissedEvent = z.object({
  type: z.literal('roomMessageDismissed'),
  messageId: Id,
  clusterId: z.optional(Id),
  at: Millis,
});
/** Everyone gets it; each phone tells whether it has placed (a hidden placement is not told to others, V3). */
export const UnplacedNudgedEvent = z.object({ type: z.literal('unplacedNudged'), statementId: Id, at: Millis });
export const ProjectorScreenSetEvent = z.object({
  type: z.literal('projectorScreenSet'),
  screen: ProjectorScreen,
  at: Millis,
});

// ---------------------------------------------------------------- the day's evaluation (EV1–EV4)

/** The questions and the free-text prompt after the team's edit, whole. */
export const EvaluationSetEvent = z.object({
  type: z.literal('evaluationSet'),
  questions: Evaluation.shape.questions,
  freeText: Evaluation.shape.freeText,
});
export const EvaluationOpenedEvent = z.object({ type: z.literal('evaluationOpened'), open: z.boolean(), at: Millis });
/**
 * A phone answered (EV2). The log holds both halves: `participantId` marks
 * the phone as answered, `answer` is what it said. Nobody gets both: the
 * console and the evaluator get the answer alone, the phone that answered
 * only that it did (see `answeredFor`), everyone else the seq. Leaving and
 * erasure take `participantId` out of the log (PD2, PD4).
 */
export const EvaluationAnsweredEvent = z.object({
  type: z.literal('evaluationAnswered'),
  participantId: z.optional(Id),
  answer: z.optional(EvaluationAnswer),
});

export const MeetingEvent = z.discriminatedUnion('type', [
  MeetingCreatedEvent,
  MunicipalityAddedEvent,
  ParticipantJoinedEvent,
  ParticipantLeftEvent,
  AnonymityChangedEvent,
  MeetingDateSetEvent,
  PersonalDataErasedEvent,
  ErasedEvent,
  SegmentChangedEvent,
  AgendaEditedEvent,
  ComparisonSpanSetEvent,
  ClusterUpdatedEvent,
  TeamRoundEnteredEvent,
  TeamNoteAddedEvent,
  TeamNoteEditedEvent,
  TeamNoteDeletedEvent,
  ExerciseCreatedEvent,
  StatementOpenedEvent,
  StatementLockedEvent,
  StatementRevealedEvent,
  ExerciseClosedEvent,
  PlacedEvent,
  FeedbackMinutesSetEvent,
  FeedbackRunChangedEvent,
  PhaseTimedEvent,
  LinkChangedEvent,
  RoomMessageSentEvent,
  RoomMessageDismissedEvent,
  UnplacedNudgedEvent,
  ProjectorScreenSetEvent,
  EvaluationSetEvent,
  EvaluationOpenedEvent,
  EvaluationAnsweredEvent,
]);
export type MeetingEvent = z.infer<typeof MeetingEvent>;

/**
 * An event with its place in the meeting's log. `event` is absent when the
 * receiver may not see it: the seq still advances, so no gap is reported.
 */
export const SequencedEvent = z.object({ seq: z.int().check(z.gte(1)), event: z.optional(MeetingEvent) });
export type SequencedEvent = z.infer<typeof SequencedEvent>;
