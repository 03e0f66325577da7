/**
 * The programme API: create a programme, read and save it whole (optimistic
 * version), import and export its spreadsheets, start one of its meetings,
 * and the demo programme a first start creates. Organisers hold a secret
 * link `/programme/<id>#<token>` and send the token as `Authorization: Bearer`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { demoProgramme } from '../shared/demoProgramme';
import { progression, type ProgressionResponse } from '../shared/progression';
import { programmeReport, type ProgrammeReport } from '../shared/programmeReport';
import { programmeReportRows } from '../shared/reportTable';
import { dayStartMs } from '../shared/schedule';
import { checkMeetingRequest } from '../shared/meeting';
import {
  blankProgramme,
  checkProgramme,
  MAX_PROGRAMME_BYTES,
  meetingRequestFor,
  normaliseProgramme,
  Programme,
} from '../shared/programme';
import type { ErasureResponse, ImportResponse, StartMeetingResponse } from '../shared/programmeApi';
import { exportTable, importTable, ImportKind, type CsvRowError } from '../shared/programmeImport';
import { CreateProgrammeRequest, organiserLink, type OrganiserLinkResponse } from '../shared/programmeLink';
import { Id, type MeetingState } from '../shared/protocol';
import { meetingLinks } from './api';
import type { Meetings } from './meetings';
import { readCsv, writeCsv } from './csv';
import { bearer, handle, HttpError, parse } from './http';
import { organiserOnly } from './organiserKey';
import type { ProgrammeStore } from './programmeStore';
import { hashToken, type Clock, type Ids } from './secrets';
import { KeyedQueue } from './keyedQueue';

export interface ProgrammeOptions {
  programmes: ProgrammeStore;
  meetings: Meetings;
  clock: Clock;
  ids: Ids;
  /** Creating a programme needs this key when set (ORGANISER_KEY). */
  organiserKey?: string;
}

const IdParams = z.object({ id: Id });
const ImportParams = z.object({ id: Id, kind: ImportKind });
const ExportParams = z.object({
  id: Id,
  file: z.enum(['municipalities.csv', 'participants.csv', 'report.csv', 'report.json']),
});
const StartParams = z.object({ id: Id, programmeMeetingId: Id });
/** A save or an import that lost a race with another is tried again on the fresh document this many times. */
const MAX_ATTEMPTS = 3;

/**
 * The laptop itself: a loopback address and no proxy in between (behind a
 * reverse proxy on the same host every request comes from 127.0.0.1).
 */
const fromThisMachine = (req: FastifyRequest) =>
  ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(req.ip) &&
  !req.headers['x-forwarded-for'] &&
  !req.headers.forwarded;

