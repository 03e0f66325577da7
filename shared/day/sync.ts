/**
 * A client's copy of the meeting: applying broadcast batches in order and
 * noticing gaps (SPEC.md, S1, S3). Pure, so the client store and the tests'
 * mirrors run the same code.
 */
import { reduce } from './meeting';
import type { MeetingState, ResyncAck, SequencedEvent } from '../protocol';

export interface Replica {
  state: MeetingState;
  seq: number;
}

export interface Applied {
  replica: Replica;
  /** True when an event was missing: ask for what came after `replica.seq`. */
  gap: boolean;
}

/** Applies what follows `replica.seq` in order; skips what it already has; stops at a gap. */
export function applyEvents(replica: Replica, events: readonly SequencedEvent[]): Applied {
  let { state, seq } = replica;
  for (const e of events) {
    if (e.seq <= seq) continue;
    if (e.seq !== seq + 1) return { replica: { state, seq }, gap: true };
    if (e.event) state = reduce(state, e.event);
    seq = e.seq;
  }
  return { replica: { state, seq }, gap: false };
}

/** Folds a resync answer into the replica; a snapshot replaces it whole. */
export function applyResync(replica: Replica, ack: ResyncAck): Applied {
  if (!ack.ok) return { replica, gap: false };
  if (ack.kind === 'snapshot') return { replica: { state: ack.state, seq: ack.seq }, gap: false };
  return applyEvents(replica, ack.events);
}
