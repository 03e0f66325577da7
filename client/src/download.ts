/** Saving a file a token-protected export returned: a plain link cannot send the token. */
import type { MeetingExport } from '../../shared/report';

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
  query = '',
): Promise<boolean> {
  try {
    const res = await fetch(`${serverUrl}/api/meetings/${encodeURIComponent(meetingId)}/export/${file}${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!res.ok) return false;
    const [base, ext] = file.split('.');
    download(await res.blob(), `${base}-${date}.${ext}`);
    return true;
  } catch {
    return false;
  }
}
