/** Downloading one of a meeting's exports for the team: the secret goes in a header, which a plain link cannot send. */
import type { MeetingExport } from '../../shared/report';
import { download } from './download';

/** Saves `file` as `<name>-<date>.<ext>`; false when it could not be fetched. */
export async function downloadMeetingExport(
  serverUrl: string, meetingId: string, token: string, file: MeetingExport, date: string, query = '',
): Promise<boolean> {
  try {
    const res = await fetch(`${serverUrl}/api/meetings/${encodeURIComponent(meetingId)}/export/${file}${query}`, { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok) return false;
    const [base, ext] = file.split('.');
    download(await res.blob(), `${base}-${date}.${ext}`);
    return true;
  } catch {
    return false;
  }
}
