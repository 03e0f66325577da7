/**
 * The EOR API: each municipality's board (and the host team's process boards)
 * read and saved on its own version, apart from the programme document, and
 * CSV of a board's months. The links that open them, and the presenting
 * municipality's board for a meeting's projector, are eorLinks.ts.
 *
 * A link is the organiser's token (every board), a municipality's (its own
 * board) or a cluster supervisor's (its cluster's boards, read only), sent as
 * `Authorization: Bearer`. Only SHA-256 hashes of the secrets are stored.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { demoBoards } from '../../shared/year/demoEor';
import { blankBoard, EorBoard } from '../../shared/year/eor';
import { BoardEntry, type BoardResponse, type BoardsResponse } from '../../shared/year/eorApi';
import { exportBoardTable, importBoardTable } from '../../shared/year/eorCsv';
import { municipalitiesFor } from '../../shared/year/homework';
import { mayEditBoard, type ProgrammeAccess } from '../../shared/permissions';
import { MAX_PROGRAMME_BYTES, type Programme } from '../../shared/year/programme';
import type { MeetingState } from '../../shared/protocol';
import { HTTP } from '../../shared/protocol/http';
import { sameName } from '../../shared/day/roster';
import { CSV_TYPE, readCsv, writeCsv } from '../csv';
import { bearer, HttpError, serve } from '../http';
import type { EorStore, StoredBoard } from './eorStore';
import type { Meetings } from '../meetings';
import type { ProgrammeStore } from './programmeStore';
import { hashToken, type Clock, type Ids } from '../secrets';
import type { MeetingStore } from '../store';

export interface EorOptions {
  programmes: ProgrammeStore;
  eor: EorStore;
  meetings: Meetings;
  store: MeetingStore;
  clock: Clock;
  ids: Ids;
}

const MAX_PROCESS_BOARDS = 20;
const PROCESS_PREFIX = 'process-';

/** Who the bearer is for this programme, and the programme; 401/403/404 otherwise. */
export async function programmeAccess(
  req: FastifyRequest,
  programmeId: string,
  stores: { programmes: ProgrammeStore; eor: EorStore },
): Promise<{ access: ProgrammeAccess; doc: Programme }> {
  const hash = hashToken(bearer(req, "the link's secret"));
  let access: ProgrammeAccess | undefined;
  if ((await stores.programmes.programmeIdForToken(hash)) === programmeId) access = { kind: 'organiser' };
  else {
    const link = await stores.eor.link(hash);
    if (link?.programmeId === programmeId) access = { kind: link.kind, subjectId: link.subjectId };
  }
  if (!access) throw new HttpError(403, 'forbidden', 'this link does not open that programme');
  const stored = await stores.programmes.get(programmeId);
  if (!stored) throw new HttpError(404, 'not_found', 'no such programme');
  return { access, doc: stored.doc };
}

/** The demo programme's boards, once: a newcomer opens a filled board. */
async function ensureDemoBoards(opts: EorOptions): Promise<void> {
  const demo = await opts.programmes.demoId();
  const doc = demo ? (await opts.programmes.get(demo))?.doc : undefined;
  if (!doc || (await opts.eor.boards(doc.id)).length) return;
  const today = new Date(opts.clock.now()).toISOString().slice(0, 10);
  for (const b of demoBoards(doc, today))
    await opts.eor.saveBoard(doc.id, b.boardId, b.name, { ...b.board, version: 0 }, 0, opts.clock.now());
}

/**
 * The programme boards of a meeting's municipalities, in the order asked,
 * with one read of the programme: each meeting municipality is matched to the
 * programme's by name, as the meeting was built. Undefined for a meeting not
 * started from a programme, or a name the programme lacks.
 */
