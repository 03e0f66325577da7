/**
 * A fallback for the rounds, over real sockets on a real server: Karin, who
 * supervises Kluster Syd, is late, so the console runs Syd's rounds [T6]; when
 * she comes she opens her link on the tablet and on her phone at once [A10].
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FeedbackRun } from '../../shared/protocol';
import { remainingMs } from '../../shared/day/timer';
import {
  closeAll,
  connect,
  createMeeting,
  inboxOf,
  joinByCode,
  send,
  startServer,
  stateHash,
  tokenFromLink,
  track,
  waitFor,
  type MeetingSocket,
  type Mirror,
  type TestServer,
} from '../support/server';
import { endOfFirstPresentation } from '../support/commandSamples';
import { MIN, OST, ROUNDS_MEETING, SYD } from '../support/scriptedDay';

afterEach(closeAll);

async function clusterDay(server: TestServer) {
  const meeting = await createMeeting(server.url, ROUNDS_MEETING);
  const linkOf = (cluster: string) => tokenFromLink(meeting.supervisorLinks.find((l) => l.name === cluster)!.link);
  const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
  const console_ = track(facilitator);
  await console_.ready;
  const clusterId = (name: string) => console_.state.clusters.find((c) => c.name === name)!.id;
  return { meeting, facilitator, console: console_, linkOf, clusterId };
}

const runIn = (view: Mirror, clusterId: string): FeedbackRun | undefined =>
  view.state.feedbackRuns.find((r) => r.clusterId === clusterId);
const presenting = (view: Mirror, clusterId: string) => {
  const run = runIn(view, clusterId);
  if (!run) return 'no rounds';
  const id = run.order[run.index];
  return `${view.state.municipalities.find((m) => m.id === id)?.name ?? 'nobody'} ${run.phase}`;
};

async function mirror(socket: MeetingSocket): Promise<Mirror> {
  const view = track(socket);
  await view.ready;
  return view;
}

describe("[T6] the console runs a cluster's rounds when its supervisor is not there", () => {
  it("[T6] Karin is late: the console starts Syd's rounds, moves on and pauses, and Lena's phone and the projector follow", async () => {
    const server = await startServer();
    const { meeting, facilitator, console: consoleView, clusterId } = await clusterDay(server);
    const syd = clusterId(SYD);
    const lena = await mirror((await joinByCode(server.url, meeting.code, 'Lena Nilsson', 'Ystad')).socket);
    const projector = await mirror(await connect(server.url, { token: meeting.screenToken }));

    expect(await send(facilitator, { type: 'startFeedback', clusterId: syd })).toMatchObject({ ok: true });
    server.clock.advance(4 * MIN);
    expect(await send(facilitator, endOfFirstPresentation(syd))).toMatchObject({ ok: true });
    server.clock.advance(MIN);
    expect(await send(facilitator, { type: 'feedbackTimer', clusterId: syd, action: 'pause' })).toMatchObject({
      ok: true,
    });

    for (const view of [consoleView, lena, projector]) {
      await waitFor(() => presenting(view, syd) === 'Ystad supervisor' && runIn(view, syd)?.timer.status === 'paused');
      // The supervisor's phase (5 min) paused after one: 4:00 left on every screen.
      expect(remainingMs(runIn(view, syd)!.timer, server.clock.now())).toBe(4 * MIN);
    }
    // The timing log records the presentation the console ended, as it would the tablet's.
    expect(consoleView.state.timingLog).toMatchObject([{ clusterId: syd, phase: 'presentation', plannedMs: 5 * MIN }]);
  });

  it('[T6] when Karin opens her link she takes over where the console left, and Per still cannot touch Syd [T3]', async () => {
    const server = await startServer();
    const { facilitator, linkOf, clusterId } = await clusterDay(server);
    const syd = clusterId(SYD);
    await send(facilitator, { type: 'startFeedback', clusterId: syd });
    const karin = await connect(server.url, { token: linkOf(SYD) });
    const tablet = await mirror(karin);
    expect(presenting(tablet, syd)).toBe('Ystad presentation');
    expect(await send(karin, endOfFirstPresentation(syd))).toMatchObject({ ok: true });
    await waitFor(() => presenting(tablet, syd) === 'Ystad supervisor');

    const per = await connect(server.url, { token: linkOf(OST) });
    expect(await send(per, { type: 'feedbackTimer', clusterId: syd, action: 'pause' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe("[A10] one supervisor's link open on two devices", () => {
  it("[A10] the tablet and the phone on Karin's link both stay connected, see the same rounds, and both can run them", async () => {
    const server = await startServer();
    const { console: consoleView, linkOf, clusterId } = await clusterDay(server);
    const syd = clusterId(SYD);
    const tabletSocket = await connect(server.url, { token: linkOf(SYD) });
    const tablet = await mirror(tabletSocket);
    const phoneSocket = await connect(server.url, { token: linkOf(SYD) });
    const phone = await mirror(phoneSocket);
    // The second device is welcome: nothing tells the first to go.
    expect(tabletSocket.connected && phoneSocket.connected).toBe(true);

    expect(await send(tabletSocket, { type: 'startFeedback', clusterId: syd })).toMatchObject({ ok: true });
    server.clock.advance(2 * MIN);
    expect(await send(phoneSocket, { type: 'feedbackTimer', clusterId: syd, action: 'pause' })).toMatchObject({
      ok: true,
    });
    await waitFor(() => runIn(tablet, syd)?.timer.status === 'paused', 3_000, 'the tablet to see the pause');
    server.clock.advance(MIN);
    expect(await send(tabletSocket, { type: 'feedbackTimer', clusterId: syd, action: 'resume' })).toMatchObject({
      ok: true,
    });
    await waitFor(() => runIn(phone, syd)?.timer.status === 'running', 3_000, 'the phone to see the resume');

    await waitFor(() => tablet.seq === phone.seq && phone.seq === consoleView.seq);
    expect(stateHash(tablet.state)).toBe(stateHash(phone.state));
    expect(remainingMs(runIn(phone, syd)!.timer, server.clock.now())).toBe(3 * MIN);
    expect(tabletSocket.connected && phoneSocket.connected).toBe(true);
    const errors = (socket: MeetingSocket) => inboxOf(socket).filter((m) => /error|refused|kick/i.test(m.event));
    expect([...errors(tabletSocket), ...errors(phoneSocket)]).toEqual([]);
  });

  it('[A10] [D4] "Nästa fas" sent from both devices with one commandId moves the rounds one phase, logged once', async () => {
    const server = await startServer();
    const { console: consoleView, linkOf, clusterId } = await clusterDay(server);
    const syd = clusterId(SYD);
    const tabletSocket = await connect(server.url, { token: linkOf(SYD) });
    const phoneSocket = await connect(server.url, { token: linkOf(SYD) });
    await send(tabletSocket, { type: 'startFeedback', clusterId: syd });
    await waitFor(() => presenting(consoleView, syd) === 'Ystad presentation');
    const next = { ...endOfFirstPresentation(syd), commandId: 'karin-next-0123456789' };
    const [fromTablet, fromPhone] = await Promise.all([send(tabletSocket, next), send(phoneSocket, next)]);
    expect(fromTablet).toMatchObject({ ok: true });
    expect(fromPhone).toEqual(fromTablet);
    await waitFor(() => consoleView.seq === (fromTablet.ok ? fromTablet.seq : -1));
    expect(presenting(consoleView, syd)).toBe('Ystad supervisor');
    expect(consoleView.state.timingLog).toHaveLength(1);

    // The same tap made twice by hand (two ids) is a stale intent the second time (E3): still one phase.
    const again = { ...next, commandId: 'karin-next-9876543210' };
    expect(await send(phoneSocket, again)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(presenting(consoleView, syd)).toBe('Ystad supervisor');
  });
});
