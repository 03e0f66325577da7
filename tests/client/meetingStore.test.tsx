/**
 * When the room drops its tokens, every placement changes the phone's state;
 * the views that show no token (now and next, where to be, the tab's title)
 * should not redraw for each of them. `useMeetingApartFromPlacements` gives
 * them the state without its placements, redrawn only when something else
 * changes. The events are the real reducer's, from `decide`.
 */
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BLANK_MEETING, decide, meetingCreated, reduce } from '../../shared/day/meeting';
import type { Actor, Command, MeetingEvent, MeetingState } from '../../shared/protocol';
import {
  receiveEvents,
  receiveResync,
  resetMeetingStore,
  useMeetingApartFromPlacements,
} from '../../client/src/meetingStore';

afterEach(() => resetMeetingStore());

const NOW = Date.parse('2026-11-23T09:00:00+01:00');
const facilitator: Actor = { role: 'facilitator' };

describe('a view that shows no token', () => {
  it('is not redrawn by placements, and is by a change to the agenda', () => {
    let n = 0;
    const newId = () => `id${++n}`;
    let state: MeetingState = reduce(
      BLANK_MEETING,
      meetingCreated({ name: 'Lärträff 2', date: '2026-11-23', municipalities: [{ name: 'Ystad' }] }, 'm1', 'BWKQYF', {
        now: NOW,
        newId,
      }),
    );
    let seq = 1;
    const run = (command: Command, actor: Actor = facilitator): MeetingEvent[] => {
      const decision = decide(state, command, actor, { now: NOW, newId });
      if (!decision.ok) throw new Error(JSON.stringify(decision));
      state = decision.events.reduce(reduce, state);
      return decision.events;
    };
    const deliver = (events: MeetingEvent[]) =>
      act(() => void receiveEvents(events.map((event) => ({ seq: ++seq, event }))));

    // Three people and an open statement, before the view loads.
    const people = ['Anna', 'Bo', 'Cia'].map((name) => {
      run({ type: 'join', name, municipality: 'Ystad' }, { role: 'guest' });
      return state.participants.at(-1)!.id;
    });
    run({
      type: 'createExercise',
      kind: 'checkIn',
      title: 'Incheckning',
      anonymous: false,
      hiddenUntilReveal: false,
      statements: [{ text: 'Vi har ett EOR', board: { kind: 'line', cards: [{ label: 'Ja', x: 0.5, y: 0.5 }] } }],
    });
    const statementId = state.exercises[0]!.statements[0]!.id;
    run({ type: 'openStatement', statementId });
    act(() => void receiveResync({ ok: true, kind: 'snapshot', seq, state }));

    let draws = 0;
    function Probe() {
      draws++;
      const view = useMeetingApartFromPlacements();
      return <p>{view.agenda.length} programpunkter</p>;
    }
    render(<Probe />);
    const before = draws;
    expect(screen.getByText(`${state.agenda.length} programpunkter`)).toBeTruthy();

    for (const [i, participantId] of people.entries())
      deliver(run({ type: 'place', statementId, x: 0.2 * (i + 1), y: 0.5 }, { role: 'participant', participantId }));
    expect(state.placements).toHaveLength(3);
    expect(draws).toBe(before);

    deliver(run({ type: 'skipSegment', segmentId: state.agenda.at(-1)!.id, skipped: true }));
    expect(draws).toBe(before + 1);
  });
});
