/**
 * The answers of the EOR API (server/year/eor.ts) as zod schemas, so the board
 * pages and the projector parse them like every other boundary.
 */
import * as z from 'zod/mini';
import { EorBoard } from './eor';
import { Colour, Id, Label } from '../protocol';

/** Who a link is, for a programme's EOR pages. */
export const ACCESS_KINDS = ['organiser', 'municipality', 'supervisor'] as const;
export const AccessKind = z.enum(ACCESS_KINDS);
export type AccessKind = z.infer<typeof AccessKind>;

/** A board and whose it is: a municipality's (its id) or one of the host team's processes. */
export const BoardEntry = z.object({
  boardId: Id,
  name: z.string(),
  colour: z.optional(Colour),
  process: z.boolean(),
  board: EorBoard,
});
export type BoardEntry = z.infer<typeof BoardEntry>;

/** GET /api/programmes/:id/eor/:boardId (and the projector's /api/meetings/:id/eor/:municipalityId). */
export const BoardResponse = z.extend(BoardEntry, {
  programmeId: Id,
  programmeName: z.string(),
  /** Whether this link may change the board (its own municipality, or the organiser). */
  editable: z.boolean(),
});
export type BoardResponse = z.infer<typeof BoardResponse>;

/** GET /api/programmes/:id/eor: the boards the link may read, in programme order, and the meetings to look back from. */
export const BoardsResponse = z.object({
  programmeName: z.string(),
  access: AccessKind,
  /** A supervisor's cluster. */
  clusterName: z.optional(z.string()),
  boards: z.array(BoardEntry),
  meetings: z.array(z.object({ id: Id, number: z.int(), date: z.string() })),
});
export type BoardsResponse = z.infer<typeof BoardsResponse>;

/** 200 from POST …/eor/:boardId/import. */
export const BoardImportResponse = z.object({ imported: z.int().check(z.gte(0)), board: EorBoard });
export type BoardImportResponse = z.infer<typeof BoardImportResponse>;

/** A secret link, shown once (only its hash is stored). */
export const LinkResponse = z.object({ link: z.string() });
export type LinkResponse = z.infer<typeof LinkResponse>;

/** Body of POST /api/programmes/:id/eor/processes. */
export const NewProcessBoard = z.object({ name: Label });

/** The municipality's own page: `/eor/<programmeId>/<boardId>#<secret>`; the programme's EOR page without a board. */
export function eorLink(programmeId: string, secret: string, boardId?: string): string {
  return `/eor/${programmeId}${boardId ? `/${boardId}` : ''}#${secret}`;
}
