/**
 * Homework between lärträffar over HTTP: the organiser sets an assignment,
 * each municipality hands in its answer through its own link, and the
 * supervisor of its cluster reads the answers and writes feedback.
 */
import type { FastifyInstance } from 'fastify';
import * as z from 'zod/mini';
import {
  AnswerRequest,
  FeedbackRequest,
  MAX_ASSIGNMENTS,
  municipalitiesFor,
  NewAssignment,
  type Assignment,
  type HomeworkResponse,
} from '../shared/homework';
import { mayAnswer, mayGiveFeedback } from '../shared/permissions';
import { Id } from '../shared/protocol';
import type { EorOptions } from './eor';
import { programmeAccess } from './eor';
import { handle, HttpError, parse } from './http';

const IdParams = z.object({ id: Id });
const AssignmentParams = z.object({ id: Id, assignmentId: Id });
const AnswerParams = z.object({ id: Id, assignmentId: Id, municipalityId: Id });

export function registerHomework(app: FastifyInstance, opts: EorOptions): void {
  const { eor, clock, ids } = opts;

  const assignmentOf = async (programmeId: string, assignmentId: string) => {
    const found = (await eor.assignments(programmeId)).find((a) => a.id === assignmentId);
    if (!found) throw new HttpError(404, 'not_found', 'no such assignment');
    return found;
  };

  /** Every assignment; the answers of the municipalities the link sees (its own, its cluster's, or all). */
  app.get(
    '/api/programmes/:id/homework',
    handle(async (req) => {
      const { id } = parse(IdParams, req.params);
      const { access, doc } = await programmeAccess(req, id, opts);
      const municipalities = municipalitiesFor(doc, access).map((m) => ({ id: m.id, name: m.name }));
      const seen = new Set(municipalities.map((m) => m.id));
      const body: HomeworkResponse = {
        assignments: await eor.assignments(id),
        answers: (await eor.answers(id)).filter((a) => seen.has(a.municipalityId)),
        municipalities,
      };
      return body;
    }),
  );

  app.post(
    '/api/programmes/:id/homework',
    handle(async (req, reply) => {
      const { id } = parse(IdParams, req.params);
      const { access, doc } = await programmeAccess(req, id, opts);
      if (access.kind !== 'organiser')
        throw new HttpError(403, 'forbidden', "only the programme's organiser sets homework");
      const request = parse(NewAssignment, req.body);
      if (request.programmeMeetingId && !doc.meetings.some((m) => m.id === request.programmeMeetingId)) {
        throw new HttpError(400, 'invalid', 'programmeMeetingId: no such meeting in the programme');
      }
      if ((await eor.assignments(id)).length >= MAX_ASSIGNMENTS)
        throw new HttpError(400, 'invalid', `a programme holds at most ${MAX_ASSIGNMENTS} assignments`);
      const assignment: Assignment = { ...request, id: ids.newId(), createdAt: clock.now() };
      await eor.addAssignment(id, assignment);
      return reply.code(201).send(assignment);
    }),
  );

  app.delete(
    '/api/programmes/:id/homework/:assignmentId',
    handle(async (req, reply) => {
      const { id, assignmentId } = parse(AssignmentParams, req.params);
      const { access } = await programmeAccess(req, id, opts);
      if (access.kind !== 'organiser')
        throw new HttpError(403, 'forbidden', "only the programme's organiser removes homework");
      if (!(await eor.removeAssignment(id, assignmentId))) throw new HttpError(404, 'not_found', 'no such assignment');
      return reply.code(204).send();
    }),
  );

  app.put(
    '/api/programmes/:id/homework/:assignmentId/answers/:municipalityId',
    handle(async (req) => {
      const { id, assignmentId, municipalityId } = parse(AnswerParams, req.params);
      const { access, doc } = await programmeAccess(req, id, opts);
      if (!doc.municipalities.some((m) => m.id === municipalityId))
        throw new HttpError(404, 'not_found', 'no such municipality in the programme');
      if (!mayAnswer(access, municipalityId))
        throw new HttpError(403, 'forbidden', 'a municipality hands in only its own answers');
      await assignmentOf(id, assignmentId);
      const { answer } = parse(AnswerRequest, req.body);
      return eor.saveAnswer(id, assignmentId, municipalityId, answer, clock.now());
    }),
  );

  app.put(
    '/api/programmes/:id/homework/:assignmentId/feedback/:municipalityId',
    handle(async (req) => {
      const { id, assignmentId, municipalityId } = parse(AnswerParams, req.params);
      const { access, doc } = await programmeAccess(req, id, opts);
      const cluster = doc.clusters.find((c) => c.municipalityIds.includes(municipalityId));
      if (!mayGiveFeedback(access, cluster?.id))
        throw new HttpError(403, 'forbidden', "feedback is for the supervisor of the municipality's cluster");
      await assignmentOf(id, assignmentId);
      const { feedback } = parse(FeedbackRequest, req.body);
      const saved = await eor.saveFeedback(id, assignmentId, municipalityId, feedback, clock.now());
      if (!saved) throw new HttpError(409, 'conflict', 'the municipality has not handed in an answer yet');
      return saved;
    }),
  );
}
