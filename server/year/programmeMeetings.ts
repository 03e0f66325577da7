/**
 * The programme's started meetings over HTTP: start a planned meeting (its
 * secret links, shown once), the progression across them, the year's report
 * and its exports, and erasing the personal data of the programme and every
 * meeting it started.
 */
import type { FastifyInstance } from 'fastify';
import { checkMeetingRequest } from '../../shared/day/meeting';
import { meetingRequestFor, type Programme } from '../../shared/year/programme';
import { exportTable } from '../../shared/year/programmeImport';
import { programmeReport } from '../../shared/year/programmeReport';
import { progression } from '../../shared/year/progression';
import type { MeetingState } from '../../shared/protocol';
import { HTTP } from '../../shared/protocol/http';
import { programmeReportRows } from '../../shared/reportTable';
import { dayStartMs } from '../../shared/day/schedule';
import { meetingLinks } from '../api';
import { CSV_TYPE, writeCsv } from '../csv';
import { HttpError, JSON_TYPE, serve } from '../http';
import type { ProgrammeDocs, ProgrammeOptions } from './programmes';

export function registerProgrammeMeetings(scope: FastifyInstance, opts: ProgrammeOptions, docs: ProgrammeDocs): void {
  const { programmes, meetings, clock } = opts;
  const { authorise, update, saveWithRetry, queue } = docs;

  /** The live meetings the programme has started, by id. */
  const statesOf = async (doc: Programme) => {
    const states = new Map<string, MeetingState>();
    for (const m of doc.meetings) {
      const live = m.meetingId ? await meetings.get(m.meetingId) : undefined;
      if (live) states.set(live.state.meetingId, live.state);
    }
    return states;
  };
  const reportOf = async (doc: Programme) => {
    const now = clock.now();
    return programmeReport(doc, await statesOf(doc), now, (s) => dayStartMs(s, now));
  };

  /** Where the group and each municipality stood on statements asked at several of the programme's meetings. */
  serve(scope, HTTP.progression, async ({ params: { id }, req }) => {
    const doc = await authorise(req, id);
    return { statements: progression([...(await statesOf(doc)).values()]) };
  });

  /**
   * Erases the programme's personal data (PD3): its participant list with
   * names, e-mail addresses and titles, and every started meeting's (as
   * the console's erasure does). The team stays: it runs the programme.
   */
  serve(scope, HTTP.erasePersonalData, async ({ params: { id }, req }) => {
    await authorise(req, id);
    const { saved } = await update(id, (current) => ({ doc: { ...current, participants: [] }, result: null }));
    let erased = 0;
    for (const m of saved.meetings) {
      if (m.meetingId && (await meetings.execute(m.meetingId, { role: 'system' }, { type: 'erasePersonalData' })).ok)
        erased++;
    }
    await meetings.compact();
    return { programme: saved, meetings: erased };
  });

  /** The year in one report: attendance per meeting, progression, timing discipline. */
  serve(scope, HTTP.programmeReport, async ({ params: { id }, req }) => reportOf(await authorise(req, id)));

  serve(scope, HTTP.programmeExport, async ({ params: { id, file }, req }) => {
    const doc = await authorise(req, id);
    if (file === 'report.csv' || file === 'report.json') {
      const report = await reportOf(doc);
      return file === 'report.csv'
        ? { type: CSV_TYPE, filename: 'arsrapport.csv', body: writeCsv(programmeReportRows(report)) }
        : { type: JSON_TYPE, filename: 'arsrapport.json', body: JSON.stringify(report, null, 2) };
    }
    const kind = file === 'municipalities.csv' ? 'municipalities' : 'participants';
    const filename = `${kind === 'municipalities' ? 'kommuner' : 'deltagare'}.csv`;
    return { type: CSV_TYPE, filename, body: writeCsv(exportTable(doc, kind)) };
  });

  /**
   * Starts a planned meeting: creates the live meeting from the programme and
   * answers its secret links. Only hashes are stored, so the links cannot be
   * shown again: starting twice is a 409 with the meeting's id.
   */
  serve(scope, HTTP.startMeeting, async ({ params: { id, programmeMeetingId }, req }) => {
    await authorise(req, id);
    const { saved, links } = await queue.run(id, async () => {
      const current = (await programmes.get(id))?.doc;
      const planned = current?.meetings.find((m) => m.id === programmeMeetingId);
      if (!current || !planned) throw new HttpError(404, 'not_found', 'no such meeting in the programme');
      if (planned.meetingId) throw alreadyStarted(planned.meetingId);
      const request = meetingRequestFor(current, planned);
      const problem = checkMeetingRequest(request);
      if (problem) throw new HttpError(400, 'invalid', problem);
      // Created once, outside the retry: a lost race re-reads the programme, it does not start a second meeting.
      const created = await meetings.create(request, id);
      const { saved } = await saveWithRetry(id, (fresh) => {
        const again = fresh.meetings.find((m) => m.id === programmeMeetingId);
        if (!again) throw new HttpError(404, 'not_found', 'the meeting was removed from the programme meanwhile');
        if (again.meetingId) throw alreadyStarted(again.meetingId);
        return {
          doc: {
            ...fresh,
            meetings: fresh.meetings.map((m) => (m === again ? { ...m, meetingId: created.meetingId } : m)),
          },
          result: null,
        };
      });
      return { saved, links: meetingLinks(created) };
    });
    return { ...links, programme: saved };
  });
}

const alreadyStarted = (meetingId: string) =>
  new HttpError(
    409,
    'conflict',
    'this meeting has already been started; its links were shown then and are not stored',
    { meetingId },
  );
