/** Saving a file a token-protected export returned: a plain link cannot send the token. */
import { HTTP } from '../../shared/protocol/http';
import type { MeetingExport } from '../../shared/day/report';
import { apiFile } from './api';

export function download(blob: Blob, filename: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}

/** One of a meeting's exports for the team, the secret in the header, saved as `<name>-<date>.<ext>`; false when it could not be fetched. */
export async function downloadMeetingExport(
  serverUrl: string,
  meetingId: string,
  token: string,
  file: MeetingExport,
  date: string,
  team = false,
): Promise<boolean> {
  const blob = await apiFile(HTTP.meetingExport, {
    base: serverUrl,
    token,
    params: { id: meetingId, file },
    ...(team ? { query: { team: '1' } } : {}),
  });
  if (!blob) return false;
  const [base, ext] = file.split('.');
  download(blob, `${base}-${date}.${ext}`);
  return true;
}
