/**
 * Programmes on disk: one JSON document per programme with a version for
 * optimistic concurrency, and the hashed organiser tokens (only SHA-256 of a
 * token is stored, as for meetings).
 */
import type { Kysely } from 'kysely';
import { Programme } from '../../shared/year/programme';
import { describeIssues } from '../../shared/protocol';
import { isUniqueViolation, parseStored, type Database } from '../database';

export interface StoredProgramme {
  doc: Programme;
  isDemo: boolean;
}

export interface ProgrammeStore {
  count(): Promise<number>;
  /** Creates a programme, with a first organiser token when given; false when the id is taken. */
  create(doc: Programme, opts: { createdAt: number; isDemo?: boolean; tokenHash?: string }): Promise<boolean>;
  get(id: string): Promise<StoredProgramme | undefined>;
  /** Saves `doc` as version `expectedVersion + 1` and returns it; undefined (nothing written) when the stored version is another. */
  save(doc: Programme, expectedVersion: number): Promise<Programme | undefined>;
  /** The programme an unrevoked token opens. */
  programmeIdForToken(hash: string): Promise<string | undefined>;
  addToken(programmeId: string, hash: string, at: number): Promise<void>;
  demoId(): Promise<string | undefined>;
  ids(): Promise<string[]>;
}

/** Thrown, before anything is written, for a document its reader would refuse (R1); an HTTP route answers 400. */
export class UnsavableProgrammeError extends Error {
  readonly statusCode = 400;
}

/** The document as stored, checked with the schema `parseDoc` reads it back with (R1). */
function encodeDoc(doc: Programme): string {
  const parsed = Programme.safeParse(doc);
  if (!parsed.success)
    throw new UnsavableProgrammeError(`the programme cannot be saved: ${describeIssues(parsed.error)}`);
  return JSON.stringify(doc);
}

function parseDoc(id: string, json: string, version: number): Programme {
  return parseStored(Programme, { ...(JSON.parse(json) as object), version }, `programme ${id}`);
}

export function programmeStore(db: Kysely<Database>): ProgrammeStore {
  return {
    async count() {
      const row = await db
        .selectFrom('programmes')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    async create(doc, opts) {
      const encoded = encodeDoc(doc);
      try {
        await db.transaction().execute(async (tx) => {
          await tx
            .insertInto('programmes')
            .values({
              id: doc.id,
              name: doc.name,
              doc: encoded,
              version: doc.version,
              created_at: opts.createdAt,
              is_demo: opts.isDemo ? 1 : 0,
            })
            .execute();
          if (opts.tokenHash) {
            await tx
              .insertInto('programme_tokens')
              .values({ hash: opts.tokenHash, programme_id: doc.id, created_at: opts.createdAt, revoked_at: null })
              .execute();
          }
        });
        return true;
      } catch (err) {
        if (isUniqueViolation(err)) return false;
        throw err;
      }
    },

    async get(id) {
      const row = await db
        .selectFrom('programmes')
        .select(['doc', 'version', 'is_demo'])
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? { doc: parseDoc(id, row.doc, Number(row.version)), isDemo: Number(row.is_demo) === 1 } : undefined;
    },

    async save(doc, expectedVersion) {
      const saved = { ...doc, version: expectedVersion + 1 };
      const result = await db
        .updateTable('programmes')
        .set({ name: saved.name, doc: encodeDoc(saved), version: saved.version })
        .where('id', '=', doc.id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1 ? saved : undefined;
    },

    async programmeIdForToken(hash) {
      const row = await db
        .selectFrom('programme_tokens')
        .select('programme_id')
        .where('hash', '=', hash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return row?.programme_id;
    },

    async addToken(programmeId, hash, at) {
      await db
        .insertInto('programme_tokens')
        .values({ hash, programme_id: programmeId, created_at: at, revoked_at: null })
        .execute();
    },

    async ids() {
      const rows = await db.selectFrom('programmes').select('id').orderBy('created_at').execute();
      return rows.map((r) => r.id);
    },

    async demoId() {
      const row = await db
        .selectFrom('programmes')
        .select('id')
        .where('is_demo', '=', 1)
        .orderBy('created_at')
        .executeTakeFirst();
      return row?.id;
    },
  };
}
