/**
 * The queue of raised hands in Kluster Syd's peer feedback, on Ahmed's phone
 * (Skurup) and on Karin's tablet: Ystad presents, Ahmed asks. The meeting is
 * built with `decide` and `reduce`, as the server builds it.
 */
import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FeedbackControls } from '../../client/src/components/feedback/FeedbackControls';
import { PhoneFeedback } from '../../client/src/components/feedback/PhoneFeedback';
import { useMeetingStore } from '../../client/src/meetingStore';
import type { MeetingState } from '../../shared/day/meeting';
import type { Actor, Command } from '../../shared/protocol';
import { decidedDay } from '../support/scriptedDay';

const AT = Date.parse('2026-11-23T11:00:00+01:00');

/** Kluster Syd in its peers after Ystad's presentation and the supervisor's word; Ahmed (Skurup) has a phone. */
function ystadsPeers() {
  const day = decidedDay({
    request: { clusters: [{ name: 'Kluster Syd', municipalities: ['Ystad', 'Skurup'], supervisor: 'Karin Lind' }] },
    createdAt: AT - 60_000,
    sendAt: AT,
  });
  day.run({ type: 'join', name: 'Ahmed', municipality: 'Skurup' }, AT, { role: 'guest' });
  const clusterId = day.state.clusters[0]!.id;
  const ahmed = day.state.participants[0]!.id;
  day.run({ type: 'startFeedback', clusterId });
  const supervisor: Actor = { role: 'supervisor', clusterId };
  for (let i = 0; i < 2; i++) {
    const run = day.state.feedbackRuns[0]!;
    day.run(
      { type: 'feedbackStep', clusterId, direction: 'next', from: { index: run.index, phase: run.phase } },
      AT,
      supervisor,
    );
  }
  /** `actor` sends `command`; the meeting after it. */
  const send = (command: Command, actor: Actor): MeetingState => {
    day.run(command, AT, actor);
    return day.state;
  };
  return {
    clusterId,
    ahmed,
    state: () => day.state,
    raiseHand: () =>
      send({ type: 'raiseHand', clusterId, text: 'Hur mäter ni det?' }, { role: 'participant', participantId: ahmed }),
    take: () => send({ type: 'takeQuestion', clusterId, itemId: day.state.feedbackRuns[0]!.queue[0]!.id }, supervisor),
  };
}

/** The views' commands are not under test here: the meeting moves through `decide` above. */
const unsent = async () => ({ ok: true as const, seq: 1 });
const unrun = async () => true;

describe("Ahmed's raised hand", () => {
  it('[W4] the place in the queue is said aloud: it appears in a status region that was already there', () => {
    const room = ystadsPeers();
    useMeetingStore.setState({ state: room.state(), actor: { role: 'participant', participantId: room.ahmed } });
    render(<PhoneFeedback actions={{ send: unsent, drag: () => {} }} />);
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement();
    act(() => useMeetingStore.setState({ state: room.raiseHand() }));
    expect(screen.getByRole('status')).toBe(status);
    expect(status).toHaveTextContent('Du står i kön som nummer 1.');
  });

  it('[L3] on the tablet the button says what it does; once done the question reads as taken, with no button', () => {
    const room = ystadsPeers();
    room.raiseHand();
    useMeetingStore.setState({ state: room.state(), actor: { role: 'supervisor', clusterId: room.clusterId } });
    const show = () =>
      render(<FeedbackControls cluster={room.state().clusters[0]!} run={room.state().feedbackRuns[0]} send={unrun} />);
    const { unmount } = show();
    const queue = within(screen.getByRole('region', { name: /^Frågor och kommentarer/ }));
    expect(queue.getByRole('button', { name: 'Markera som tagen: Ahmed' })).toHaveTextContent('Markera som tagen');
    unmount();
    useMeetingStore.setState({ state: room.take() });
    show();
    const taken = screen.getByRole('region', { name: /^Frågor och kommentarer/ });
    expect(within(taken).queryByRole('button')).toBeNull();
    expect(taken).toHaveTextContent('Ahmed (Skurup): Hur mäter ni det? · tagen');
  });
});
