/**
 * The answers of the programme API (server/year/programmes.ts) as zod schemas, so
 * the organiser's page parses them like every other boundary.
 */
import * as z from 'zod/mini';
import { Programme } from './programme';
import { StatementProgression } from './progression';
import { CreateMeetingResponse } from '../protocol';

/** 200 from POST /api/programmes/:id/import/:kind. */
export const ImportResponse = z.object({ imported: z.int().check(z.gte(0)), programme: Programme });
export type ImportResponse = z.infer<typeof ImportResponse>;

/** 201 from POST /api/programmes/:id/meetings/:programmeMeetingId/start: the meeting's links, shown once. */
export const StartMeetingResponse = z.extend(CreateMeetingResponse, { programme: Programme });
export type StartMeetingResponse = z.infer<typeof StartMeetingResponse>;

/** 200 from POST /api/programmes/:id/erase-personal-data: the programme without its participant list, and how many meetings were erased. */
export const ErasureResponse = z.object({ programme: Programme, meetings: z.int().check(z.gte(0)) });
export type ErasureResponse = z.infer<typeof ErasureResponse>;

// ---------------------------------------------------------------- the year's report (shared/programmeReport.ts)

const Count = z.int().check(z.gte(0));

const ReportMeeting = z.object({
  number: z.int(),
  date: z.string(),
  place: z.nullable(z.string()),
  theme: z.nullable(z.string()),
  /** Started: the live meeting exists. */
  held: z.boolean(),
});

/** Per municipality: enrolled, and how many joined each meeting (null: the meeting was not held). */
const AttendanceLine = z.object({ municipality: z.string(), enrolled: Count, counts: z.array(z.nullable(Count)) });

/** How one day kept time: the agenda against the plan, and the rounds' phases. */
const TimingDiscipline = z.object({
  number: z.int(),
  date: z.string(),
  segmentsRun: Count,
  /** Segments that ran more than a minute over. */
  segmentsOver: Count,
  /** The day's (projected) end minus its planned end, in ms. */
  driftMs: z.number(),
  phases: Count,
  phasesOver: Count,
  /** The mean of actual minus planned over the phases, in ms; null without phases. */
  meanPhaseOverMs: z.nullable(z.number()),
});
export type TimingDiscipline = z.infer<typeof TimingDiscipline>;

/**
 * One question of the day's evaluation over the year (EV4), matched by its text:
 * per meeting its mean (1–5) and how many answered; null where it was not asked or not answered.
 */
const EvaluationLine = z.object({
  question: z.string(),
  means: z.array(z.nullable(z.number())),
  counts: z.array(z.nullable(Count)),
});
export type EvaluationLine = z.infer<typeof EvaluationLine>;

/** GET /api/programmes/:id/report */
export const ProgrammeReport = z.object({
  name: z.string(),
  meetings: z.array(ReportMeeting),
  attendance: z.array(AttendanceLine),
  /** Everyone who joined, per meeting. */
  totals: z.array(z.nullable(Count)),
  progression: z.array(StatementProgression),
  timing: z.array(TimingDiscipline),
  /** The day's evaluation per question across the lärträffar (EV4). */
  evaluation: z.array(EvaluationLine),
});
export type ProgrammeReport = z.infer<typeof ProgrammeReport>;
