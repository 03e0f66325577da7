/**
 * The EOR links over HTTP: a municipality's own link to its board and a
 * cluster supervisor's to the cluster's boards and homework (the organiser
 * issues them; a new one replaces the old, so a lost or leaked link is dealt
 * with by issuing another), and the presenting municipality's board for a
 * meeting's screens.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { eorLink } from '../../shared/year/eorApi';
import type { LinkKind } from '../../shared/year/homework';
import { isTeam } from '../../shared/permissions';
import { HTTP } from '../../shared/protocol/http';
import { meetingBoards, programmeAccess, type EorOptions } from './eor';
import { bearer, HttpError, serve } from '../http';
import { hashToken } from '../secrets';

export function registerEorLinks(scope: FastifyInstance, opts: EorOptions): void {
  const { eor, clock, ids } = opts;

  const issue = async (req: FastifyRequest, programmeId: string, kind: LinkKind, subjectId: string) => {
    const { access, doc } = await programmeAccess(req, programmeId, opts);
    if (access.kind !== 'organiser')
      throw new HttpError(403, 'forbidden', "only the programme's organiser may do this");
    const known =
      kind === 'municipality'
        ? doc.municipalities.some((m) => m.id === subjectId)
        : doc.clusters.some((c) => c.id === subjectId);
    if (!known)
      throw new HttpError(404, 'not_found', `no such ${kind === 'municipality' ? kind : 'cluster'} in the programme`);
    const secret = ids.secret();
    await eor.replaceLink(programmeId, kind, subjectId, hashToken(secret), clock.now());
    return { link: kind === 'municipality' ? eorLink(programmeId, secret, subjectId) : eorLink(programmeId, secret) };
  };
  serve(scope, HTTP.municipalityLink, ({ params: { id, boardId }, req }) => issue(req, id, 'municipality', boardId));
  serve(scope, HTTP.supervisorLink, ({ params: { id, clusterId }, req }) => issue(req, id, 'supervisor', clusterId));

  /**
   * The presenting municipality's board for a meeting's screens: any of its
   * team's links or the projector's (never a participant's). The meeting's
   * municipality is matched to the programme's by name, as the meeting was built.
   */
  serve(scope, HTTP.meetingBoard, async ({ params: { meetingId, municipalityId }, req }) => {
    const token = await opts.store.token(hashToken(bearer(req, "the meeting link's secret")));
    if (!token || token.revoked || token.meetingId !== meetingId || !(isTeam(token.role) || token.role === 'screen'))
      throw new HttpError(403, 'forbidden', "only the meeting's team and projector read its boards");
    const state = (await opts.meetings.get(meetingId))?.state;
    const [body] = state ? await meetingBoards(state, [municipalityId], opts) : [];
    if (!body) throw new HttpError(404, 'not_found', 'this meeting has no EOR board for that municipality');
    return body;
  });
}
