/**
 * The answers of the programme API (server/programmes.ts) as zod schemas, so
 * the organiser's page parses them like every other boundary.
 */
import * as z from 'zod/mini';
import { Programme, ProgrammeProblem } from './programme';
import { CsvRowError } from './programmeImport';
import { CreateMeetingResponse, ErrorCode, Id } from './protocol';

/** 200 from POST /api/programmes/:id/import/:kind. */
export const ImportResponse = z.object({ imported: z.int().check(z.gte(0)), programme: Programme });
export type ImportResponse = z.infer<typeof ImportResponse>;

/** 201 from POST /api/programmes/:id/meetings/:programmeMeetingId/start: the meeting's links, shown once. */
export const StartMeetingResponse = z.extend(CreateMeetingResponse, { programme: Programme });
export type StartMeetingResponse = z.infer<typeof StartMeetingResponse>;

/** Every 4xx: the code and message, and what the problem needs (rule problems, bad rows, the stored version, the started meeting). */
export const ProgrammeErrorBody = z.object({
  code: ErrorCode,
  message: z.string(),
  problems: z.optional(z.array(ProgrammeProblem)),
  rows: z.optional(z.array(CsvRowError)),
  total: z.optional(z.int()),
  version: z.optional(z.int()),
  meetingId: z.optional(Id),
});
export type ProgrammeErrorBody = z.infer<typeof ProgrammeErrorBody>;
