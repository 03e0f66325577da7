/**
 * The programme page's calls to the server, each answer parsed. The organiser
 * token goes in the Authorization header, never in a URL.
 */
import type * as z from 'zod/mini';
import { Programme } from '../../shared/programme';
import {
  ErasureResponse,
  ImportResponse,
  ProgrammeErrorBody,
  ProgrammeReport,
  StartMeetingResponse,
} from '../../shared/programmeApi';
import { ProgressionResponse } from '../../shared/progression';
import type { ImportKind } from '../../shared/programmeImport';

export type ApiResult<T> =
  | { ok: true; data: T }
  /** status 0: no answer (network). `error` is null when the answer was not ours to read. */
  | { ok: false; status: number; error: ProgrammeErrorBody | null };

/** What the export is saved as on the organiser's computer. */
export const EXPORT_FILE: Record<ImportKind, string> = {
  municipalities: 'kommuner.csv',
  participants: 'deltagare.csv',
};

/** Calls with the link's secret as `Authorization: Bearer`, each answer parsed; shared by the programme's and the EOR pages. */
export function bearerCaller(token: string) {
  const auth = { authorization: `Bearer ${token}` };
  async function call<T>(schema: z.ZodMiniType<T>, url: string, init: RequestInit = {}): Promise<ApiResult<T>> {
    let res: Response;
    try {
      res = await fetch(url, {
        ...init,
        headers: { ...auth, ...(init.headers as Record<string, string> | undefined) },
      });
    } catch {
      return { ok: false, status: 0, error: null };
    }
    const body: unknown = res.status === 204 ? null : await res.json().catch(() => null);
    if (res.ok) {
      const parsed = schema.safeParse(body);
      return parsed.success ? { ok: true, data: parsed.data } : { ok: false, status: res.status, error: null };
    }
    const error = ProgrammeErrorBody.safeParse(body);
    return { ok: false, status: res.status, error: error.success ? error.data : null };
  }
  /** A file to save (an export), or null when it could not be fetched. */
  async function blob(url: string): Promise<Blob | null> {
    try {
      const res = await fetch(url, { headers: auth });
      return res.ok ? await res.blob() : null;
    } catch {
      return null;
    }
  }
  return { call, blob };
}

export type ProgrammeClient = ReturnType<typeof programmeClient>;

/** `base` is the server's address ('' for this page's own origin). */
export function programmeClient(base: string, programmeId: string, token: string) {
  const url = (path: string) => `${base}/api/programmes/${encodeURIComponent(programmeId)}${path}`;
  const caller = bearerCaller(token);
  const call = <T>(schema: z.ZodMiniType<T>, path: string, init: RequestInit = {}) =>
    caller.call(schema, url(path), init);

  return {
    load: () => call(Programme, ''),
    save: (doc: Programme) =>
      call(Programme, '', {
        method: 'PUT',
        body: JSON.stringify(doc),
        headers: { 'content-type': 'application/json' },
      }),
    /** The file's bytes as they are: the server tells UTF-8 from Windows-1252. */
    importCsv: (kind: ImportKind, bytes: ArrayBuffer) =>
      call(ImportResponse, `/import/${kind}`, { method: 'POST', body: bytes, headers: { 'content-type': 'text/csv' } }),
    start: (programmeMeetingId: string) =>
      call(StartMeetingResponse, `/meetings/${encodeURIComponent(programmeMeetingId)}/start`, { method: 'POST' }),
    progression: () => call(ProgressionResponse, '/progression'),
    report: () => call(ProgrammeReport, '/report'),
    /** The participant list and every started meeting's personal data, erased (PD3). */
    erasePersonalData: () => call(ErasureResponse, '/erase-personal-data', { method: 'POST' }),
    /** The export as a file to save, or null when it could not be fetched. */
    exportCsv: (kind: ImportKind | 'report', ext: 'csv' | 'json' = 'csv') => caller.blob(url(`/export/${kind}.${ext}`)),
  };
}
