/**
 * The HTTP API, defined once: every route's method, path, parameters, body
 * and answer as zod schemas. The server registers its routes from these
 * (server/http.ts `serve`) and the client calls them through one typed
 * `api()` (client/src/api.ts), as the socket messages are single-sourced in
 * the rest of shared/protocol.
 *
 * Not re-exported from shared/protocol/index.ts: it reaches into the
 * programme's and the EOR board's schemas, which a phone never downloads.
 */
import * as z from 'zod/mini';
import { EorBoard } from '../year/eor';
import {
  BoardEntry,
  BoardImportResponse,
  BoardResponse,
  BoardsResponse,
  LinkResponse,
  NewProcessBoard,
} from '../year/eorApi';
import { AnswerRequest, Answer, Assignment, FeedbackRequest, HomeworkResponse, NewAssignment } from '../year/homework';
import { Programme, ProgrammeProblem } from '../year/programme';
import { ErasureResponse, ImportResponse, ProgrammeReport, StartMeetingResponse } from '../year/programmeApi';
import { CsvRowError, ImportKind } from '../year/programmeImport';
import { CreateProgrammeRequest, OrganiserLinkResponse } from '../year/programmeLink';
import { ProgressionResponse } from '../year/progression';
import { MEETING_EXPORTS } from '../day/report';
import { Id } from './data';
import { CreateMeetingRequest, CreateMeetingResponse, ErrorCode } from './socket';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A file the browser saves: an export. */
export interface FileAnswer {
  type: string;
  filename: string;
  body: string;
}

/**
 * One route. `body`: a JSON body's schema, 'csv' for a spreadsheet sent as
 * its raw bytes, or null. `answer`: the JSON answer's schema, 'file' for an
 * export to save, or 'none' for a 204.
 */
export interface HttpRoute<Params, Body, Answer, Query = undefined> {
  readonly method: Method;
  readonly path: string;
  readonly params: z.ZodMiniType<Params>;
  readonly query: z.ZodMiniType<Query> | null;
  readonly body: z.ZodMiniType<Body> | 'csv' | null;
  readonly answer: z.ZodMiniType<Answer> | 'file' | 'none';
  readonly status: 200 | 201 | 204;
  /** A path naming nothing that exists answers 404 rather than 400. */
  readonly badPathIs404?: true;
}

/** Any route, for code that takes every route (the server's registrar, the client's caller). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = HttpRoute<any, any, any, any>;
export type ParamsOf<R> = R extends HttpRoute<infer P, unknown, unknown, unknown> ? P : never;
export type BodyOf<R> = R extends HttpRoute<unknown, infer B, unknown, unknown> ? B : never;
export type AnswerOf<R> = R extends HttpRoute<unknown, unknown, infer A, unknown> ? A : never;
export type QueryOf<R> = R extends HttpRoute<unknown, unknown, unknown, infer Q> ? Q : never;

const None = z.object({});
type None = z.infer<typeof None>;

interface Spec<P, B, A, Q> {
  params?: z.ZodMiniType<P>;
  query?: z.ZodMiniType<Q>;
  body?: z.ZodMiniType<B> | 'csv';
  answer: z.ZodMiniType<A> | 'file' | 'none';
  status?: 201 | 204;
  badPathIs404?: true;
}

function route<A, P = None, B = null, Q = undefined>(
  method: Method,
  path: string,
  spec: Spec<P, B, A, Q>,
): HttpRoute<P, B, A, Q> {
  return {
    method,
    path,
    params: spec.params ?? (None as unknown as z.ZodMiniType<P>),
    query: spec.query ?? null,
    body: spec.body ?? null,
    answer: spec.answer,
    status: spec.status ?? (spec.answer === 'none' ? 204 : 200),
    ...(spec.badPathIs404 ? { badPathIs404: true } : {}),
  };
}

const file = 'file' as const;
const none = 'none' as const;

// ---------------------------------------------------------------- answers without a home elsewhere

export const HealthResponse = z.object({
  ok: z.boolean(),
  version: z.string(),
  /** Which process answered, behind a load balancer. */
  instance: z.optional(z.string()),
  /** Meetings whose log does not parse, set aside while the rest are served (R2). */
  quarantined: z.optional(z.array(z.object({ meetingId: z.string(), reason: z.string() }))),
});
export type HealthResponse = z.infer<typeof HealthResponse>;

export const ConfigResponse = z.object({
  version: z.string(),
  /** The address phones use when this browser shows localhost (PUBLIC_URL). */
  publicUrl: z.nullable(z.string()),
  /** Creating a meeting or a programme needs ORGANISER_KEY. */
  organiserKeyRequired: z.boolean(),
});
export type ConfigResponse = z.infer<typeof ConfigResponse>;

