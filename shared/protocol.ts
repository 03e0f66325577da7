/**
 * The wire protocol: every command, event, ack and error, both ways, as zod
 * schemas. TypeScript types and the Socket.IO event maps are derived from
 * these; no event name is written as a bare string anywhere else.
 *
 * zod/mini: the same parser as zod with a tree-shakeable API, so a phone
 * downloads ~5 KB of it instead of ~28 KB.
 */
import * as z from 'zod/mini';

export const Id = z.string().check(z.minLength(1), z.maxLength(64));
const Label = z.string().check(z.trim(), z.minLength(1), z.maxLength(80));
const Clock = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM'));
const Colour = z.string().check(z.regex(/^#[0-9a-f]{6}$/i, 'expected #rrggbb'));
const Millis = z.int().check(z.gte(0));
const Seq = z.int().check(z.gte(0));

export const ROLES = ['facilitator', 'supervisor', 'evaluator', 'screen', 'participant', 'guest'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** Who is acting: the role plus, for a participant, who they are. */
export const Actor = z.object({ role: Role, participantId: z.optional(Id) });
export type Actor = z.infer<typeof Actor>;

// ---------------------------------------------------------------- data

export const SEGMENT_KINDS = [
  'teamCheckIn', 'break', 'checkIn', 'presentation', 'clusterWork',
  'plenary', 'checkOut', 'teamCheckOut', 'custom',
] as const;
export const SegmentKind = z.enum(SEGMENT_KINDS);
export type SegmentKind = z.infer<typeof SegmentKind>;

export const SegmentPlan = z.object({
  kind: SegmentKind,
  title: Label,
  plannedStart: Clock,
  plannedMinutes: z.int().check(z.gte(1), z.lte(12 * 60)),
  room: z.optional(Label),
});
export type SegmentPlan = z.infer<typeof SegmentPlan>;

export const Segment = z.extend(SegmentPlan, {
  id: Id,
  actualStart: z.optional(Millis),
  actualEnd: z.optional(Millis),
  /** Skipped on the day: the run of show passes over it; the plan keeps it. */
  skipped: z.optional(z.boolean()),
});
export type Segment = z.infer<typeof Segment>;

export const Municipality = z.object({ id: Id, name: Label, colour: Colour });
export type Municipality = z.infer<typeof Municipality>;

export const Cluster = z.object({
  id: Id,
  name: Label,
  municipalityIds: z.array(Id).check(z.minLength(1), z.maxLength(6)),
  supervisor: z.optional(Label),
  room: z.optional(Label),
});
export type Cluster = z.infer<typeof Cluster>;

/** A cluster as an organiser describes it: municipalities by name. */
export const ClusterPlan = z.object({
  name: Label,
  municipalities: z.array(Label).check(z.minLength(1), z.maxLength(6)),
  supervisor: z.optional(Label),
  room: z.optional(Label),
});
export type ClusterPlan = z.infer<typeof ClusterPlan>;

const Text = z.string().check(z.trim(), z.maxLength(2000));

export const TEAM_ROUNDS = ['checkIn', 'checkOut'] as const;
export const TeamRound = z.enum(TEAM_ROUNDS);
export type TeamRound = z.infer<typeof TeamRound>;

/** One team member's entry in the team's own check-in or check-out. */
export const TeamEntry = z.object({
  id: Id,
  round: TeamRound,
  name: Label,
  /** How they are, in a few words. */
  feeling: z.string().check(z.trim(), z.maxLength(280)),
  /** What they focus on today (check-in) or take with them (check-out). */
  focus: z.string().check(z.trim(), z.maxLength(280)),
  at: Millis,
});
export type TeamEntry = z.infer<typeof TeamEntry>;

export const NOTE_KINDS = ['observation', 'feedback'] as const;
/** The evaluator's notes during the day, and the feedback given at the team check-out. */
export const TeamNote = z.object({ id: Id, kind: z.enum(NOTE_KINDS), text: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)), at: Millis });
export type TeamNote = z.infer<typeof TeamNote>;

// Statement boards: cards at normalised positions (0..1 both ways) on a room-shaped board.
const Unit = z.number().check(z.gte(0), z.lte(1));
export const BOARD_KINDS = ['line', 'cards', 'fourFp', 'fyrfaltare'] as const;
export const BoardKind = z.enum(BOARD_KINDS);
export type BoardKind = z.infer<typeof BoardKind>;
export const Card = z.object({ id: Id, label: Label, x: Unit, y: Unit });
export type Card = z.infer<typeof Card>;
export const Board = z.object({ kind: BoardKind, cards: z.array(Card).check(z.minLength(2), z.maxLength(8)) });
export type Board = z.infer<typeof Board>;
export const Statement = z.object({
  id: Id,
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  board: Board,
  /** In a check-out: the check-in statement it mirrors. */
  mirrorOf: z.optional(Id),
});
export type Statement = z.infer<typeof Statement>;

export const EXERCISE_KINDS = ['checkIn', 'checkOut'] as const;
export const Exercise = z.object({
  id: Id,
  kind: z.enum(EXERCISE_KINDS),
  title: Label,
  statements: z.array(Statement).check(z.minLength(1), z.maxLength(20)),
  /** In a check-out: the check-in it mirrors. */
  mirrorOf: z.optional(Id),
  /** The screen shows tokens without names. */
  anonymous: z.boolean(),
  /** Nobody but the team sees placements until the facilitator reveals them; the server does not send them. */
  hiddenUntilReveal: z.boolean(),
});
export type Exercise = z.infer<typeof Exercise>;

export const Placement = z.object({ participantId: Id, statementId: Id, x: Unit, y: Unit, at: Millis });
export type Placement = z.infer<typeof Placement>;

/** The statement on the board now; `locked`: no more placements. */
export const ExerciseRun = z.object({ exerciseId: Id, statementId: Id, locked: z.boolean() });
export type ExerciseRun = z.infer<typeof ExerciseRun>;

export const Participant = z.object({
  id: Id,
  name: Label,
  municipalityId: Id,
  joinedAt: Millis,
});
export type Participant = z.infer<typeof Participant>;

// ---------------------------------------------------------------- commands

export const JoinCommand = z.object({
  type: z.literal('join'),
  name: Label,
  municipality: Label,
});

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

export const MoveSegmentCommand = z.object({ type: z.literal('moveSegment'), segmentId: Id, toIndex: z.int().check(z.gte(0), z.lte(99)) });
export const SwapSegmentsCommand = z.object({ type: z.literal('swapSegments'), segmentId: Id, otherSegmentId: Id });
export const SkipSegmentCommand = z.object({ type: z.literal('skipSegment'), segmentId: Id, skipped: z.boolean() });
export const RemoveSegmentCommand = z.object({ type: z.literal('removeSegment'), segmentId: Id });

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
  feeling: z.string().check(z.trim(), z.maxLength(280)),
  focus: z.string().check(z.trim(), z.maxLength(280)),
});

