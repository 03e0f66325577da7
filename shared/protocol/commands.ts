/** Every command a client sends, as one tagged union. */
import * as z from 'zod/mini';
import {
  BoardKind,
  Clock,
  EvaluationText,
  ComparisonSpan,
  DayNumber,
  EXERCISE_KINDS,
  LinkKind,
  FeedbackMinutes,
  MAX_EVALUATION_QUESTIONS,
  MIN_EVALUATION_QUESTIONS,
  FeedbackPhase,
  Id,
  JOIN_DISPLAYS,
  Label,
  NOTE_KINDS,
  PROJECTOR_MODES,
  Score,
  SegmentKind,
  TeamRound,
  Text,
  Unit,
} from './data';

/** `name` is left out in an anonymous meeting (and dropped if sent); otherwise it is required. */
export const JoinCommand = z.object({
  type: z.literal('join'),
  name: z.optional(Label),
  municipality: Label,
});
/** A participant removes themself: their name, placements and questions go (PD2). */
export const LeaveCommand = z.object({ type: z.literal('leave') });
/** Anonymous mode, set before anyone has joined (PD1). */
export const SetAnonymousCommand = z.object({ type: z.literal('setAnonymous'), anonymous: z.boolean() });
/** Erases the meeting's personal data, in the log too (PD3, PD4). */
export const ErasePersonalDataCommand = z.object({ type: z.literal('erasePersonalData') });

/** Moves the meeting to another date: the console offers today when the day runs on another day than planned (T4). */
export const SetMeetingDateCommand = z.object({ type: z.literal('setMeetingDate'), date: z.iso.date() });

export const AdvanceAgendaCommand = z.object({
  type: z.literal('advanceAgenda'),
  /** The segment the sender sees as current; a mismatch is a conflict, so two clicks never skip two segments. */
  fromSegmentId: z.nullable(Id),
});

export const GoToSegmentCommand = z.object({
  type: z.literal('goToSegment'),
  fromSegmentId: z.nullable(Id),
  segmentId: Id,
});

export const FinishSegmentCommand = z.object({ type: z.literal('finishSegment'), segmentId: Id });

/** A new segment on the agenda, after `afterSegmentId` (null: first). Planned start follows from its place. */
export const AddSegmentCommand = z.object({
  type: z.literal('addSegment'),
  afterSegmentId: z.nullable(Id),
  kind: SegmentKind,
  title: Label,
  plannedMinutes: z.int().check(z.gte(1), z.lte(12 * 60)),
  room: z.optional(Label),
});

/** Edits a segment; `plannedStart` only on the first segment (the rest follow), `room: null` clears it. */
export const UpdateSegmentCommand = z.object({
  type: z.literal('updateSegment'),
  segmentId: Id,
  kind: z.optional(SegmentKind),
  title: z.optional(Label),
  plannedStart: z.optional(Clock),
  plannedMinutes: z.optional(z.int().check(z.gte(1), z.lte(12 * 60))),
  room: z.optional(z.nullable(Label)),
});

export const MoveSegmentCommand = z.object({
  type: z.literal('moveSegment'),
  segmentId: Id,
  toIndex: z.int().check(z.gte(0), z.lte(99)),
});
export const SwapSegmentsCommand = z.object({ type: z.literal('swapSegments'), segmentId: Id, otherSegmentId: Id });
export const SkipSegmentCommand = z.object({ type: z.literal('skipSegment'), segmentId: Id, skipped: z.boolean() });
export const RemoveSegmentCommand = z.object({ type: z.literal('removeSegment'), segmentId: Id });

/** A new day at the end of the meeting (G5): the standard day, from `plannedStart` on the day after the last. */
export const AddDayCommand = z.object({ type: z.literal('addDay'), plannedStart: Clock });
/** Takes a day off the agenda, every segment of it; not once any of them has run. The days after move up one. */
export const RemoveDayCommand = z.object({ type: z.literal('removeDay'), day: DayNumber });
/** Which check-in each check-out is compared with (G7). */
export const SetComparisonSpanCommand = z.object({ type: z.literal('setComparisonSpan'), span: ComparisonSpan });

export const UpdateClusterCommand = z.object({
  type: z.literal('updateCluster'),
  clusterId: Id,
  room: z.optional(z.nullable(Label)),
  supervisor: z.optional(z.nullable(Label)),
});

/** A team member's entry; sending again with the same `entryId` replaces it. */
export const EnterTeamRoundCommand = z.object({
  type: z.literal('enterTeamRound'),
  entryId: z.optional(Id),
  round: TeamRound,
  name: Label,
  feeling: Text(280),
  focus: Text(280),
});

