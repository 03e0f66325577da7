/**
 * Homework between lärträffar over HTTP: the organiser sets an assignment,
 * each municipality hands in its answer through its own link, and the
 * supervisor of its cluster reads the answers and writes feedback.
 */
import type { FastifyInstance } from 'fastify';
import { MAX_ASSIGNMENTS, municipalitiesFor, type Assignment, type HomeworkResponse } from '../../shared/year/homework';
import { mayAnswer, mayGiveFeedback } from '../../shared/permissions';
import { HTTP } from '../../shared/protocol/http';
import type { EorOptions } from './eor';
import { programmeAccess } from './eor';
import { HttpError, serve } from '../http';

export function registerHomework(app: FastifyInstance, opts: EorOptions): void {
  const { eor, clock, ids } = opts;

  const assignmentOf = async (programmeId: string, assignmentId: string) => {
    const found = (await eor.assignments(programmeId)).find((a) => a.id === assignmentId);
    if (!found) throw new HttpError(404, 'not_found', 'no such assignment');
    return found;
  };

  /** Every assignment; the answers of the municipalities the link sees (its own, its cluster's, or all). */
  serve(app, HTTP.homework, async ({ params: { id }, req }) => {
    const { access, doc } = await programmeAccess(req, id, opts);
    const municipalities = municipalitiesFor(doc, access).map((m) => ({ id: m.id, name: m.name }));
    const seen = new Set(municipalities.map((m) => m.id));
    const body: HomeworkResponse = {
      assignments: await eor.assignments(id),
      answers: (await eor.answers(id)).filter((a) => seen.has(a.municipalityId)),
      municipalities,
    };
    return body;
  });

  serve(app, HTTP.addAssignment, async ({ params: { id }, body, req }) => {
    const { access, doc } = await programmeAccess(req, id, opts);
    if (access.kind !== 'organiser')
      throw new HttpError(403, 'forbidden', "only the programme's organiser sets homework");
    const request = body();
    if (request.programmeMeetingId && !doc.meetings.some((m) => m.id === request.programmeMeetingId)) {
      throw new HttpError(400, 'invalid', 'programmeMeetingId: no such meeting in the programme');
    }
    if ((await eor.assignments(id)).length >= MAX_ASSIGNMENTS)
      throw new HttpError(400, 'invalid', `a programme holds at most ${MAX_ASSIGNMENTS} assignments`);
    const assignment: Assignment = { ...request, id: ids.newId(), createdAt: clock.now() };
    await eor.addAssignment(id, assignment);
    return assignment;
  });

  serve(app, HTTP.removeAssignment, async ({ params: { id, assignmentId }, req }) => {
    const { access } = await programmeAccess(req, id, opts);
    if (access.kind !== 'organiser')
      throw new HttpError(403, 'forbidden', "only the programme's organiser removes homework");
    if (!(await eor.removeAssignment(id, assignmentId))) throw new HttpError(404, 'not_found', 'no such assignment');
    return null;
  });

  serve(app, HTTP.saveAnswer, async ({ params: { id, assignmentId, municipalityId }, body, req }) => {
    const { access, doc } = await programmeAccess(req, id, opts);
    if (!doc.municipalities.some((m) => m.id === municipalityId))
      throw new HttpError(404, 'not_found', 'no such municipality in the programme');
    if (!mayAnswer(access, municipalityId))
      throw new HttpError(403, 'forbidden', 'a municipality hands in only its own answers');
    await assignmentOf(id, assignmentId);
    const { answer } = body();
    return eor.saveAnswer(id, assignmentId, municipalityId, answer, clock.now());
  });

  serve(app, HTTP.saveFeedback, async ({ params: { id, assignmentId, municipalityId }, body, req }) => {
    const { access, doc } = await programmeAccess(req, id, opts);
    const cluster = doc.clusters.find((c) => c.municipalityIds.includes(municipalityId));
    if (!mayGiveFeedback(access, cluster?.id))
      throw new HttpError(403, 'forbidden', "feedback is for the supervisor of the municipality's cluster");
    await assignmentOf(id, assignmentId);
    const { feedback } = body();
    const saved = await eor.saveFeedback(id, assignmentId, municipalityId, feedback, clock.now());
    if (!saved) throw new HttpError(409, 'conflict', 'the municipality has not handed in an answer yet');
    return saved;
  });
}
