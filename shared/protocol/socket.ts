/** Acks, errors, resync, the snapshot state, presence, handshake, the Socket.IO event maps and HTTP bodies. */
import * as z from 'zod/mini';
import {
  LinkKind,
  Actor,
  AskedQuestion,
  Cluster,
  ClusterPlan,
  Colour,
  Evaluation,
  ComparisonSpan,
  Exercise,
  ExerciseRun,
  FeedbackMinutes,
  FeedbackRun,
  Id,
  Label,
  MAX_MEETING_MUNICIPALITIES,
  Millis,
  Municipality,
  Nudge,
  Participant,
  ProjectorScreen,
  RoomMessage,
  Placement,
  Segment,
  SegmentPlan,
  Seq,
  TeamEntry,
  TeamNote,
  TimeZone,
  TimingEntry,
  Unit,
} from './data';
import { SequencedEvent } from './events';

/**
 * The version of the messages both ends speak (S5). Raise it when a message
 * either way changes so that the other end's schemas would not read it (a new
 * event type, a new required field): a page from before the upgrade is then
 * told to reload instead of failing to parse in silence.
 */
export const PROTOCOL_VERSION = 3;
/** A page that sends no protocol predates versioning: it speaks 0. */
export const Protocol = z.int().check(z.gte(0));

export const ERROR_CODES = ['invalid', 'forbidden', 'not_found', 'conflict', 'rate_limited'] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;
export const CommandError = z.object({ code: ErrorCode, message: z.string() });
export type CommandError = z.infer<typeof CommandError>;

export const JoinResult = z.object({ participantId: Id, token: z.string() });
export type JoinResult = z.infer<typeof JoinResult>;

/** A replaced link, in the facilitator's ack only: shown once, never stored in clear. */
export const IssuedLink = z.object({ link: LinkKind, clusterId: z.optional(Id), path: z.string() });
export type IssuedLink = z.infer<typeof IssuedLink>;

export const CommandAck = z.union([
  z.object({ ok: z.literal(true), seq: Seq, join: z.optional(JoinResult), issued: z.optional(IssuedLink) }),
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
  /** Where the meeting is held: its planned times are on these clocks (T5). */
  timeZone: z.string(),
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
  feedbackMinutes: FeedbackMinutes,
  feedbackRuns: z.array(FeedbackRun),
  timingLog: z.array(TimingEntry),
  /** Every question queued in the rounds; a viewer outside the team gets their own cluster's (V4). */
  questionLog: z.array(AskedQuestion),
  programmeId: z.optional(Id),
  /** Participants join with a municipality only; no name is stored (PD1). */
  anonymous: z.boolean(),
  /** How many have joined, also those who left: the next participant's number. */
  joinCount: z.int().check(z.gte(0)),
  /** Municipalities participants added by joining: a single meeting takes `newMunicipalityLimit` of them. */
  newMunicipalities: z.int().check(z.gte(0)),
  /** The facilitator's limit on municipalities added by joining; absent: NEW_MUNICIPALITIES_BY_JOIN. */
  newMunicipalityLimit: z.optional(z.int().check(z.gte(0), z.lte(MAX_MEETING_MUNICIPALITIES))),
  /** When the meeting's personal data was erased (PD3). */
  erasedAt: z.optional(Millis),
  /** Messages on screen now (M1); a viewer outside the team gets those to everyone and to their own cluster. */
  roomMessages: z.array(RoomMessage),
  /** The latest nudge to those who have not placed (M2). */
  nudge: z.nullable(Nudge),
  /** What the facilitator put on the projector (M3). */
  projectorScreen: ProjectorScreen,
  /** The day's evaluation (EV1): its questions for everyone; the answers for the team only (V1). */
  evaluation: Evaluation,
  /** Which check-in each check-out is compared with (G7); absent: each day's own. */
  comparisonSpan: z.optional(ComparisonSpan),
});
export type MeetingState = z.infer<typeof MeetingState>;
/** The meeting without its placements: what a function reads that shows no token (see the client's store). */
export type StateApartFromPlacements = Omit<MeetingState, 'placements'>;

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
  /** The server's protocol: a page that speaks another reloads (S5). */
  protocol: Protocol,
});
export type Welcome = z.infer<typeof Welcome>;

export const EventBatch = z.object({ events: z.array(SequencedEvent).check(z.minLength(1)) });
export type EventBatch = z.infer<typeof EventBatch>;

export const Presence = z.object({ online: z.array(Id) });

/** A token being dragged: presence, volatile, never logged. */
export const Drag = z.object({ statementId: Id, x: Unit, y: Unit });
export type Drag = z.infer<typeof Drag>;
/** Tokens moving now, coalesced per room to at most ~10 frames a second. */
export const DragFrame = z.object({
  statementId: Id,
  /** In an anonymous exercise the projector gets pseudonyms and municipalities, as in placements (PD7). */
  moves: z.array(z.object({ participantId: Id, x: Unit, y: Unit, municipalityId: z.optional(Id) })),
});
export type DragFrame = z.infer<typeof DragFrame>;
export type Presence = z.infer<typeof Presence>;

/**
 * Handshake: a secret link token, a participant token, or a join code (which
 * only allows `join`), with the protocol the page speaks (absent: 0).
 */
export const HandshakeAuth = z.union([
  z.object({ token: z.string().check(z.minLength(16), z.maxLength(128)), protocol: z.optional(Protocol) }),
  z.object({ code: z.string().check(z.minLength(1), z.maxLength(32)), protocol: z.optional(Protocol) }),
]);
export type HandshakeAuth = z.infer<typeof HandshakeAuth>;

/** A handshake refused because the page speaks another protocol than the server (S5): what `connect_error` carries. */
export const ProtocolRefusal = z.object({ code: z.literal('conflict'), message: z.string(), protocol: Protocol });
export type ProtocolRefusal = z.infer<typeof ProtocolRefusal>;

// ---------------------------------------------------------------- socket event maps

export const CLIENT_EVENTS = { command: 'command', resync: 'resync', time: 'time', drag: 'drag' } as const;
export const SERVER_EVENTS = {
  welcome: 'welcome',
  events: 'events',
  presence: 'presence',
  dragFrame: 'dragFrame',
} as const;

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
  municipalities: z.optional(
    z.array(z.object({ name: Label, colour: z.optional(Colour) })).check(z.maxLength(MAX_MEETING_MUNICIPALITIES)),
  ),
  clusters: z.optional(z.array(ClusterPlan).check(z.maxLength(50))),
  /** Anonymous mode (PD1): participants give only their municipality. */
  anonymous: z.optional(z.boolean()),
  /** Where it is held; Europe/Stockholm when left out (T5). */
  timeZone: z.optional(TimeZone),
  /** How many municipalities participants may add by joining (default 20). */
  newMunicipalityLimit: z.optional(z.int().check(z.gte(0), z.lte(MAX_MEETING_MUNICIPALITIES))),
});
export type CreateMeetingRequest = z.infer<typeof CreateMeetingRequest>;

export const CreateMeetingResponse = z.object({
  meetingId: Id,
  code: z.string(),
  facilitatorLink: z.string(),
  screenLink: z.string(),
  /** The team's view for the evaluator: team rounds and notes. */
  evaluatorLink: z.string(),
  /** Each cluster's supervisor runs that cluster's feedback rounds from this link. */
  supervisorLinks: z.array(z.object({ clusterId: Id, name: z.string(), link: z.string() })),
});
export type CreateMeetingResponse = z.infer<typeof CreateMeetingResponse>;

/** Turns zod issues into one readable sentence for an `invalid` error. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}
