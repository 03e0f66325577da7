/** What this device remembers: participant tokens per meeting and the links of meetings it created. */
import * as z from 'zod/mini';

const PARTICIPANT = (meetingId: string) => `lartraff.participant.${meetingId}`;
const LINKS = (meetingId: string) => `lartraff.links.${meetingId}`;

const Links = z.object({
  facilitatorLink: z.string(),
  screenLink: z.string(),
  evaluatorLink: z.optional(z.string()),
  supervisorLinks: z.optional(z.array(z.object({ clusterId: z.string(), name: z.string(), link: z.string() }))),
});
export type MeetingLinks = z.infer<typeof Links>;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage full or private mode: the device forgets, the server does not.
  }
}

export const participantToken = (meetingId: string) => read(PARTICIPANT(meetingId));
export const saveParticipantToken = (meetingId: string, token: string) => write(PARTICIPANT(meetingId), token);
/** After the participant removed themself: the phone keeps nothing that says they were there. */
export function forgetParticipantToken(meetingId: string): void {
  try {
    localStorage.removeItem(PARTICIPANT(meetingId));
  } catch {
    // Private mode: nothing was kept.
  }
}

export function meetingLinks(meetingId: string): MeetingLinks | null {
  const raw = read(LINKS(meetingId));
  if (!raw) return null;
  try {
    const parsed = Links.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
export const saveMeetingLinks = (meetingId: string, links: MeetingLinks) =>
  write(LINKS(meetingId), JSON.stringify(links));
