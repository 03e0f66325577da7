/**
 * EOR boards, the programme's lesser secret links and the homework between
 * meetings on disk. Each board is its own row with its own version, apart
 * from the programme document: a municipality saving its month never
 * conflicts with the organiser saving the programme, nor with another board.
 */
import type { Kysely } from 'kysely';
import { EorBoard } from '../../shared/year/eor';
import { Answer, Assignment, type LinkKind } from '../../shared/year/homework';
import { parseStored, type Database } from '../database';

export interface StoredBoard {
  boardId: string;
  /** A host-team process's own name; null for a municipality's board. */
  name: string | null;
  board: EorBoard;
}

export interface EorStore {
  boards(programmeId: string): Promise<StoredBoard[]>;
  board(programmeId: string, boardId: string): Promise<StoredBoard | undefined>;
  /**
   * Saves `board` as version `expectedVersion + 1`. A board not stored yet is
   * version 0 and is created; false (nothing written) when the stored version is another.
   */
  saveBoard(
    programmeId: string,
    boardId: string,
    name: string | null,
    board: EorBoard,
    expectedVersion: number,
    at: number,
  ): Promise<EorBoard | undefined>;
  /** Removes a board and its months; false when there was none. */
  removeBoard(programmeId: string, boardId: string): Promise<boolean>;

  /** Adds a link; an earlier link of the same kind for the same subject stops working (a lost link is replaced, not doubled). */
  replaceLink(programmeId: string, kind: LinkKind, subjectId: string, hash: string, at: number): Promise<void>;
  link(hash: string): Promise<{ programmeId: string; kind: LinkKind; subjectId: string } | undefined>;

  assignments(programmeId: string): Promise<Assignment[]>;
  addAssignment(programmeId: string, a: Assignment): Promise<void>;
  removeAssignment(programmeId: string, id: string): Promise<boolean>;
  answers(programmeId: string): Promise<Answer[]>;
  /** Hands in (or hands in again) a municipality's answer; feedback given earlier stays, and its time tells it is older than the answer. */
  saveAnswer(
    programmeId: string,
    assignmentId: string,
    municipalityId: string,
    answer: string,
    at: number,
  ): Promise<Answer>;
  /** The supervisor's written feedback on an answer; undefined when there is no answer yet. */
  saveFeedback(
    programmeId: string,
    assignmentId: string,
    municipalityId: string,
    feedback: string,
    at: number,
  ): Promise<Answer | undefined>;
}

type BoardRow = Pick<Database['eor_boards'], 'board_id' | 'name' | 'doc' | 'version'>;
const boardOf = (programmeId: string, row: BoardRow): StoredBoard => ({
  boardId: row.board_id,
  name: row.name,
  board: parseStored(
    EorBoard,
    { ...(JSON.parse(row.doc) as object), version: Number(row.version) },
    `EOR board ${programmeId}/${row.board_id}`,
  ),
});

type AnswerRow = Database['eor_answers'];
const answerOf = (row: AnswerRow): Answer =>
  parseStored(
    Answer,
    {
      assignmentId: row.assignment_id,
      municipalityId: row.municipality_id,
      answer: row.answer,
      answeredAt: Number(row.answered_at),
      ...(row.feedback !== null ? { feedback: row.feedback, feedbackAt: Number(row.feedback_at) } : {}),
    },
    'homework answer',
  );