/** Every 4xx: the code and message, and what the problem needs (rule problems, bad rows, the stored version, the started meeting). */
export const ErrorBody = z.object({
  code: ErrorCode,
  message: z.string(),
  problems: z.optional(z.array(ProgrammeProblem)),
  rows: z.optional(z.array(CsvRowError)),
  total: z.optional(z.int()),
  version: z.optional(z.int()),
  meetingId: z.optional(Id),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

// ---------------------------------------------------------------- parameters

const ProgrammeParams = z.object({ id: Id });
const BoardParams = z.object({ id: Id, boardId: Id });
const AssignmentParams = z.object({ id: Id, assignmentId: Id });
const AnswerParams = z.object({ id: Id, assignmentId: Id, municipalityId: Id });

// ---------------------------------------------------------------- the routes

export const HTTP = {
  health: route('GET', '/api/health', { answer: HealthResponse }),
  config: route('GET', '/api/config', { answer: ConfigResponse }),

  // A meeting, its exports and its presenting municipality's board.
  createMeeting: route('POST', '/api/meetings', {
    body: CreateMeetingRequest,
    answer: CreateMeetingResponse,
    status: 201,
  }),
  meetingExport: route('GET', '/api/meetings/:id/export/:file', {
    params: z.object({ id: Id, file: z.enum(MEETING_EXPORTS) }),
    /** `team=1`: the team's version of the report (V2). */
    query: z.object({ team: z.optional(z.enum(['0', '1'])) }),
    answer: file,
    badPathIs404: true,
  }),
  meetingBoard: route('GET', '/api/meetings/:meetingId/eor/:municipalityId', {
    params: z.object({ meetingId: Id, municipalityId: Id }),
    answer: BoardResponse,
  }),

  // The programme.
  createProgramme: route('POST', '/api/programmes', {
    body: CreateProgrammeRequest,
    answer: OrganiserLinkResponse,
    status: 201,
  }),
  demo: route('GET', '/api/demo', { answer: OrganiserLinkResponse }),
  programme: route('GET', '/api/programmes/:id', { params: ProgrammeParams, answer: Programme }),
  saveProgramme: route('PUT', '/api/programmes/:id', { params: ProgrammeParams, body: Programme, answer: Programme }),
  importProgramme: route('POST', '/api/programmes/:id/import/:kind', {
    params: z.object({ id: Id, kind: ImportKind }),
    body: 'csv',
    answer: ImportResponse,
  }),
  progression: route('GET', '/api/programmes/:id/progression', {
    params: ProgrammeParams,
    answer: ProgressionResponse,
  }),
  erasePersonalData: route('POST', '/api/programmes/:id/erase-personal-data', {
    params: ProgrammeParams,
    answer: ErasureResponse,
  }),
  programmeReport: route('GET', '/api/programmes/:id/report', { params: ProgrammeParams, answer: ProgrammeReport }),
  programmeExport: route('GET', '/api/programmes/:id/export/:file', {
    params: z.object({
      id: Id,
      file: z.enum(['municipalities.csv', 'participants.csv', 'report.csv', 'report.json']),
    }),
    answer: file,
  }),
  startMeeting: route('POST', '/api/programmes/:id/meetings/:programmeMeetingId/start', {
    params: z.object({ id: Id, programmeMeetingId: Id }),
    answer: StartMeetingResponse,
    status: 201,
  }),

  // Homework between the lärträffar.
  homework: route('GET', '/api/programmes/:id/homework', { params: ProgrammeParams, answer: HomeworkResponse }),
  addAssignment: route('POST', '/api/programmes/:id/homework', {
    params: ProgrammeParams,
    body: NewAssignment,
    answer: Assignment,
    status: 201,
  }),
  removeAssignment: route('DELETE', '/api/programmes/:id/homework/:assignmentId', {
    params: AssignmentParams,
    answer: none,
  }),
  saveAnswer: route('PUT', '/api/programmes/:id/homework/:assignmentId/answers/:municipalityId', {
    params: AnswerParams,
    body: AnswerRequest,
    answer: Answer,
  }),
  saveFeedback: route('PUT', '/api/programmes/:id/homework/:assignmentId/feedback/:municipalityId', {
    params: AnswerParams,
    body: FeedbackRequest,
    answer: Answer,
  }),

  // The EOR boards.
  boards: route('GET', '/api/programmes/:id/eor', { params: ProgrammeParams, answer: BoardsResponse }),
  addProcessBoard: route('POST', '/api/programmes/:id/eor/processes', {
    params: ProgrammeParams,
    body: NewProcessBoard,
    answer: BoardEntry,
    status: 201,
  }),
  board: route('GET', '/api/programmes/:id/eor/:boardId', { params: BoardParams, answer: BoardResponse }),
  saveBoard: route('PUT', '/api/programmes/:id/eor/:boardId', {
    params: BoardParams,
    body: EorBoard,
    answer: EorBoard,
  }),
  removeBoard: route('DELETE', '/api/programmes/:id/eor/:boardId', { params: BoardParams, answer: none }),
  importBoard: route('POST', '/api/programmes/:id/eor/:boardId/import', {
    params: BoardParams,
    body: 'csv',
    answer: BoardImportResponse,
  }),
  exportBoard: route('GET', '/api/programmes/:id/eor/:boardId/export.csv', { params: BoardParams, answer: file }),
  municipalityLink: route('POST', '/api/programmes/:id/eor/:boardId/link', {
    params: BoardParams,
    answer: LinkResponse,
    status: 201,
  }),
  supervisorLink: route('POST', '/api/programmes/:id/clusters/:clusterId/link', {
    params: z.object({ id: Id, clusterId: Id }),
    answer: LinkResponse,
    status: 201,
  }),
} as const;

/** The route's path with its parameters filled in, each encoded. */
export function pathOf(route: AnyRoute, params: Record<string, string>): string {
  return route.path.replace(/:([A-Za-z]+)/g, (_m, name: string) => encodeURIComponent(params[name] ?? ''));
}
