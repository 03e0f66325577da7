/** Spreadsheet exports of a meeting, for its team: `Authorization: Bearer <the facilitator's or a team link's secret>`. */
import type { FastifyInstance } from 'fastify';
import * as z from 'zod/mini';
import { isTeam } from '../shared/permissions';
import { comparisonRows, placementRows, type Rows } from '../shared/placementTable';
import { Id, type MeetingState } from '../shared/protocol';
import { writeCsv } from './csv';
import type { Meetings } from './meetings';
import { hashToken } from './secrets';
import type { MeetingStore } from './store';

const FILES: Record<string, (state: MeetingState) => Rows> = {
  'placements.csv': placementRows,
  'comparison.csv': comparisonRows,
};
const Params = z.object({ id: Id, file: z.enum(['placements.csv', 'comparison.csv']) });
const Bearer = z.string().check(z.regex(/^Bearer [A-Za-z0-9_-]{16,128}$/));

export function registerExports(app: FastifyInstance, opts: { meetings: Meetings; store: MeetingStore }): void {
  app.get('/api/meetings/:id/export/:file', async (req, reply) => {
    const params = Params.safeParse(req.params);
    if (!params.success) return reply.code(404).send({ code: 'not_found', message: 'no such export' });
    const auth = Bearer.safeParse(req.headers.authorization);
    if (!auth.success) return reply.code(401).send({ code: 'forbidden', message: 'send the meeting link secret as Authorization: Bearer <token>' });
    const token = await opts.store.token(hashToken(auth.data.slice('Bearer '.length)));
    if (!token || token.revoked || token.meetingId !== params.data.id || !isTeam(token.role)) {
      return reply.code(403).send({ code: 'forbidden', message: "only the meeting's team can export it" });
    }
    const meeting = await opts.meetings.get(params.data.id);
    if (!meeting) return reply.code(404).send({ code: 'not_found', message: 'no such meeting' });
    const csv = writeCsv(FILES[params.data.file]!(meeting.state));
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${params.data.file.replace('.csv', '')}-${meeting.state.date}.csv"`)
      .send(csv);
  });
}