export const AddTeamNoteCommand = z.object({
  type: z.literal('addTeamNote'),
  kind: z.enum(NOTE_KINDS),
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
});

/** A board as the facilitator builds it: card labels and positions; ids are the server's. */
const BoardPlan = z.object({
  kind: BoardKind,
  cards: z.array(z.object({ label: Label, x: Unit, y: Unit })).check(z.minLength(2), z.maxLength(8)),
});
export type BoardPlan = z.infer<typeof BoardPlan>;
export const StatementPlan = z.object({ text: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)), board: BoardPlan });
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

export const Command = z.discriminatedUnion('type', [
  JoinCommand,
  AdvanceAgendaCommand,
  GoToSegmentCommand,
  FinishSegmentCommand,
  AddSegmentCommand,
  UpdateSegmentCommand,
  MoveSegmentCommand,
  SwapSegmentsCommand,
  SkipSegmentCommand,
  RemoveSegmentCommand,
  UpdateClusterCommand,
  EnterTeamRoundCommand,
  AddTeamNoteCommand,
  CreateExerciseCommand,
  MirrorExerciseCommand,
  OpenStatementCommand,
  LockStatementCommand,
  RevealStatementCommand,
  CloseExerciseCommand,
  PlaceCommand,
]);
export type Command = z.infer<typeof Command>;
export type CommandType = Command['type'];

// ---------------------------------------------------------------- events