/** Registers the routes and, on a database with no programme yet, creates the demo programme. */
export async function registerProgrammes(app: FastifyInstance, opts: ProgrammeOptions): Promise<void> {
  const { programmes } = opts;
  await ensureDemo(programmes, opts.clock, opts.ids);
  const queue = new KeyedQueue();
  const { clock, ids, meetings } = opts;

  /** The programme the bearer token opens, which must be the one in the path. */
  const authorise = async (req: FastifyRequest, id: string) => {
    const owner = await programmes.programmeIdForToken(hashToken(bearer(req, 'the organiser token')));
    if (owner !== id) throw new HttpError(403, 'forbidden', 'this link does not open that programme');
    const stored = await programmes.get(id);
    if (!stored) throw new HttpError(404, 'not_found', 'no such programme');
    return stored.doc;
  };

  /** Reads, changes and saves a programme, again on the fresh document when another process saved first. */
  const saveWithRetry = async <T>(id: string, change: (doc: Programme) => { doc: Programme; result: T }) => {
    for (let attempt = 1; ; attempt++) {
      const current = (await programmes.get(id))?.doc;
      if (!current) throw new HttpError(404, 'not_found', 'no such programme');
      const { doc, result } = change(current);
      const saved = await programmes.save(doc, current.version);
      if (saved) return { saved, result };
      if (attempt >= MAX_ATTEMPTS)
        throw new HttpError(409, 'conflict', 'the programme is being changed elsewhere; try again');
    }
  };
  const update = <T>(id: string, change: (doc: Programme) => { doc: Programme; result: T }) =>
    queue.run(id, () => saveWithRetry(id, change));

  await app.register(async (scope) => {
    // CSV arrives as raw bytes, so the import can tell UTF-8 from Windows-1252.
    scope.addContentTypeParser(
      ['text/csv', 'text/plain', 'application/octet-stream', 'application/vnd.ms-excel'],
      { parseAs: 'buffer', bodyLimit: MAX_PROGRAMME_BYTES },
      (_req, body, done) => done(null, body),
    );

    scope.post(
      '/api/programmes',
      { preHandler: organiserOnly(opts.organiserKey) },
      handle(async (req, reply) => {
        const { name } = parse(CreateProgrammeRequest, req.body);
        const id = ids.newId();
        const token = ids.secret();
        const created = await programmes.create(blankProgramme(id, name), {
          createdAt: clock.now(),
          tokenHash: hashToken(token),
        });
        if (!created) throw new HttpError(409, 'conflict', 'that programme id is taken; try again');
        const body: OrganiserLinkResponse = { programmeId: id, organiserLink: organiserLink(id, token) };
        return reply.code(201).send(body);
      }),
    );

    scope.get(
      '/api/programmes/:id',
      handle(async (req) => {
        const { id } = parse(IdParams, req.params);
        return authorise(req, id);
      }),
    );

    scope.put(
      '/api/programmes/:id',
      { bodyLimit: MAX_PROGRAMME_BYTES },
      handle(async (req) => {
        const { id } = parse(IdParams, req.params);
        await authorise(req, id);
        const doc = normaliseProgramme(parse(Programme, req.body));
        if (doc.id !== id) throw new HttpError(400, 'invalid', 'the document is another programme');
        const problems = checkProgramme(doc);
        if (problems.length)
          throw new HttpError(400, 'invalid', problems.map((p) => p.message).join('; '), { problems });
        const { saved } = await update(id, (current) => {
          if (current.version !== doc.version) {
            throw new HttpError(
              409,
              'conflict',
              `the programme was saved elsewhere (version ${current.version}); reload it`,
              { version: current.version },
            );
          }
          // Which planned meeting has started is the server's to say, not the editor's.
          const started = new Map(current.meetings.flatMap((m) => (m.meetingId ? [[m.id, m.meetingId] as const] : [])));
          const meetingsKept = doc.meetings.map(({ meetingId: _ignored, ...m }) => {
            const meetingId = started.get(m.id);
            return meetingId ? { ...m, meetingId } : m;
          });
          return { doc: { ...doc, meetings: meetingsKept }, result: null };
        });
        return saved;
      }),
    );

    scope.post(
      '/api/programmes/:id/import/:kind',
      { bodyLimit: MAX_PROGRAMME_BYTES },
      handle(async (req) => {
        const { id, kind } = parse(ImportParams, req.params);
        await authorise(req, id);
        if (!Buffer.isBuffer(req.body)) throw new HttpError(400, 'invalid', 'send the CSV file itself, as text/csv');
        const read = readCsv(req.body);
        if (!read.ok) throw importRefused(read.errors);
        const { saved, result } = await update(id, (current) => {
          const imported = importTable(current, kind, read.table, () => ids.newId());
          if (!imported.ok) throw importRefused(imported.errors);
          return { doc: imported.doc, result: imported.imported };
        });
        const body: ImportResponse = { imported: result, programme: saved };
        return body;
      }),
    );

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
    scope.get(
      '/api/programmes/:id/progression',
      handle(async (req) => {
        const { id } = parse(IdParams, req.params);
        const doc = await authorise(req, id);
        const body: ProgressionResponse = { statements: progression([...(await statesOf(doc)).values()]) };
        return body;
      }),
    );

    /**
     * Erases the programme's personal data (PD3): its participant list with
     * names, e-mail addresses and titles, and every started meeting's (as
     * the console's erasure does). The team stays: it runs the programme.
     */
    scope.post(
      '/api/programmes/:id/erase-personal-data',
      handle(async (req) => {
        const { id } = parse(IdParams, req.params);
        await authorise(req, id);
        const { saved } = await update(id, (current) => ({ doc: { ...current, participants: [] }, result: null }));
        let erased = 0;
        for (const m of saved.meetings) {
          if (
            m.meetingId &&
            (await meetings.execute(m.meetingId, { role: 'system' }, { type: 'erasePersonalData' })).ok
          )
            erased++;
        }
        await meetings.compact();
        const body: ErasureResponse = { programme: saved, meetings: erased };
        return body;
      }),
    );

    /** The year in one report: attendance per meeting, progression, timing discipline. */
    scope.get(
      '/api/programmes/:id/report',
      handle(async (req, reply) => {
        const { id } = parse(IdParams, req.params);
        const body: ProgrammeReport = await reportOf(await authorise(req, id));
        return reply.header('cache-control', 'no-store').send(body);
      }),
    );

    scope.get(
      '/api/programmes/:id/export/:file',
      handle(async (req, reply) => {
        const { id, file } = parse(ExportParams, req.params);
        const doc = await authorise(req, id);
        if (file === 'report.csv' || file === 'report.json') {
          const report = await reportOf(doc);
          const csv = file === 'report.csv';
          return reply
            .type(csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
            .header('content-disposition', `attachment; filename="arsrapport.${csv ? 'csv' : 'json'}"`)
            .header('cache-control', 'no-store')
            .send(csv ? writeCsv(programmeReportRows(report)) : JSON.stringify(report, null, 2));
        }
        const kind = file === 'municipalities.csv' ? 'municipalities' : 'participants';
        const filename = `${kind === 'municipalities' ? 'kommuner' : 'deltagare'}.csv`;
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${filename}"`)
          .header('cache-control', 'no-store')
          .send(writeCsv(exportTable(doc, kind)));
      }),
    );

    /**
     * Starts a planned meeting: creates the live meeting from the programme and
     * answers its secret links. Only hashes are stored, so the links cannot be
     * shown again: starting twice is a 409 with the meeting's id.
     */
    scope.post(
      '/api/programmes/:id/meetings/:programmeMeetingId/start',
      handle(async (req, reply) => {
        const { id, programmeMeetingId } = parse(StartParams, req.params);
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
        const body: StartMeetingResponse = { ...links, programme: saved };
        return reply.code(201).send(body);
      }),
    );

    /** The demo's organiser link, for the laptop itself only: a phone on the wifi must not become an organiser. */
    scope.get(
      '/api/demo',
      handle(async (req) => {
        const demo = await programmes.demoId();
        if (!fromThisMachine(req) || !demo) throw new HttpError(404, 'not_found', 'no demo here');
        // A fresh token per call: no demo secret is kept at rest.
        const token = ids.secret();
        await programmes.addToken(demo, hashToken(token), clock.now());
        const body: OrganiserLinkResponse = { programmeId: demo, organiserLink: organiserLink(demo, token) };
        return body;
      }),
    );
  });
}

const alreadyStarted = (meetingId: string) =>
  new HttpError(
    409,
    'conflict',
    'this meeting has already been started; its links were shown then and are not stored',
    { meetingId },
  );

function importRefused(rows: CsvRowError[]): HttpError {
  const shown = rows.slice(0, 100);
  const more = rows.length > shown.length ? ` (the first ${shown.length} are listed)` : '';
  return new HttpError(
    400,
    'invalid',
    `nothing was imported: ${rows.length} problem${rows.length === 1 ? '' : 's'} in the file${more}`,
    { rows: shown, total: rows.length },
  );
}

/** On a database without programmes, the demo: so a newcomer can run a meeting at once. */
export async function ensureDemo(programmes: ProgrammeStore, clock: Clock, ids: Ids): Promise<void> {
  if ((await programmes.count()) > 0) return;
  const today = new Date(clock.now()).toISOString().slice(0, 10);
  // A fixed id: two processes starting at once create it once.
  await programmes.create(
    demoProgramme(today, () => ids.newId()),
    { createdAt: clock.now(), isDemo: true },
  );
}
