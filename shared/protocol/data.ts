/** The protocol's data: ids, roles, segments, municipalities, clusters, team rounds, boards, exercises, placements. */
import * as z from 'zod/mini';
import { isTimeZone } from '../timeZone';

export const Id = z.string().check(z.minLength(1), z.maxLength(64));
/**
 * [H1] What a person types never carries control characters (C0 and C1: a NUL is a 500 on PostgreSQL), bidi
 * embeddings, overrides or isolates (U+202A–202E, U+2066–2069: they reverse the text around a name) or a lone
 * surrogate; a `Text` may hold line breaks and tabs. Every schema of user text is one of these two, so every
 * boundary (socket, HTTP, import, stored row) refuses them as `invalid`.
 */
const plain = (lines: boolean) =>
  z.regex(
    lines
      ? /^(?:[\t\n\r]|[^\p{Cc}\u202A-\u202E\u2066-\u2069\p{Cs}])*$/u
      : /^[^\p{Cc}\u202A-\u202E\u2066-\u2069\p{Cs}]*$/u,
    'no control characters or bidi overrides',
  );
/** A name or a short label on one line: 1–`max` characters once trimmed. */
export const Label = z.string().check(z.trim(), z.minLength(1), z.maxLength(80), plain(false));
/** Free text (a note, a question, a statement): at most `max` characters once trimmed, at least `min`. */
export const Text = (max: number, min = 0) =>
  z.string().check(z.trim(), z.minLength(min), z.maxLength(max, `at most ${max} characters`), plain(true));