export const MeetingCreatedEvent = z.object({
  type: z.literal('meetingCreated'),
  meetingId: Id,
  name: Label,
  date: z.iso.date(),
  code: z.string().check(z.minLength(4), z.maxLength(12)),
  agenda: z.array(Segment).check(z.maxLength(100)),
  municipalities: z.array(Municipality).check(z.maxLength(100)),
  clusters: z.optional(z.array(Cluster).check(z.maxLength(50))),
  programmeId: z.optional(Id),
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

export const ClusterUpdatedEvent = z.object({ type: z.literal('clusterUpdated'), cluster: Cluster });
export const TeamRoundEnteredEvent = z.object({ type: z.literal('teamRoundEntered'), entry: TeamEntry });
export const TeamNoteAddedEvent = z.object({ type: z.literal('teamNoteAdded'), note: TeamNote });

export const ExerciseCreatedEvent = z.object({ type: z.literal('exerciseCreated'), exercise: Exercise });
export const StatementOpenedEvent = z.object({ type: z.literal('statementOpened'), exerciseId: Id, statementId: Id });
export const StatementLockedEvent = z.object({ type: z.literal('statementLocked'), statementId: Id });
/** Carries the statement's placements: those who could not see them before get them now. */
export const StatementRevealedEvent = z.object({ type: z.literal('statementRevealed'), statementId: Id, placements: z.array(Placement) });
export const ExerciseClosedEvent = z.object({ type: z.literal('exerciseClosed'), exerciseId: Id });
/** `hidden`: the statement is hidden until reveal, so only the team and the participant see this. */
export const PlacedEvent = z.object({ type: z.literal('placed'), placement: Placement, hidden: z.boolean() });

export const MeetingEvent = z.discriminatedUnion('type', [
  MeetingCreatedEvent,
  MunicipalityAddedEvent,
  ParticipantJoinedEvent,
  SegmentChangedEvent,
  AgendaEditedEvent,
  ClusterUpdatedEvent,
  TeamRoundEnteredEvent,
  TeamNoteAddedEvent,
  ExerciseCreatedEvent,
  StatementOpenedEvent,
  StatementLockedEvent,
  StatementRevealedEvent,
  ExerciseClosedEvent,
  PlacedEvent,
]);
export type MeetingEvent = z.infer<typeof MeetingEvent>;

/**
 * An event with its place in the meeting's log. `event` is absent when the
 * receiver may not see it: the seq still advances, so no gap is reported.
 */
export const SequencedEvent = z.object({ seq: z.int().check(z.gte(1)), event: z.optional(MeetingEvent) });
export type SequencedEvent = z.infer<typeof SequencedEvent>;

// ---------------------------------------------------------------- errors and acks

export const ERROR_CODES = ['invalid', 'forbidden', 'not_found', 'conflict', 'rate_limited'] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;
export const CommandError = z.object({ code: ErrorCode, message: z.string() });
export type CommandError = z.infer<typeof CommandError>;

export const JoinResult = z.object({ participantId: Id, token: z.string() });
export type JoinResult = z.infer<typeof JoinResult>;

export const CommandAck = z.union([
  z.object({ ok: z.literal(true), seq: Seq, join: z.optional(JoinResult) }),
  z.object({ ok: z.literal(false), error: CommandError }),
]);
export type CommandAck = z.infer<typeof CommandAck>;

export const ResyncRequest = z.object({ fromSeq: Seq });
export type ResyncRequest = z.infer<typeof ResyncRequest>;

/** The meeting as a viewer may see it (see `viewFor` in meeting.ts); sent whole in a snapshot. */
export const MeetingState = z.object({
  meetingId: z.string(),
  name: z.string(),
  date: z.string(),
  code: z.string(),
  createdAt: Millis,
  agenda: z.array(Segment),
  currentSegmentId: z.nullable(Id),
  municipalities: z.array(Municipality),
  clusters: z.array(Cluster),
  participants: z.array(Participant),
  /** Team only: empty in what a participant or the screen receives. */
  teamEntries: z.array(TeamEntry),
  /** Team only. */
  teamNotes: z.array(TeamNote),
  exercises: z.array(Exercise),
  exerciseRun: z.nullable(ExerciseRun),
  /** Statements whose hidden placements have been revealed. */
  revealed: z.array(Id),
  /** The latest placement per participant and statement; hidden ones only where the viewer may see them. */
  placements: z.array(Placement),
  programmeId: z.optional(Id),
});
export type MeetingState = z.infer<typeof MeetingState>;

export const ResyncAck = z.union([
  z.object({ ok: z.literal(true), kind: z.literal('events'), events: z.array(SequencedEvent) }),
  z.object({ ok: z.literal(true), kind: z.literal('snapshot'), seq: Seq, state: MeetingState }),
  z.object({ ok: z.literal(false), error: CommandError }),
]);
export type ResyncAck = z.infer<typeof ResyncAck>;

export const Welcome = z.object({
  meetingId: Id,
  actor: Actor,
  serverNow: Millis,
});
export type Welcome = z.infer<typeof Welcome>;

export const EventBatch = z.object({ events: z.array(SequencedEvent).check(z.minLength(1)) });
export type EventBatch = z.infer<typeof EventBatch>;

export const Presence = z.object({ online: z.array(Id) });

/** A token being dragged: presence, volatile, never logged. */
export const Drag = z.object({ statementId: Id, x: Unit, y: Unit });
export type Drag = z.infer<typeof Drag>;
/** Tokens moving now, coalesced per room to at most ~10 frames a second. */
export const DragFrame = z.object({ statementId: Id, moves: z.array(z.object({ participantId: Id, x: Unit, y: Unit })) });
export type DragFrame = z.infer<typeof DragFrame>;
export type Presence = z.infer<typeof Presence>;

/** Handshake: a secret link token, a participant token, or a join code (which only allows `join`). */
export const HandshakeAuth = z.union([
  z.object({ token: z.string().check(z.minLength(16), z.maxLength(128)) }),
  z.object({ code: z.string().check(z.minLength(1), z.maxLength(32)) }),
]);
export type HandshakeAuth = z.infer<typeof HandshakeAuth>;

// ---------------------------------------------------------------- socket event maps

export const CLIENT_EVENTS = { command: 'command', resync: 'resync', time: 'time', drag: 'drag' } as const;
export const SERVER_EVENTS = { welcome: 'welcome', events: 'events', presence: 'presence', dragFrame: 'dragFrame' } as const;

/** Payloads are `unknown` on purpose: the server parses every one; types do not validate. */
export interface ClientToServerEvents {
  [CLIENT_EVENTS.command]: (command: unknown, ack: (res: CommandAck) => void) => void;
  [CLIENT_EVENTS.resync]: (req: unknown, ack: (res: ResyncAck) => void) => void;
  [CLIENT_EVENTS.time]: (clientSentAt: unknown, ack: (serverNow: number) => void) => void;
  [CLIENT_EVENTS.drag]: (drag: unknown) => void;
}

export interface ServerToClientEvents {
  [SERVER_EVENTS.welcome]: (welcome: Welcome) => void;
  [SERVER_EVENTS.events]: (batch: EventBatch) => void;
  [SERVER_EVENTS.presence]: (presence: Presence) => void;
  [SERVER_EVENTS.dragFrame]: (frame: DragFrame) => void;
}

/** Socket.IO refuses messages over this size (bytes). */
export const MAX_PAYLOAD_BYTES = 64 * 1024;

/** Body of POST /api/meetings. */
export const CreateMeetingRequest = z.object({
  name: Label,
  date: z.iso.date(),
  agenda: z.optional(z.array(SegmentPlan).check(z.minLength(1), z.maxLength(100))),
  municipalities: z.optional(z.array(z.object({ name: Label, colour: z.optional(Colour) })).check(z.maxLength(100))),
  clusters: z.optional(z.array(ClusterPlan).check(z.maxLength(50))),
});
export type CreateMeetingRequest = z.infer<typeof CreateMeetingRequest>;

export const CreateMeetingResponse = z.object({
  meetingId: Id,
  code: z.string(),
  facilitatorLink: z.string(),
  screenLink: z.string(),
  /** The team's view for the evaluator: team rounds and notes. */
  evaluatorLink: z.string(),
});
export type CreateMeetingResponse = z.infer<typeof CreateMeetingResponse>;

/** Turns zod issues into one readable sentence for an `invalid` error. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}
