/**
 * A meeting decided and reduced in the test itself, its events delivered to
 * the client's store as the server's broadcasts would: for client tests that
 * watch a view follow the room without a server.
 */
import { act } from '@testing-library/react';
import { BLANK_MEETING, decide, meetingCreated, reduce } from '../../shared/day/meeting';
import type { Actor, Command, CreateMeetingRequest, MeetingEvent, MeetingState } from '../../shared/protocol';
import { receiveEvents, receiveResync } from '../../client/src/meetingStore';

const NOW = Date.parse('2026-11-23T09:00:00+01:00');
const facilitator: Actor = { role: 'facilitator' };

export function replayedMeeting(request: CreateMeetingRequest) {
  let n = 0;
  const newId = () => `id${++n}`;
  let state: MeetingState = reduce(BLANK_MEETING, meetingCreated(request, 'm1', 'BWKQYF', { now: NOW, newId }));
  let seq = 1;
  let loaded = false;
  /** Decides and reduces a command; once the view has loaded, its store receives the events. */
  const run = (command: Command, actor: Actor = facilitator): MeetingEvent[] => {
    const decision = decide(state, command, actor, { now: NOW, newId });
    if (!decision.ok) throw new Error(JSON.stringify(decision));
    state = decision.events.reduce(reduce, state);
    if (loaded) act(() => void receiveEvents(decision.events.map((event) => ({ seq: ++seq, event }))));
    else seq += decision.events.length;
    return decision.events;
  };
  return {
    get state() {
      return state;
    },
    run,
    /** Someone comes in by the code; their participant id. */
    join(name: string, municipality: string): string {
      run({ type: 'join', name, municipality }, { role: 'guest' });
      return state.participants.at(-1)!.id;
    },
    /** A check-in of one statement on a line, created and opened; the statement's id. */
    openCheckIn(text: string): string {
      run({
        type: 'createExercise',
        kind: 'checkIn',
        title: 'Incheckning',
        anonymous: false,
        hiddenUntilReveal: false,
        statements: [{ text, board: { kind: 'line', cards: [{ label: 'Ja', x: 0.5, y: 0.5 }] } }],
      });
      const statementId = state.exercises.at(-1)!.statements[0]!.id;
      run({ type: 'openStatement', statementId });
      return statementId;
    },
    /** The meeting so far reaches the store as one snapshot, as when a view connects; later commands arrive as events. */
    load() {
      act(() => void receiveResync({ ok: true, kind: 'snapshot', seq, state }));
      loaded = true;
    },
  };
}
