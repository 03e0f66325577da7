/**
 * The programme API: create a programme, read and save it whole (optimistic
 * version), import and export its spreadsheets, start one of its meetings,
 * and the demo programme a first start creates. Organisers hold a secret
 * link `/programme/<id>#<token>` and send the token as `Authorization: Bearer`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { demoProgramme } from '../shared/demoProgramme';
import { progression } from '../shared/progression';
import { programmeReport } from '../shared/programmeReport';
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
import { exportTable, importTable, type CsvRowError } from '../shared/programmeImport';
import { organiserLink } from '../shared/programmeLink';
import type { MeetingState } from '../shared/protocol';
import { HTTP } from '../shared/protocol/http';
import { meetingLinks } from './api';
import type { Meetings } from './meetings';
import { CSV_TYPE, readCsv, writeCsv } from './csv';
import { bearer, HttpError, JSON_TYPE, serve } from './http';
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

    serve(
      scope,
      HTTP.createProgramme,
      async ({ body }) => {
        const { name } = body();
        const id = ids.newId();
        const token = ids.secret();
        const created = await programmes.create(blankProgramme(id, name), {
          createdAt: clock.now(),
          tokenHash: hashToken(token),
        });
        if (!created) throw new HttpError(409, 'conflict', 'that programme id is taken; try again');
        return { programmeId: id, organiserLink: organiserLink(id, token) };
      },
      { preHandler: organiserOnly(opts.organiserKey) },
    );

    serve(scope, HTTP.programme, async ({ params: { id }, req }) => authorise(req, id));

    serve(
      scope,
      HTTP.saveProgramme,
      async ({ params: { id }, body, req }) => {
        await authorise(req, id);
        const doc = normaliseProgramme(body());
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
      },
      { bodyLimit: MAX_PROGRAMME_BYTES },
    );

    serve(
      scope,
      HTTP.importProgramme,
      async ({ params: { id, kind }, bytes, req }) => {
        await authorise(req, id);
        const read = readCsv(bytes());
        if (!read.ok) throw importRefused(read.errors);
        const { saved, result } = await update(id, (current) => {
          const imported = importTable(current, kind, read.table, () => ids.newId());
          if (!imported.ok) throw importRefused(imported.errors);
          return { doc: imported.doc, result: imported.imported };
        });
        return { imported: result, programme: saved };
      },
      { bodyLimit: MAX_PROGRAMME_BYTES },
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

    /** The demo's organiser link, for the laptop itself only: a phone on the wifi must not become an organiser. */
    serve(scope, HTTP.demo, async ({ req }) => {
      const demo = await programmes.demoId();
      if (!fromThisMachine(req) || !demo) throw new HttpError(404, 'not_found', 'no demo here');
      // A fresh token per call: no demo secret is kept at rest.
      const token = ids.secret();
      await programmes.addToken(demo, hashToken(token), clock.now());
      return { programmeId: demo, organiserLink: organiserLink(demo, token) };
    });
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
