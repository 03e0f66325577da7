/**
 * When the room drops its tokens, every placement changes the phone's state;
 * the views that show no token (now and next, where to be, the tab's title)
 * should not redraw for each of them. `useMeetingApartFromPlacements` gives
 * them the state without its placements, redrawn only when something else
 * changes. The events are the real reducer's, from `decide`.
 */
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { resetMeetingStore, useMeetingApartFromPlacements } from '../../client/src/meetingStore';
import { replayedMeeting } from '../support/replayedMeeting';

afterEach(() => resetMeetingStore());

describe('a view that shows no token', () => {
  it('is not redrawn by placements, and is by a change to the agenda', () => {
    const day = replayedMeeting({ name: 'Lärträff 2', date: '2026-11-23', municipalities: [{ name: 'Ystad' }] });

    // Three people and an open statement, before the view loads.
    const people = ['Anna', 'Bo', 'Cia'].map((name) => day.join(name, 'Ystad'));
    const statementId = day.openCheckIn('Vi har ett EOR');
    day.load();

    let draws = 0;
    function Probe() {
      draws++;
      const view = useMeetingApartFromPlacements();
      return <p>{view.agenda.length} programpunkter</p>;
    }
    render(<Probe />);
    const before = draws;
    expect(screen.getByText(`${day.state.agenda.length} programpunkter`)).toBeTruthy();

    for (const [i, participantId] of people.entries())
      day.run({ type: 'place', statementId, x: 0.2 * (i + 1), y: 0.5 }, { role: 'participant', participantId });
    expect(day.state.placements).toHaveLength(3);
    expect(draws).toBe(before);

    day.run({ type: 'skipSegment', segmentId: day.state.agenda.at(-1)!.id, skipped: true });
    expect(draws).toBe(before + 1);
  });
});
