/**
 * A process holds the meetings in use, not every meeting it ever served: one
 * that no socket has open, unused for ten minutes and with no phase end to
 * fire, leaves memory, and comes back as it was on its next use (D7).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { IDLE_MS } from '../../server/meetings';
import { meetingDay } from '../support/meetingDay';
import { closeAll, connect, disconnected, send, snapshot, waitFor } from '../support/server';

afterEach(closeAll);

const MIN = 60_000;

describe('[D7] an idle meeting leaves memory', () => {
  it('with the console and projector gone for ten minutes it is dropped, and the console comes back to the same day', async () => {
    const day = await meetingDay();
    const { server, meeting, facilitator, screen } = day;
    const held = () => server.app.meetings.peek(meeting.meetingId);
    await day.command({ type: 'advanceAgenda', fromSegmentId: null });
    const before = await snapshot(facilitator);

    // Open on a socket: kept however long nothing happens.
    server.clock.advance(3 * IDLE_MS);
    expect(held()).toBeDefined();

    const gone = [disconnected(facilitator), disconnected(screen)];
    facilitator.disconnect();
    screen.disconnect();
    await Promise.all(gone);
    await waitFor(() => !server.app.io.sockets.adapter.rooms.size, 3_000, 'the sockets to leave');
    server.clock.advance(IDLE_MS - MIN);
    expect(held()).toBeDefined();
    server.clock.advance(2 * MIN);
    await waitFor(() => held() === undefined, 3_000, 'the idle meeting to leave memory');

    const again = await connect(server.url, { token: meeting.facilitatorToken });
    expect(await snapshot(again)).toEqual(before);
    expect(held()?.seq).toBe(before.seq);
    expect((await send(again, { type: 'advanceAgenda', fromSegmentId: before.state.currentSegmentId })).ok).toBe(true);
  });

  it('a round running on auto-advance stays, and its phase ends on time with nobody connected', async () => {
    const day = await meetingDay({
      meeting: {
        name: 'Lärträff 3',
        date: '2026-11-23',
        municipalities: [{ name: 'Ystad' }, { name: 'Skurup' }],
        clusters: [{ name: 'Kluster Syd', municipalities: ['Ystad', 'Skurup'], supervisor: 'Karin Lind' }],
      },
    });
    const { server, meeting, facilitator, screen, console: lead } = day;
    const clusterId = lead.state.clusters[0]!.id;
    await day.command({ type: 'startFeedback', clusterId });
    const started = await day.command({ type: 'setAutoAdvance', clusterId, autoAdvance: true });
    await waitFor(() => lead.seq >= started.seq, 3_000, 'the round on the console');
    const gone = [disconnected(facilitator), disconnected(screen)];
    facilitator.disconnect();
    screen.disconnect();
    await Promise.all(gone);

    // The presentation's five minutes end while nobody is connected: the server moves the round on.
    server.clock.advance(5 * MIN + 1);
    const phase = () => server.app.meetings.peek(meeting.meetingId)?.state.feedbackRuns[0]?.phase;
    await waitFor(() => phase() === 'supervisor', 3_000, 'the supervisor phase');
    server.clock.advance(IDLE_MS);
    await waitFor(() => phase() === 'peers', 3_000, "the other municipalities' questions");
    expect(server.app.meetings.peek(meeting.meetingId)).toBeDefined();
  });
});
