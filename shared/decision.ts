/** What `decide` returns: the events a command produces, or why it changes nothing. */
import type { CommandError, ErrorCode, MeetingEvent } from './protocol';

export type Decision = { ok: true; events: MeetingEvent[] } | { ok: false; error: CommandError };

export interface DecideContext {
  now: number;
  newId: () => string;
}

export const fail = (code: ErrorCode, message: string): Decision => ({ ok: false, error: { code, message } });

export const accept = (...events: MeetingEvent[]): Decision => ({ ok: true, events });

export function assertNever(x: never): never {
  throw new Error(`unexpected ${JSON.stringify(x)}`);
}
