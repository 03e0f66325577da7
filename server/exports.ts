/**
 * Exports of a meeting, for its team: `Authorization: Bearer <the facilitator's
 * or a team link's secret>`. The spreadsheets of the exercises, and the day's
 * report as CSV or JSON, with the EOR boards of the municipalities that
 * presented when the meeting came from a programme; `?team=1` adds the
 * team's own parts (V2) to the report.
 */
import type { FastifyInstance } from 'fastify';
import * as z from 'zod/mini';
import { clockText } from '../shared/clock';
import { isTeam, seesTeamRounds } from '../shared/permissions';
import { comparisonRows, placementRows } from '../shared/placementTable';
import { Id, type MeetingState } from '../shared/protocol';
import { MEETING_EXPORTS, meetingReport, presentedIn, type MeetingExport, type MeetingReport } from '../shared/report';
import { eorProgress } from '../shared/eor';
import { meetingReportRows, type ReportBoard } from '../shared/reportTable';
import { dayStartMs } from '../shared/schedule';
import { writeCsv } from './csv';
import { meetingBoards } from './eor';
import type { EorStore } from './eorStore';
import type { Meetings } from './meetings';
import type { ProgrammeStore } from './programmeStore';
import { hashToken, type Clock } from './secrets';
import type { MeetingStore } from './store';

const Params = z.object({ id: Id, file: z.enum(MEETING_EXPORTS) });
const Query = z.object({ team: z.optional(z.enum(['0', '1'])) });
const Bearer = z.string().check(z.regex(/^Bearer [A-Za-z0-9_-]{16,128}$/));

interface Rendered {
  type: string;
  body: string;
}

/** Where the EOR boards are; a server without programmes has none. */
type BoardStores = { programmes: ProgrammeStore; eor: EorStore };

/** The EOR boards of the municipalities that presented in a round, as the report page shows them. */
async function presentedBoards(
  state: MeetingState,
  report: MeetingReport,
  stores: BoardStores | undefined,
): Promise<ReportBoard[]> {
  if (!state.programmeId || !stores) return [];
  const presented = presentedIn(report.rounds);
  const found = await meetingBoards(
    state,
    presented.map((m) => m.municipalityId),
    stores,
  );
  return found.flatMap((b, i) => (b ? [{ municipality: presented[i]!.municipality, board: b.board }] : []));
}

async function render(
  file: MeetingExport,
  state: MeetingState,
  now: number,
  forTeam: boolean,
  stores: BoardStores | undefined,
): Promise<Rendered> {
  const csv = (rows: string[][]) => ({ type: 'text/csv; charset=utf-8', body: writeCsv(rows) });
  switch (file) {
    case 'placements.csv':
      return csv(placementRows(state));
    case 'comparison.csv':
      return csv(comparisonRows(state));
    case 'report.csv':
    case 'report.json': {
      const report = meetingReport(state, { now, dayStart: dayStartMs(state, now), forTeam });
      const boards = await presentedBoards(state, report, stores);
      if (file === 'report.csv')
        return csv(meetingReportRows(state, report, (ms) => clockText(ms, 'sv', state.timeZone), boards));
      const eorBoards = boards.map((b) => ({ ...b, progress: eorProgress(b.board) }));
      return { type: 'application/json; charset=utf-8', body: JSON.stringify({ ...report, eorBoards }, null, 2) };
    }
  }
}

export function registerExports(
  app: FastifyInstance,
  opts: { meetings: Meetings; store: MeetingStore; clock: Clock; boards?: BoardStores },
): void {
  app.get('/api/meetings/:id/export/:file', async (req, reply) => {
    const params = Params.safeParse(req.params);
    const query = Query.safeParse(req.query);
    if (!params.success) return reply.code(404).send({ code: 'not_found', message: 'no such export' });
    if (!query.success) return reply.code(400).send({ code: 'invalid', message: 'team is 0 or 1' });
    const auth = Bearer.safeParse(req.headers.authorization);
    if (!auth.success)
      return reply
        .code(401)
        .send({ code: 'forbidden', message: 'send the meeting link secret as Authorization: Bearer <token>' });
    const token = await opts.store.token(hashToken(auth.data.slice('Bearer '.length)));
    if (!token || token.revoked || token.meetingId !== params.data.id || !isTeam(token.role)) {
      return reply.code(403).send({ code: 'forbidden', message: "only the meeting's team can export it" });
    }
    // A supervisor's secret is the cluster room's screen: the handout version only (V5).
    if (query.data.team === '1' && !seesTeamRounds(token.role)) {
      return reply
        .code(403)
        .send({ code: 'forbidden', message: "the team's version is for the console's and the evaluator's links" });
    }
    const meeting = await opts.meetings.get(params.data.id);
    if (!meeting) return reply.code(404).send({ code: 'not_found', message: 'no such meeting' });
    const { file } = params.data;
    const { type, body } = await render(file, meeting.state, opts.clock.now(), query.data.team === '1', opts.boards);
    const [base, ext] = file.split('.') as [string, string];
    return reply
      .type(type)
      .header('content-disposition', `attachment; filename="${base}-${meeting.state.date}.${ext}"`)
      .header('cache-control', 'no-store')
      .send(body);
  });
}