export const Clock = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM'));
export const Colour = z.string().check(z.regex(/^#[0-9a-f]{6}$/i, 'expected #rrggbb'));
export const Millis = z.int().check(z.gte(0));
export const Seq = z.int().check(z.gte(0));
/** An IANA time zone Intl knows: the meeting's clocks (T5). */
export const TimeZone = z
  .string()
  .check(z.maxLength(64), z.refine(isTimeZone, 'expected a time zone such as Europe/Stockholm'));

/** `system`: the server itself, firing a phase's end; no link or token ever carries it. */
export const ROLES = ['facilitator', 'supervisor', 'evaluator', 'screen', 'participant', 'guest', 'system'] as const;
export const Role = z.enum(ROLES);
/** The secret links of a meeting the facilitator can replace or revoke (a participant's token is their own). */
export const LINK_KINDS = ['facilitator', 'screen', 'evaluator', 'supervisor'] as const;
export const LinkKind = z.enum(LINK_KINDS);
export type LinkKind = z.infer<typeof LinkKind>;
export type Role = z.infer<typeof Role>;

/** Who is acting: the role plus, for a participant, who they are. */
export const Actor = z.object({
  role: Role,
  participantId: z.optional(Id),
  /** A supervisor's own cluster. */ clusterId: z.optional(Id),
});
export type Actor = z.infer<typeof Actor>;

// ---------------------------------------------------------------- data

export const SEGMENT_KINDS = [
  'teamCheckIn',
  'break',
  'checkIn',
  'presentation',
  'clusterWork',
  'plenary',
  'checkOut',
  'teamCheckOut',
  'custom',
] as const;
export const SegmentKind = z.enum(SEGMENT_KINDS);
export type SegmentKind = z.infer<typeof SegmentKind>;

/** A meeting spans at most this many days (G5). */
export const MAX_DAYS = 7;
/** Day 2, 3 ... of a meeting of several days (G5); absent on day 1, so a one-day agenda is as it always was. */
export const DayNumber = z.int().check(z.gte(1), z.lte(MAX_DAYS));

export const SegmentPlan = z.object({
  kind: SegmentKind,
  title: Label,
  plannedStart: Clock,
  plannedMinutes: z.int().check(z.gte(1), z.lte(12 * 60)),
  room: z.optional(Label),
  day: z.optional(DayNumber),
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

/** At most this many municipalities in a meeting's first event: the request, and the log that stores it, hold to it (R1). */
export const MAX_MEETING_MUNICIPALITIES = 100;

/** A cluster as an organiser describes it: municipalities by name. */
export const ClusterPlan = z.object({
  name: Label,
  municipalities: z.array(Label).check(z.minLength(1), z.maxLength(6)),
  supervisor: z.optional(Label),
  room: z.optional(Label),
});
export type ClusterPlan = z.infer<typeof ClusterPlan>;

export const TEAM_ROUNDS = ['checkIn', 'checkOut'] as const;
export const TeamRound = z.enum(TEAM_ROUNDS);
export type TeamRound = z.infer<typeof TeamRound>;

/** One team member's entry in the team's own check-in or check-out. */
export const TeamEntry = z.object({
  id: Id,
  round: TeamRound,
  name: Label,
  /** How they are, in a few words. */
  feeling: Text(280),
  /** What they focus on today (check-in) or take with them (check-out). */
  focus: Text(280),
  at: Millis,
});
export type TeamEntry = z.infer<typeof TeamEntry>;

export const NOTE_KINDS = ['observation', 'feedback'] as const;
/** The evaluator's notes during the day, and the feedback given at the team check-out. */
/** Who wrote a note: the evaluator's link or the console. */
export const NOTE_AUTHORS = ['evaluator', 'facilitator'] as const;
export const TeamNote = z.object({
  id: Id,
  kind: z.enum(NOTE_KINDS),
  text: Text(2000, 1),
  at: Millis,
  /** Absent on notes logged before notes had an author: the evaluator's (O1). */
  by: z.optional(z.enum(NOTE_AUTHORS)),
  /** The agenda segment and the municipality the note is about: the report places it there (O2). */
  segmentId: z.optional(Id),
  municipalityId: z.optional(Id),
  /** When it was last changed (O1). */
  editedAt: z.optional(Millis),
});
export type TeamNote = z.infer<typeof TeamNote>;

// Statement boards: cards at normalised positions (0..1 both ways) on a room-shaped board.
export const Unit = z.number().check(z.gte(0), z.lte(1));
export const BOARD_KINDS = ['line', 'cards', 'fourFp', 'fyrfaltare'] as const;
export const BoardKind = z.enum(BOARD_KINDS);
export type BoardKind = z.infer<typeof BoardKind>;
export const Card = z.object({ id: Id, label: Label, x: Unit, y: Unit });
export type Card = z.infer<typeof Card>;
export const Board = z.object({ kind: BoardKind, cards: z.array(Card).check(z.minLength(2), z.maxLength(8)) });
export type Board = z.infer<typeof Board>;
export const Statement = z.object({
  id: Id,
  text: Text(300, 1),
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
  /** The screen shows tokens without names, and nobody outside the team gets whose they are (PD7). */
  anonymous: z.boolean(),
  /** Nobody but the team sees placements until the facilitator reveals them; the server does not send them. */
  hiddenUntilReveal: z.boolean(),
  /** Anonymous: the key of its placements' pseudonyms (PD7), shared with its check-out; the team's only. */
  pseudonymKey: z.optional(Id),
});
export type Exercise = z.infer<typeof Exercise>;

/**
 * Where one participant stands on one statement. Outside the team, someone
 * else's placement in an anonymous exercise carries a pseudonym as
 * `participantId` and their municipality instead (PD7).
 */
export const Placement = z.object({
  participantId: Id,
  statementId: Id,
  x: Unit,
  y: Unit,
  at: Millis,
  municipalityId: z.optional(Id),
});
export type Placement = z.infer<typeof Placement>;

/** The statement on the board now; `locked`: no more placements. */
export const ExerciseRun = z.object({ exerciseId: Id, statementId: Id, locked: z.boolean() });
export type ExerciseRun = z.infer<typeof ExerciseRun>;

export const Participant = z.object({
  id: Id,
  /** Absent in an anonymous meeting, and once the meeting's personal data is erased (PD1, PD3). */
  name: z.optional(Label),
  /** The n-th to join ("Deltagare 7"); never reused, also after someone leaves. */
  number: z.optional(z.int().check(z.gte(1))),
  municipalityId: Id,
  joinedAt: Millis,
});
export type Participant = z.infer<typeof Participant>;

// The EOR feedback rounds: per municipality, presentation, supervisor feedback, peer feedback, reply.
export const FEEDBACK_PHASES = ['presentation', 'supervisor', 'peers', 'reply'] as const;
export const FeedbackPhase = z.enum(FEEDBACK_PHASES);
export type FeedbackPhase = z.infer<typeof FeedbackPhase>;
const Minutes = z.int().check(z.gte(1), z.lte(120));
/** Phase lengths in minutes, per meeting: 5 / 5 / 10 / 3 by default. */
export const FeedbackMinutes = z.object({ presentation: Minutes, supervisor: Minutes, peers: Minutes, reply: Minutes });
export type FeedbackMinutes = z.infer<typeof FeedbackMinutes>;

export const Timer = z.discriminatedUnion('status', [
  z.object({ status: z.literal('idle'), durationMs: z.int() }),
  z.object({ status: z.literal('running'), durationMs: z.int(), endsAt: z.int() }),
  z.object({ status: z.literal('paused'), durationMs: z.int(), remainingMs: z.int() }),
]);
export type Timer = z.infer<typeof Timer>;

/** A question or comment queued from a phone during peer feedback. */
export const QueueItem = z.object({
  id: Id,
  participantId: Id,
  text: Text(280),
  at: Millis,
  taken: z.boolean(),
});
export type QueueItem = z.infer<typeof QueueItem>;

/**
 * A question as the rounds' record keeps it: the run's queue starts empty for
 * each municipality, so the record says whose presentation it was about.
 */
export const AskedQuestion = z.extend(QueueItem, {
  clusterId: Id,
  /** The municipality presenting when it was asked. */ municipalityId: Id,
});
export type AskedQuestion = z.infer<typeof AskedQuestion>;

/** One cluster's feedback rounds: whose turn, which phase, the timer, the queue. */
export const FeedbackRun = z.object({
  clusterId: Id,
  segmentId: z.nullable(Id),
  /** The municipalities in speaking order. */
  order: z.array(Id).check(z.maxLength(6)),
  /** Absent municipalities: passed over. */
  skipped: z.array(Id),
  /** Index into `order` of the municipality with the floor; `order.length` when all are done. */
  index: z.int().check(z.gte(0)),
  phase: FeedbackPhase,
  timer: Timer,
  /** When the current phase started (actual, for the timing log); null once all are done. */
  phaseStartedAt: z.nullable(Millis),
  autoAdvance: z.boolean(),
  queue: z.array(QueueItem).check(z.maxLength(200)),
});
export type FeedbackRun = z.infer<typeof FeedbackRun>;

/** Planned vs actual, per phase and municipality: the rounds' timing log. */
export const TimingEntry = z.object({
  clusterId: Id,
  municipalityId: Id,
  phase: FeedbackPhase,
  plannedMs: z.int(),
  startedAt: Millis,
  endedAt: Millis,
});
export type TimingEntry = z.infer<typeof TimingEntry>;

// ---------------------------------------------------------------- the room: messages, nudges, the projector's screen

/**
 * A short message to the room (M1): from the facilitator to everyone or to one
 * cluster, or from a supervisor to their own cluster. On screen until its sender dismisses it.
 */
export const RoomMessage = z.object({
  id: Id,
  text: Label,
  /** Absent: to everyone (the phones and the projector); otherwise that cluster's phones and tablet. */
  clusterId: z.optional(Id),
  from: z.enum(['facilitator', 'supervisor']),
  at: Millis,
});
export type RoomMessage = z.infer<typeof RoomMessage>;

/** The latest nudge to those who have not placed on a statement (M2). */
export const Nudge = z.object({ statementId: Id, at: Millis });
export type Nudge = z.infer<typeof Nudge>;

/** What the facilitator puts on the projector (M3): the day's own scene, a blank screen or a break with their text. */
/**
 * Which check-in a check-out is compared with in a meeting of several days (G7): each day's own
 * (`day`, the default), or the first check-in of the meeting with its last check-out (`meeting`).
 */
export const COMPARISON_SPANS = ['day', 'meeting'] as const;
export const ComparisonSpan = z.enum(COMPARISON_SPANS);
export type ComparisonSpan = z.infer<typeof ComparisonSpan>;

export const PROJECTOR_MODES = ['auto', 'blank', 'break'] as const;
/** The join code and QR: where the day's scene puts them, always, or never. */
export const JOIN_DISPLAYS = ['auto', 'show', 'hide'] as const;
export const ProjectorScreen = z.object({
  mode: z.enum(PROJECTOR_MODES),
  /** The break screen's text ("Kaffe – vi ses 10.45 i kommunklustren"); only with `break`. */
  text: z.optional(Label),
  join: z.enum(JOIN_DISPLAYS),
});
export type ProjectorScreen = z.infer<typeof ProjectorScreen>;

// ---------------------------------------------------------------- the day's evaluation (EV1–EV4)

/** A score on the evaluation's scale: 1 (the low end's label) to 5 (the high end's). */
export const Score = z.int().check(z.gte(1), z.lte(5));
/** One 1–5 question of the day's evaluation, with what its ends mean ("Inte alls" … "I hög grad"). */
export const EvaluationQuestion = z.object({ id: Id, text: Text(200, 1), low: Label, high: Label });
export type EvaluationQuestion = z.infer<typeof EvaluationQuestion>;
export const MAX_EVALUATION_QUESTIONS = 5;
export const MIN_EVALUATION_QUESTIONS = 2;
/** The free-text line's answer. */
export const EvaluationText = Text(500, 1);

/**
 * One phone's answer (EV2): its municipality, never its participant. `scores`
 * follow the questions' order; `text` is the free-text line, if written.
 */
export const EvaluationAnswer = z.object({
  id: Id,
  municipalityId: Id,
  scores: z.array(Score).check(z.maxLength(MAX_EVALUATION_QUESTIONS)),
  text: z.optional(EvaluationText),
});
export type EvaluationAnswer = z.infer<typeof EvaluationAnswer>;

export const EVALUATION_STATUSES = ['draft', 'open', 'closed'] as const;
/** The day's evaluation: the team's questions, whether the phones offer it, and what came in. */
export const Evaluation = z.object({
  questions: z.array(EvaluationQuestion).check(z.maxLength(MAX_EVALUATION_QUESTIONS)),
  /** The free-text line's prompt; null: no free-text line. */
  freeText: z.nullable(Label),
  status: z.enum(EVALUATION_STATUSES),
  /** Who has answered (one answer per phone, EV2), kept apart from the answers; a participant sees only themself. */
  answeredBy: z.array(Id),
  /** Team only: a phone gets its own answer at most. */
  answers: z.array(EvaluationAnswer),
});
export type Evaluation = z.infer<typeof Evaluation>;
