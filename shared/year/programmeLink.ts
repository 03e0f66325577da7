/**
 * The organiser's secret link to a programme, and the two small HTTP answers
 * that hand one out. Kept apart from programme.ts so the start page can parse
 * them without loading the programme model.
 */
import * as z from 'zod/mini';
import { Id, Label } from '../protocol';

/** Body of POST /api/programmes. */
export const CreateProgrammeRequest = z.object({ name: Label });
export type CreateProgrammeRequest = z.infer<typeof CreateProgrammeRequest>;

/** Answer of POST /api/programmes (201) and GET /api/demo. */
export const OrganiserLinkResponse = z.object({ programmeId: Id, organiserLink: z.string() });
export type OrganiserLinkResponse = z.infer<typeof OrganiserLinkResponse>;

/** The secret sits in the fragment, which browsers never send to a server or a log. */
export function organiserLink(programmeId: string, token: string): string {
  return `/programme/${programmeId}#${token}`;
}
