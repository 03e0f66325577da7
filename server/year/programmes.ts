/**
 * The programme API: create a programme, read and save it whole (optimistic
 * version), import its spreadsheets, and the demo programme a first start
 * creates; its started meetings, report and exports are programmeMeetings.ts. Organisers hold a secret
 * link `/programme/<id>#<token>` and send the token as `Authorization: Bearer`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { demoProgramme } from '../../shared/year/demoProgramme';
import {
  blankProgramme,
  checkProgramme,
  MAX_PROGRAMME_BYTES,
  normaliseProgramme,
  Programme,
} from '../../shared/year/programme';
import { importTable, type CsvRowError } from '../../shared/year/programmeImport';
import { organiserLink } from '../../shared/year/programmeLink';
import { HTTP } from '../../shared/protocol/http';
import type { Meetings } from '../meetings';
import { readCsv } from '../csv';
import { bearer, HttpError, serve } from '../http';
import { organiserOnly } from '../organiserKey';
import type { ProgrammeStore } from './programmeStore';
import { hashToken, type Clock, type Ids } from '../secrets';
import { KeyedQueue } from '../keyedQueue';
import { registerProgrammeMeetings } from './programmeMeetings';

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

/** What the programme's routes share: the organiser's check, and saving a change without losing another's. */
export type ProgrammeDocs = ReturnType<typeof programmeDocs>;

function programmeDocs(programmes: ProgrammeStore) {
  const queue = new KeyedQueue();

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
  /** One change at a time per programme in this process; `saveWithRetry` settles races with other processes. */
  const update = <T>(id: string, change: (doc: Programme) => { doc: Programme; result: T }) =>
    queue.run(id, () => saveWithRetry(id, change));

  return { authorise, saveWithRetry, update, queue };
}

/** Registers the routes and, on a database with no programme yet, creates the demo programme. */
export async function registerProgrammes(app: FastifyInstance, opts: ProgrammeOptions): Promise<void> {
  const { programmes, clock, ids } = opts;
  await ensureDemo(programmes, clock, ids);
  const docs = programmeDocs(programmes);
  const { authorise, update } = docs;

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

    registerProgrammeMeetings(scope, opts, docs);

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
