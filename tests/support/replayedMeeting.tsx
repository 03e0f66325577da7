/**
 * The decided day (scriptedDay.ts) as a client's store follows it: the
 * meeting so far arrives as one snapshot when the view loads, each later
 * command's events as the server's broadcast. For client tests that watch a
 * view follow the room without a server.
 */
import { act } from '@testing-library/react';
import type { Actor, Command, CreateMeetingRequest } from '../../shared/protocol';
import { receiveEvents, receiveResync } from '../../client/src/meetingStore';
import { lineCheckIn } from './commandSamples';
import { decidedDay } from './scriptedDay';

const facilitator: Actor = { role: 'facilitator' };

export function replayedMeeting(request: Partial<CreateMeetingRequest>) {
  const day = decidedDay({ request });
  let loaded = false;
  /** `actor` (the facilitator unless said) runs `command`; once the view has loaded, its store receives the events. */
  const run = (command: Command, actor: Actor = facilitator): void => {
    const from = day.log.length;
    day.run(command, undefined, actor);
    // An event's seq is its place in the log, counting from 1.
    const events = day.log.slice(from).map((event, i) => ({ seq: from + i + 1, event }));
    if (loaded) act(() => void receiveEvents(events));
  };
  return {
    get state() {
      return day.state;
    },
    run,
    /** Someone comes in by the code; their participant id. */
    join(name: string, municipality: string): string {
      run({ type: 'join', name, municipality }, { role: 'guest' });
      return day.state.participants.at(-1)!.id;
    },
    /** A check-in of one statement on a line (lineCheckIn), created and opened; the statement's id. */
    openCheckIn(text: string): string {
      run(lineCheckIn(text));
      const statementId = day.state.exercises.at(-1)!.statements[0]!.id;
      run({ type: 'openStatement', statementId });
      return statementId;
    },
    /** The meeting so far reaches the store as one snapshot, as when a view connects. */
    load() {
      act(() => void receiveResync({ ok: true, kind: 'snapshot', seq: day.log.length, state: day.state }));
      loaded = true;
    },
  };
}
