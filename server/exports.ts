/**
 * Exports of a meeting, for its team: `Authorization: Bearer <the facilitator's
 * or a team link's secret>`. The spreadsheets of the exercises, and the day's
 * report as CSV or JSON, with the EOR boards of the municipalities that
 * presented when the meeting came from a programme; `?team=1` adds the
 * team's own parts (V2) to the report.
 */
import type { FastifyInstance } from 'fastify';
import { clockText } from '../shared/clock';
import { isTeam, seesTeamRounds } from '../shared/permissions';
import { comparisonRows, placementRows } from '../shared/day/placementTable';
import type { MeetingState } from '../shared/protocol';
import { HTTP } from '../shared/protocol/http';
import { meetingReport, presentedIn, type MeetingExport, type MeetingReport } from '../shared/day/report';
import { eorProgress } from '../shared/year/eor';
import { meetingReportRows, type ReportBoard } from '../shared/reportTable';
import { dayStartMs } from '../shared/day/schedule';
import { CSV_TYPE, writeCsv } from './csv';
import { bearer, HttpError, JSON_TYPE, serve } from './http';
import { meetingBoards } from './year/eor';
import type { EorStore } from './year/eorStore';
import type { Meetings } from './meetings';
import type { ProgrammeStore } from './year/programmeStore';
import { hashToken, type Clock } from './secrets';
import type { MeetingStore } from './store';

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
  const csv = (rows: string[][]) => ({ type: CSV_TYPE, body: writeCsv(rows) });
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
      return { type: JSON_TYPE, body: JSON.stringify({ ...report, eorBoards }, null, 2) };
    }
  }
}

export function registerExports(
  app: FastifyInstance,
  opts: { meetings: Meetings; store: MeetingStore; clock: Clock; boards?: BoardStores },
): void {
  serve(app, HTTP.meetingExport, async ({ params, query, req }) => {
    const token = await opts.store.token(hashToken(bearer(req, 'the meeting link secret')));
    if (!token || token.revoked || token.meetingId !== params.id || !isTeam(token.role))
      throw new HttpError(403, 'forbidden', "only the meeting's team can export it");
    // A supervisor's secret is the cluster room's screen: the handout version only (V5).
    if (query.team === '1' && !seesTeamRounds(token.role))
      throw new HttpError(403, 'forbidden', "the team's version is for the console's and the evaluator's links");
    const meeting = await opts.meetings.get(params.id);
    if (!meeting) throw new HttpError(404, 'not_found', 'no such meeting');
    const { file } = params;
    const { type, body } = await render(file, meeting.state, opts.clock.now(), query.team === '1', opts.boards);
    const [base, ext] = file.split('.') as [string, string];
    return { type, body, filename: `${base}-${meeting.state.date}.${ext}` };
  });
}
