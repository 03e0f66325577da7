/**
 * The EOR pages' calls to the server, through `api()`: a programme's boards,
 * one board, its CSV, the links, the homework. The link's secret goes in the
 * Authorization header, never in a URL.
 */
import type { EorBoard } from '../../shared/year/eor';
import type { NewAssignment } from '../../shared/year/homework';
import { HTTP } from '../../shared/protocol/http';
import { api, apiFile } from './api';

export type EorClient = ReturnType<typeof eorClient>;

/** `base` is the server's address ('' for this page's own origin). */
export function eorClient(base: string, programmeId: string, token: string) {
  const id = programmeId;
  const on = { base, token };
  return {
    boards: () => api(HTTP.boards, { ...on, params: { id } }),
    board: (boardId: string) => api(HTTP.board, { ...on, params: { id, boardId } }),
    save: (boardId: string, board: EorBoard) => api(HTTP.saveBoard, { ...on, params: { id, boardId }, body: board }),
    importCsv: (boardId: string, bytes: ArrayBuffer) =>
      api(HTTP.importBoard, { ...on, params: { id, boardId }, body: bytes }),
    exportCsv: (boardId: string) => apiFile(HTTP.exportBoard, { ...on, params: { id, boardId } }),
    addProcess: (name: string) => api(HTTP.addProcessBoard, { ...on, params: { id }, body: { name } }),
    removeProcess: (boardId: string) => api(HTTP.removeBoard, { ...on, params: { id, boardId } }),
    municipalityLink: (municipalityId: string) =>
      api(HTTP.municipalityLink, { ...on, params: { id, boardId: municipalityId } }),
    supervisorLink: (clusterId: string) => api(HTTP.supervisorLink, { ...on, params: { id, clusterId } }),
    homework: () => api(HTTP.homework, { ...on, params: { id } }),
    assign: (a: NewAssignment) => api(HTTP.addAssignment, { ...on, params: { id }, body: a }),
    unassign: (assignmentId: string) => api(HTTP.removeAssignment, { ...on, params: { id, assignmentId } }),
    answer: (assignmentId: string, municipalityId: string, answer: string) =>
      api(HTTP.saveAnswer, { ...on, params: { id, assignmentId, municipalityId }, body: { answer } }),
    feedback: (assignmentId: string, municipalityId: string, feedback: string) =>
      api(HTTP.saveFeedback, { ...on, params: { id, assignmentId, municipalityId }, body: { feedback } }),
  };
}

/** The projector's read of the presenting municipality's board, with the meeting link's secret. */
export function meetingBoard(base: string, meetingId: string, municipalityId: string, token: string) {
  return api(HTTP.meetingBoard, { base, token, params: { meetingId, municipalityId } });
}