export function eorStore(db: Kysely<Database>): EorStore {
  const answerRow = (programmeId: string, assignmentId: string, municipalityId: string) =>
    db
      .selectFrom('eor_answers')
      .selectAll()
      .where('programme_id', '=', programmeId)
      .where('assignment_id', '=', assignmentId)
      .where('municipality_id', '=', municipalityId)
      .executeTakeFirst();

  return {
    async boards(programmeId) {
      const rows = await db
        .selectFrom('eor_boards')
        .select(['board_id', 'name', 'doc', 'version'])
        .where('programme_id', '=', programmeId)
        .execute();
      return rows.map((r) => boardOf(programmeId, r));
    },

    async board(programmeId, boardId) {
      const row = await db
        .selectFrom('eor_boards')
        .select(['board_id', 'name', 'doc', 'version'])
        .where('programme_id', '=', programmeId)
        .where('board_id', '=', boardId)
        .executeTakeFirst();
      return row ? boardOf(programmeId, row) : undefined;
    },

    async saveBoard(programmeId, boardId, name, board, expectedVersion, at) {
      const saved = { ...board, version: expectedVersion + 1 };
      const { version: _v, ...content } = saved;
      const doc = JSON.stringify(content);
      if (expectedVersion === 0) {
        // The first save creates the row; a second first save loses on the primary key.
        const inserted = await db
          .insertInto('eor_boards')
          .values({ programme_id: programmeId, board_id: boardId, name, doc, version: 1, updated_at: at })
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst();
        return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1 ? saved : undefined;
      }
      const result = await db
        .updateTable('eor_boards')
        .set({ doc, version: saved.version, updated_at: at })
        .where('programme_id', '=', programmeId)
        .where('board_id', '=', boardId)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1 ? saved : undefined;
    },

    async removeBoard(programmeId, boardId) {
      const result = await db
        .deleteFrom('eor_boards')
        .where('programme_id', '=', programmeId)
        .where('board_id', '=', boardId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },

    async replaceLink(programmeId, kind, subjectId, hash, at) {
      await db.transaction().execute(async (tx) => {
        await tx
          .updateTable('programme_links')
          .set({ revoked_at: at })
          .where('programme_id', '=', programmeId)
          .where('kind', '=', kind)
          .where('subject_id', '=', subjectId)
          .where('revoked_at', 'is', null)
          .execute();
        await tx
          .insertInto('programme_links')
          .values({ hash, programme_id: programmeId, kind, subject_id: subjectId, created_at: at, revoked_at: null })
          .execute();
      });
    },

    async link(hash) {
      const row = await db
        .selectFrom('programme_links')
        .select(['programme_id', 'kind', 'subject_id'])
        .where('hash', '=', hash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (!row || (row.kind !== 'municipality' && row.kind !== 'supervisor')) return undefined;
      return { programmeId: row.programme_id, kind: row.kind, subjectId: row.subject_id };
    },

    async assignments(programmeId) {
      const rows = await db
        .selectFrom('eor_assignments')
        .selectAll()
        .where('programme_id', '=', programmeId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((r) =>
        parseStored(
          Assignment,
          {
            id: r.id,
            title: r.title,
            instructions: r.instructions,
            createdAt: Number(r.created_at),
            ...(r.programme_meeting_id ? { programmeMeetingId: r.programme_meeting_id } : {}),
          },
          'homework assignment',
        ),
      );
    },

    async addAssignment(programmeId, a) {
      await db
        .insertInto('eor_assignments')
        .values({
          programme_id: programmeId,
          id: a.id,
          programme_meeting_id: a.programmeMeetingId ?? null,
          title: a.title,
          instructions: a.instructions,
          created_at: a.createdAt,
        })
        .execute();
    },

    async removeAssignment(programmeId, id) {
      return db.transaction().execute(async (tx) => {
        await tx
          .deleteFrom('eor_answers')
          .where('programme_id', '=', programmeId)
          .where('assignment_id', '=', id)
          .execute();
        const result = await tx
          .deleteFrom('eor_assignments')
          .where('programme_id', '=', programmeId)
          .where('id', '=', id)
          .executeTakeFirst();
        return Number(result.numDeletedRows) === 1;
      });
    },

    async answers(programmeId) {
      const rows = await db.selectFrom('eor_answers').selectAll().where('programme_id', '=', programmeId).execute();
      return rows.map(answerOf);
    },

    async saveAnswer(programmeId, assignmentId, municipalityId, answer, at) {
      await db
        .insertInto('eor_answers')
        .values({
          programme_id: programmeId,
          assignment_id: assignmentId,
          municipality_id: municipalityId,
          answer,
          answered_at: at,
          feedback: null,
          feedback_at: null,
        })
        .onConflict((oc) =>
          oc.columns(['programme_id', 'assignment_id', 'municipality_id']).doUpdateSet({ answer, answered_at: at }),
        )
        .execute();
      return answerOf((await answerRow(programmeId, assignmentId, municipalityId))!);
    },

    async saveFeedback(programmeId, assignmentId, municipalityId, feedback, at) {
      const result = await db
        .updateTable('eor_answers')
        .set({ feedback, feedback_at: at })
        .where('programme_id', '=', programmeId)
        .where('assignment_id', '=', assignmentId)
        .where('municipality_id', '=', municipalityId)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return undefined;
      return answerOf((await answerRow(programmeId, assignmentId, municipalityId))!);
    },
  };
}
