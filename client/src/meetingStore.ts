/**
 * The client's meeting store: a replica of the server's state for this
 * viewer, fed only through the shared reducer (shared/day/sync.ts), plus the
 * connection status and the clock offset.
 */
import { useRef } from 'react';
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { dragsAfterEvents, type Drags } from '../../shared/day/dragPresence';
import { BLANK_MEETING } from '../../shared/day/meeting';
import type {
  Actor,
  CommandError,
  MeetingState,
  ResyncAck,
  SequencedEvent,
  StateApartFromPlacements,
} from '../../shared/protocol';
import { applyEvents, applyResync, type Applied } from '../../shared/day/sync';

/** `outdated`: this page speaks another protocol than the server and could not reload itself (S5). */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'refused' | 'outdated';

export interface MeetingStoreState {
  status: ConnectionStatus;
  /** Why the server refused the connection (bad link, unknown code). */
  refusal: CommandError | null;
  meetingId: string | null;
  actor: Actor | null;
  state: MeetingState;
  seq: number;
  /** False until the first snapshot arrived: views show "loading" until then. */
  loaded: boolean;
  online: readonly string[];
  /** Tokens being dragged now (presence, never logged): the latest frame, less those placed since (P2). */
  drags: Drags;
  /** Add to Date.now() to get server time. */
  offsetMs: number;
}

export const initialMeetingStore: MeetingStoreState = {
  status: 'connecting',
  refusal: null,
  meetingId: null,
  actor: null,
  state: BLANK_MEETING,
  seq: 0,
  loaded: false,
  online: [],
  drags: null,
  offsetMs: 0,
};

export const useMeetingStore = create<MeetingStoreState>()(() => initialMeetingStore);

/** Applies a broadcast batch; returns true when a gap means the client must resync. */
export function receiveEvents(events: readonly SequencedEvent[]): boolean {
  let gap = false;
  useMeetingStore.setState((s) => {
    if (!s.loaded) {
      gap = true;
      return s;
    }
    const applied = applyEvents({ state: s.state, seq: s.seq }, events);
    gap = applied.gap;
    return { ...fold(applied), drags: dragsAfterEvents(s.drags, events, applied.replica.state) };
  });
  return gap;
}

/** Folds a resync answer in; returns true when still behind. */
export function receiveResync(ack: ResyncAck): boolean {
  let gap = false;
  useMeetingStore.setState((s) => {
    const applied = applyResync({ state: s.state, seq: s.seq }, ack);
    gap = applied.gap;
    if (!ack.ok) return {};
    // A snapshot cannot say which drags its placements ended: drop them all, the next frame brings back the moving.
    const drags = ack.kind === 'snapshot' ? null : dragsAfterEvents(s.drags, ack.events, applied.replica.state);
    return { ...fold(applied), drags, loaded: true };
  });
  return gap;
}

function fold({ replica }: Applied): Partial<MeetingStoreState> {
  return { state: replica.state, seq: replica.seq };
}

export function resetMeetingStore(): void {
  useMeetingStore.setState(initialMeetingStore, true);
}

/**
 * The meeting state for a view that shows no placement: it re-renders when
 * anything else changes, not on each of the check-in's 300 placements. Its
 * type leaves `placements` out, so a view (or a function it calls) that reads
 * them does not compile with this hook. The reducer keeps what did not change,
 * so each field compared by reference tells whether it changed.
 */
export function useMeetingApartFromPlacements(): StateApartFromPlacements {
  const last = useRef<MeetingState | null>(null);
  return useMeetingStore((s) => {
    const prev = last.current;
    const next = s.state;
    if (prev && (Object.keys(next) as (keyof MeetingState)[]).every((k) => k === 'placements' || prev[k] === next[k]))
      return prev;
    last.current = next;
    return next;
  });
}

/**
 * The named fields of the meeting state, for a view that shows only them: it
 * re-renders when one of them changes, not on a placement, a round or a
 * message it does not show. Its type holds only those fields, so a function
 * the view passes it to says in its own type what it reads.
 */
export function useMeetingFields<K extends keyof MeetingState>(...keys: K[]): Pick<MeetingState, K> {
  return useMeetingStore(
    useShallow((s) => Object.fromEntries(keys.map((k) => [k, s.state[k]])) as Pick<MeetingState, K>),
  );
}