export async function meetingBoards(
  state: MeetingState,
  municipalityIds: readonly string[],
  stores: { programmes: ProgrammeStore; eor: EorStore },
): Promise<(BoardResponse | undefined)[]> {
  const stored = state.programmeId ? await stores.programmes.get(state.programmeId) : undefined;
  if (!stored) return municipalityIds.map(() => undefined);
  const { doc } = stored;
  return Promise.all(
    municipalityIds.map(async (id): Promise<BoardResponse | undefined> => {
      const name = state.municipalities.find((m) => m.id === id)?.name;
      const municipality = name === undefined ? undefined : doc.municipalities.find((m) => sameName(m.name, name));
      if (!municipality) return undefined;
      const row = await stores.eor.board(doc.id, municipality.id);
      const board = row?.board ?? { ...blankBoard(`${state.date.slice(0, 4)}-01`), version: 0 };
      return {
        boardId: municipality.id,
        name: municipality.name,
        colour: municipality.colour,
        process: false,
        board,
        programmeId: doc.id,
        programmeName: doc.name,
        editable: false,
      };
    }),
  );
}

export async function registerEor(app: FastifyInstance, opts: EorOptions): Promise<void> {
  const { eor, clock, ids } = opts;
  await ensureDemoBoards(opts);
  const blank = () => ({ ...blankBoard(`${new Date(clock.now()).getUTCFullYear()}-01`), version: 0 });

  /** The board and whose it is; 404 for a board that is neither a municipality of the programme nor a stored process. */
  const entryOf = async (doc: Programme, boardId: string, stored?: StoredBoard): Promise<BoardEntry> => {
    const row = stored ?? (await eor.board(doc.id, boardId));
    const municipality = doc.municipalities.find((m) => m.id === boardId);
    if (municipality)
      return {
        boardId,
        name: municipality.name,
        colour: municipality.colour,
        process: false,
        board: row?.board ?? blank(),
      };
    if (row && boardId.startsWith(PROCESS_PREFIX))
      return { boardId, name: row.name ?? boardId, process: true, board: row.board };
    throw new HttpError(404, 'not_found', 'no such board in the programme');
  };

  /** A board this link may read: every one for the organiser, its own for a municipality, its cluster's for a supervisor. */
  const readable = async (req: FastifyRequest, programmeId: string, boardId: string) => {
    const { access, doc } = await programmeAccess(req, programmeId, opts);
    const visible = access.kind === 'organiser' || municipalitiesFor(doc, access).some((m) => m.id === boardId);
    if (!visible) throw new HttpError(403, 'forbidden', "this link opens another municipality's board");
    return { access, doc, entry: await entryOf(doc, boardId) };
  };
  const editable = async (req: FastifyRequest, programmeId: string, boardId: string) => {
    const found = await readable(req, programmeId, boardId);
    if (!mayEditBoard(found.access, boardId))
      throw new HttpError(403, 'forbidden', 'this link may read the board, not change it');
    return found;
  };
  const organiser = async (req: FastifyRequest, programmeId: string) => {
    const found = await programmeAccess(req, programmeId, opts);
    if (found.access.kind !== 'organiser')
      throw new HttpError(403, 'forbidden', "only the programme's organiser may do this");
    return found.doc;
  };

  /** Saves on the version the editor loaded; someone else's save in between is a 409 with the stored version. */
  const save = async (doc: Programme, entry: BoardEntry, board: EorBoard) => {
    const saved = await eor.saveBoard(
      doc.id,
      entry.boardId,
      entry.process ? entry.name : null,
      board,
      board.version,
      clock.now(),
    );
    if (saved) return saved;
    const current = await eor.board(doc.id, entry.boardId);
    throw new HttpError(409, 'conflict', 'the board was saved elsewhere; reload it', {
      version: current?.board.version ?? 0,
    });
  };

  await app.register(async (scope) => {
    scope.addContentTypeParser(
      ['text/csv', 'text/plain', 'application/octet-stream', 'application/vnd.ms-excel'],
      { parseAs: 'buffer', bodyLimit: MAX_PROGRAMME_BYTES },
      (_req, body, done) => done(null, body),
    );

    serve(scope, HTTP.boards, async ({ params: { id }, req }) => {
      const { access, doc } = await programmeAccess(req, id, opts);
      const stored = new Map((await eor.boards(id)).map((b) => [b.boardId, b]));
      const own = municipalitiesFor(doc, access);
      const processes =
        access.kind === 'organiser' ? [...stored.values()].filter((b) => b.boardId.startsWith(PROCESS_PREFIX)) : [];
      const boards = await Promise.all(
        [...own.map((m) => m.id), ...processes.map((p) => p.boardId)].map((b) => entryOf(doc, b, stored.get(b))),
      );
      const cluster = access.kind === 'supervisor' ? doc.clusters.find((c) => c.id === access.subjectId) : undefined;
      const body: BoardsResponse = {
        programmeName: doc.name,
        access: access.kind,
        ...(cluster ? { clusterName: cluster.name } : {}),
        boards,
        meetings: doc.meetings.map((m) => ({ id: m.id, number: m.number, date: m.date })),
      };
      return body;
    });

    serve(scope, HTTP.addProcessBoard, async ({ params: { id }, body, req }) => {
      await organiser(req, id);
      const { name } = body();
      const processes = (await eor.boards(id)).filter((b) => b.boardId.startsWith(PROCESS_PREFIX));
      if (processes.length >= MAX_PROCESS_BOARDS)
        throw new HttpError(400, 'invalid', `a programme holds at most ${MAX_PROCESS_BOARDS} process boards`);
      if (processes.some((p) => sameName(p.name ?? '', name)))
        throw new HttpError(409, 'conflict', `${name} already has a board`);
      const boardId = `${PROCESS_PREFIX}${ids.newId()}`;
      const board = await eor.saveBoard(id, boardId, name, blank(), 0, clock.now());
      if (!board) throw new HttpError(409, 'conflict', 'try again');
      return { boardId, name, process: true, board };
    });

    serve(scope, HTTP.board, async ({ params: { id, boardId }, req }) => {
      const { access, doc, entry } = await readable(req, id, boardId);
      const body: BoardResponse = {
        ...entry,
        programmeId: id,
        programmeName: doc.name,
        editable: mayEditBoard(access, boardId),
      };
      return body;
    });

    serve(scope, HTTP.saveBoard, async ({ params: { id, boardId }, body, req }) => {
      const { doc, entry } = await editable(req, id, boardId);
      return save(doc, entry, body());
    });

    /** A host-team process's board is the organiser's to remove; a municipality's board goes with the municipality. */
    serve(scope, HTTP.removeBoard, async ({ params: { id, boardId }, req }) => {
      const doc = await organiser(req, id);
      const entry = await entryOf(doc, boardId);
      if (!entry.process)
        throw new HttpError(400, 'invalid', "a municipality's board cannot be removed; it goes with the municipality");
      if (!(await eor.removeBoard(id, boardId)))
        throw new HttpError(404, 'not_found', 'no such board in the programme');
      return null;
    });

    serve(
      scope,
      HTTP.importBoard,
      async ({ params: { id, boardId }, bytes, req }) => {
        const { doc, entry } = await editable(req, id, boardId);
        const read = readCsv(bytes());
        const imported = read.ok ? importBoardTable(entry.board, read.table) : read;
        if (!imported.ok) {
          const rows = imported.errors.slice(0, 100);
          throw new HttpError(
            400,
            'invalid',
            `nothing was imported: ${imported.errors.length} problem(s) in the file`,
            { rows, total: imported.errors.length },
          );
        }
        return {
          imported: imported.imported,
          board: await save(doc, entry, { ...imported.board, version: entry.board.version }),
        };
      },
      { bodyLimit: MAX_PROGRAMME_BYTES },
    );

    serve(scope, HTTP.exportBoard, async ({ params: { id, boardId }, req }) => {
      const { entry } = await readable(req, id, boardId);
      return {
        type: CSV_TYPE,
        filename: `eor-${entry.board.start.slice(0, 4)}.csv`,
        body: writeCsv(exportBoardTable(entry.board)),
      };
    });
  });
}