export const AddTeamNoteCommand = z.object({
  type: z.literal('addTeamNote'),
  kind: z.enum(NOTE_KINDS),
  text: Text(2000, 1),
  /** Tags (O2): the segment and the municipality the note is about. */
  segmentId: z.optional(Id),
  municipalityId: z.optional(Id),
});
/** The note's author changes it (O1); a field left out stays, a tag set to null is cleared. */
export const EditTeamNoteCommand = z.object({
  type: z.literal('editTeamNote'),
  noteId: Id,
  kind: z.optional(z.enum(NOTE_KINDS)),
  text: z.optional(Text(2000, 1)),
  segmentId: z.optional(z.nullable(Id)),
  municipalityId: z.optional(z.nullable(Id)),
});
/** The note's author (or the facilitator) takes it out (O1). */
export const DeleteTeamNoteCommand = z.object({ type: z.literal('deleteTeamNote'), noteId: Id });

/** A board as the facilitator builds it: card labels and positions; ids are the server's. */
const BoardPlan = z.object({
  kind: BoardKind,
  cards: z.array(z.object({ label: Label, x: Unit, y: Unit })).check(z.minLength(2), z.maxLength(8)),
});
export type BoardPlan = z.infer<typeof BoardPlan>;
export const StatementPlan = z.object({
  text: Text(300, 1),
  board: BoardPlan,
});
export type StatementPlan = z.infer<typeof StatementPlan>;

export const CreateExerciseCommand = z.object({
  type: z.literal('createExercise'),
  kind: z.enum(EXERCISE_KINDS),
  title: Label,
  statements: z.array(StatementPlan).check(z.minLength(1), z.maxLength(20)),
  anonymous: z.boolean(),
  hiddenUntilReveal: z.boolean(),
});
/** The check-out that mirrors a check-in: the same statements and boards, in one action. */
export const MirrorExerciseCommand = z.object({ type: z.literal('mirrorExercise'), exerciseId: Id });
export const OpenStatementCommand = z.object({ type: z.literal('openStatement'), statementId: Id });
export const LockStatementCommand = z.object({ type: z.literal('lockStatement'), statementId: Id });
export const RevealStatementCommand = z.object({ type: z.literal('revealStatement'), statementId: Id });
export const CloseExerciseCommand = z.object({ type: z.literal('closeExercise'), exerciseId: Id });
/** A participant commits where they stand on the open statement (on release; dragging is presence). */
export const PlaceCommand = z.object({ type: z.literal('place'), statementId: Id, x: Unit, y: Unit });

export const SetFeedbackMinutesCommand = z.object({ type: z.literal('setFeedbackMinutes'), minutes: FeedbackMinutes });
/** The supervisor (or a lead) starts the cluster's rounds: the first municipality presents. */
export const StartFeedbackCommand = z.object({
  type: z.literal('startFeedback'),
  clusterId: Id,
  order: z.optional(z.array(Id).check(z.maxLength(6))),
});
export const FeedbackTimerCommand = z.object({
  type: z.literal('feedbackTimer'),
  clusterId: Id,
  action: z.enum(['pause', 'resume', 'restart', 'plusMinute', 'minusMinute']),
});
/** Next or back one phase; `from` is what the sender saw, so two taps never move two phases. */
export const FeedbackStepCommand = z.object({
  type: z.literal('feedbackStep'),
  clusterId: Id,
  direction: z.enum(['next', 'back']),
  from: z.object({ index: z.int().check(z.gte(0)), phase: FeedbackPhase }),
});
/** The server's own: a running phase reached its end. Idempotent: only the phase named moves on. */
export const PhaseDueCommand = z.object({
  type: z.literal('phaseDue'),
  clusterId: Id,
  index: z.int().check(z.gte(0)),
  phase: FeedbackPhase,
});
export const SetAutoAdvanceCommand = z.object({
  type: z.literal('setAutoAdvance'),
  clusterId: Id,
  autoAdvance: z.boolean(),
});
/** New speaking order of those who have not presented yet, and who is absent. */
export const ArrangeFeedbackCommand = z.object({
  type: z.literal('arrangeFeedback'),
  clusterId: Id,
  order: z.array(Id).check(z.maxLength(6)),
  skipped: z.array(Id).check(z.maxLength(6)),
});
export const RaiseHandCommand = z.object({
  type: z.literal('raiseHand'),
  clusterId: Id,
  text: Text(280),
});
export const TakeQuestionCommand = z.object({ type: z.literal('takeQuestion'), clusterId: Id, itemId: Id });

