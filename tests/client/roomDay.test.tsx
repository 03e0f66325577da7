import { cleanup, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NowAndNext } from '../../client/src/components/NowAndNext';
import { setLanguage } from '../../client/src/i18n';
import { useMeetingStore } from '../../client/src/meetingStore';
import { BLANK_MEETING, meetingCreated, reduce, type MeetingState } from '../../shared/day/meeting';
import type { MeetingEvent } from '../../shared/protocol';

function standardDay(): MeetingState {
  let n = 0;
  const created = meetingCreated(
    { name: 'Lärträff 2', date: '2026-11-23', municipalities: [{ name: 'Trelleborg' }, { name: 'Ystad' }] },
    'meeting-1',
    'BWKQYF',
    { now: 0, newId: () => `id${++n}` },
  );
  return reduce(BLANK_MEETING, created);
}

/** The day run segment by segment up to (and into) the segment titled `title`; `thenEnd` finishes it. */
function dayAt(title: string, thenEnd = false): MeetingState {
  let state = standardDay();
  let at = 1;
  for (const segment of state.agenda) {
    const event: MeetingEvent = {
      type: 'segmentChanged',
      fromSegmentId: state.currentSegmentId,
      toSegmentId: segment.id,
      at: at++,
    };
    state = reduce(state, event);
    if (segment.title === title) break;
  }
  if (thenEnd) {
    state = reduce(state, {
      type: 'segmentChanged',
      fromSegmentId: state.currentSegmentId,
      toSegmentId: null,
      at,
    });
  }
  return state;
}

function showRoom(state: MeetingState) {
  useMeetingStore.setState({ state });
  render(<NowAndNext forRoom />);
  return within(screen.getByRole('region', { name: /^(Nu|Now)$/ }));
}

describe("the room's view of the team's own segments", () => {
  it('[G3] at 08:00 during the team check-in the phones say the team is preparing the day', () => {
    expect(showRoom(dayAt('Teamets incheckning')).getByText('Teamet förbereder dagen.')).toBeInTheDocument();
  });

  it('[G3] at 16:00 during the team check-out the phones thank the room and say the day is over', () => {
    const now = showRoom(dayAt('Teamets utcheckning'));
    expect(now.queryByText('Teamet förbereder dagen.')).not.toBeInTheDocument();
    expect(
      now.getByText('Dagen är slut för i dag. Tack för att ni var med – vi ses på nästa lärträff!'),
    ).toBeInTheDocument();
  });

  it('[G3] once the check-out is finished, before the team starts its own, the room is not told "we continue shortly"', () => {
    const now = showRoom(dayAt('Utcheckningsövning', true));
    expect(now.queryByText('Strax fortsätter vi.')).not.toBeInTheDocument();
    expect(now.getByText(/Dagen är slut för i dag/)).toBeInTheDocument();
  });

  it('[G3] in English the team check-out reads as the end of the day too', () => {
    setLanguage('en');
    expect(showRoom(dayAt('Teamets utcheckning')).getByText(/That is all for today/)).toBeInTheDocument();
  });

  it('[G3] the facilitator sees the team check-out itself', () => {
    useMeetingStore.setState({ state: dayAt('Teamets utcheckning') });
    render(<NowAndNext />);
    expect(within(screen.getByRole('region', { name: 'Nu' })).getByText('Teamets utcheckning')).toBeInTheDocument();
  });
});

describe('[L4] one way to write a time of day', () => {
  it('the planned start on the phones reads "09.00" in Swedish, as the projector writes its times, and "09:00" in English', () => {
    const now = showRoom(dayAt('Incheckningsövning'));
    expect(now.getByText(/Planerat/).textContent).toMatch(/Planerat \d\d\.\d\d, \d+ min/);
    cleanup();
    setLanguage('en');
    expect(showRoom(dayAt('Incheckningsövning')).getByText(/Planned/).textContent).toMatch(
      /Planned \d\d:\d\d, \d+ min/,
    );
  });
});

describe('[L5] Swedish content in the English UI', () => {
  it("the segment's title, typed by the team, is marked Swedish; the app's own words are English", () => {
    setLanguage('en');
    const now = showRoom(dayAt('Incheckningsövning'));
    expect(now.getByText('Incheckningsövning').closest('[lang]')).toHaveAttribute('lang', 'sv');
    expect(now.getByText(/Planned/).closest('[lang]')).toHaveAttribute('lang', 'en');
  });
});
