/**
 * The EOR pages' calls to the server, each answer parsed: a programme's
 * boards, one board, its CSV, the links, the homework. The link's secret goes
 * in the Authorization header, never in a URL.
 */
import * as z from 'zod/mini';
import { EorBoard } from '../../shared/eor';
import { BoardEntry, BoardImportResponse, BoardResponse, BoardsResponse, LinkResponse } from '../../shared/eorApi';
import { Answer, Assignment, HomeworkResponse, type NewAssignment } from '../../shared/homework';
import { bearerCaller } from './programmeClient';

export type EorClient = ReturnType<typeof eorClient>;

const json = (method: string, body: unknown): RequestInit => ({
  method,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});
const seg = encodeURIComponent;

/** `base` is the server's address ('' for this page's own origin). */
export function eorClient(base: string, programmeId: string, token: string) {
  const { call, blob } = bearerCaller(token);
  const url = (path: string) => `${base}/api/programmes/${seg(programmeId)}${path}`;
  return {
    boards: () => call(BoardsResponse, url('/eor')),
    board: (boardId: string) => call(BoardResponse, url(`/eor/${seg(boardId)}`)),
    save: (boardId: string, board: EorBoard) => call(EorBoard, url(`/eor/${seg(boardId)}`), json('PUT', board)),
    importCsv: (boardId: string, bytes: ArrayBuffer) =>
      call(BoardImportResponse, url(`/eor/${seg(boardId)}/import`), {
        method: 'POST',
        body: bytes,
        headers: { 'content-type': 'text/csv' },
      }),
    exportCsv: (boardId: string) => blob(url(`/eor/${seg(boardId)}/export.csv`)),
    addProcess: (name: string) => call(BoardEntry, url('/eor/processes'), json('POST', { name })),
    // A 204 has no body: read as null (z.nullable of what the phone's zod has already, not z.null).
    removeProcess: (boardId: string) =>
      call(z.nullable(z.object({})), url(`/eor/${seg(boardId)}`), { method: 'DELETE' }),
    municipalityLink: (municipalityId: string) =>
      call(LinkResponse, url(`/eor/${seg(municipalityId)}/link`), { method: 'POST' }),
    supervisorLink: (clusterId: string) =>
      call(LinkResponse, url(`/clusters/${seg(clusterId)}/link`), { method: 'POST' }),
    homework: () => call(HomeworkResponse, url('/homework')),
    assign: (a: NewAssignment) => call(Assignment, url('/homework'), json('POST', a)),
    unassign: (id: string) => call(z.nullable(z.object({})), url(`/homework/${seg(id)}`), { method: 'DELETE' }),
    answer: (assignmentId: string, municipalityId: string, answer: string) =>
      call(Answer, url(`/homework/${seg(assignmentId)}/answers/${seg(municipalityId)}`), json('PUT', { answer })),
    feedback: (assignmentId: string, municipalityId: string, feedback: string) =>
      call(Answer, url(`/homework/${seg(assignmentId)}/feedback/${seg(municipalityId)}`), json('PUT', { feedback })),
  };
}

/** The projector's read of the presenting municipality's board, with the meeting link's secret. */
export function meetingBoard(base: string, meetingId: string, municipalityId: string, token: string) {
  return bearerCaller(token).call(BoardResponse, `${base}/api/meetings/${seg(meetingId)}/eor/${seg(municipalityId)}`);
}