/**
 * The facilitator replaces (`rotate`) or revokes a secret link: the old one
 * stops working at once. A supervisor's link names its cluster.
 */
export const ChangeLinkCommand = z.object({
  type: z.literal('changeLink'),
  link: LinkKind,
  clusterId: z.optional(Id),
  action: z.enum(['rotate', 'revoke']),
});

// ---------------------------------------------------------------- the room (M1, M2, M3)

/** A message to the room: everyone (the facilitator's only) or one cluster (a supervisor's own). */
export const SendRoomMessageCommand = z.object({
  type: z.literal('sendRoomMessage'),
  text: Label,
  clusterId: z.optional(Id),
});
export const DismissRoomMessageCommand = z.object({ type: z.literal('dismissRoomMessage'), messageId: Id });
/** A gentle prompt on the phones of those who have not placed on the open statement; rate-limited in `decide`. */
export const NudgeUnplacedCommand = z.object({ type: z.literal('nudgeUnplaced'), statementId: Id });
/** The projector's screen, whole: the mode, a break's text and whether the join code shows. */
export const SetProjectorScreenCommand = z.object({
  type: z.literal('setProjectorScreen'),
  mode: z.enum(PROJECTOR_MODES),
  text: z.optional(Label),
  join: z.enum(JOIN_DISPLAYS),
});

// ---------------------------------------------------------------- the day's evaluation (EV1–EV4)

/** The team's questions (2–5, each 1–5 with labelled ends) and the free-text line's prompt (null: none). */
export const SetEvaluationCommand = z.object({
  type: z.literal('setEvaluation'),
  questions: z
    .array(z.object({ text: Text(200, 1), low: Label, high: Label }))
    .check(z.minLength(MIN_EVALUATION_QUESTIONS), z.maxLength(MAX_EVALUATION_QUESTIONS)),
  freeText: z.nullable(Label),
});
/** The facilitator offers the evaluation on the phones (`open`) or ends it. */
export const SetEvaluationOpenCommand = z.object({ type: z.literal('setEvaluationOpen'), open: z.boolean() });
/** A phone's one answer: a score per question (by id, so an edit in between is a conflict) and the free text. */
export const AnswerEvaluationCommand = z.object({
  type: z.literal('answerEvaluation'),
  scores: z.array(z.object({ questionId: Id, score: Score })).check(z.maxLength(MAX_EVALUATION_QUESTIONS)),
  text: z.optional(EvaluationText),
});

export const Command = z.discriminatedUnion('type', [
  JoinCommand,
  LeaveCommand,
  SetAnonymousCommand,
  SetMeetingDateCommand,
  ErasePersonalDataCommand,
  AdvanceAgendaCommand,
  GoToSegmentCommand,
  FinishSegmentCommand,
  AddSegmentCommand,
  UpdateSegmentCommand,
  MoveSegmentCommand,
  SwapSegmentsCommand,
  SkipSegmentCommand,
  RemoveSegmentCommand,
  AddDayCommand,
  RemoveDayCommand,
  SetComparisonSpanCommand,
  UpdateClusterCommand,
  EnterTeamRoundCommand,
  AddTeamNoteCommand,
  EditTeamNoteCommand,
  DeleteTeamNoteCommand,
  CreateExerciseCommand,
  MirrorExerciseCommand,
  OpenStatementCommand,
  LockStatementCommand,
  RevealStatementCommand,
  CloseExerciseCommand,
  PlaceCommand,
  SetFeedbackMinutesCommand,
  StartFeedbackCommand,
  FeedbackTimerCommand,
  FeedbackStepCommand,
  PhaseDueCommand,
  SetAutoAdvanceCommand,
  ArrangeFeedbackCommand,
  RaiseHandCommand,
  TakeQuestionCommand,
  ChangeLinkCommand,
  SendRoomMessageCommand,
  DismissRoomMessageCommand,
  NudgeUnplacedCommand,
  SetProjectorScreenCommand,
  SetEvaluationCommand,
  SetEvaluationOpenCommand,
  AnswerEvaluationCommand,
]);
export type Command = z.infer<typeof Command>;

/**
 * A command's own id, made by the client and sent again with it when no ack
 * came (D4): the server answers a repeated id with the first outcome.
 */
export const CommandId = z.string().check(z.minLength(16), z.maxLength(32), z.regex(/^[A-Za-z0-9_-]+$/));
/** What travels with every command besides its fields. */
export const CommandEnvelope = z.object({ commandId: z.optional(CommandId) });
export type CommandType = Command['type'];
