/**
 * The kinds of agenda segment by their Swedish names: the app's catalogue
 * (client/src/i18n/sv.ts) and the spreadsheet export (shared/reportTable.ts,
 * which has no language switch) say them the same way.
 */
import type { SegmentKind } from '../protocol';

export const SEGMENT_KIND_SV: Record<SegmentKind, string> = {
  teamCheckIn: 'Teamets incheckning',
  break: 'Paus',
  checkIn: 'Incheckningsövning',
  presentation: 'Presentation',
  clusterWork: 'Arbete i kommunkluster',
  plenary: 'Helgrupp',
  checkOut: 'Utcheckningsövning',
  teamCheckOut: 'Teamets utcheckning',
  custom: 'Programpunkt',
};
