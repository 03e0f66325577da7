/**
 * The programme page's calls to the server, through `api()`. The organiser
 * token goes in the Authorization header, never in a URL.
 */
import type { Programme } from '../../shared/year/programme';
import type { ImportKind } from '../../shared/year/programmeImport';
import { HTTP } from '../../shared/protocol/http';
import { api, apiFile } from './api';

/** What the export is saved as on the organiser's computer. */
export const EXPORT_FILE: Record<ImportKind, string> = {
  municipalities: 'kommuner.csv',
  participants: 'deltagare.csv',
};

export type ProgrammeClient = ReturnType<typeof programmeClient>;

/** `base` is the server's address ('' for this page's own origin). */
export function programmeClient(base: string, programmeId: string, token: string) {
  const on = { base, token, params: { id: programmeId } };
  return {
    load: () => api(HTTP.programme, on),
    save: (doc: Programme) => api(HTTP.saveProgramme, { ...on, body: doc }),
    /** The file's bytes as they are: the server tells UTF-8 from Windows-1252. */
    importCsv: (kind: ImportKind, bytes: ArrayBuffer) =>
      api(HTTP.importProgramme, { ...on, params: { id: programmeId, kind }, body: bytes }),
    start: (programmeMeetingId: string) =>
      api(HTTP.startMeeting, { ...on, params: { id: programmeId, programmeMeetingId } }),
    progression: () => api(HTTP.progression, on),
    report: () => api(HTTP.programmeReport, on),
    /** The participant list and every started meeting's personal data, erased (PD3). */
    erasePersonalData: () => api(HTTP.erasePersonalData, on),
    /** The export as a file to save, or null when it could not be fetched. */
    exportCsv: (kind: ImportKind | 'report', ext: 'csv' | 'json' = 'csv') =>
      apiFile(HTTP.programmeExport, {
        ...on,
        params: { id: programmeId, file: kind === 'report' ? `report.${ext}` : `${kind}.csv` },
      }),
  };
}
