/**
 * The EOR feedback rounds over real sockets, on a real server with a fake
 * clock: Kluster Syd (Ystad, Skurup, Sjöbo) in Rum B and Kluster Öst
 * (Simrishamn, Tomelilla) in Rum C run at the same time, each from its
 * supervisor's link. The console, both supervisors and the projector follow
 * both rooms; a phone follows its own cluster's rounds.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { bestEstimate, remainingMs as shownOn, type ClockSample } from '../../shared/clock';
import { CLIENT_EVENTS, type FeedbackRun } from '../../shared/protocol';
import { remainingMs } from '../../shared/day/timer';
import { myRun } from '../../client/src/model/feedback';
import {
  closeAll,
  connect,
  createMeeting,
  joinByCode,
  resync,
  send,
  serverSeq,
  startServer,
  tokenFromLink,
  track,
  waitFor,
  welcomeOf,
  type CreatedMeeting,
  type MeetingSocket,
  type Mirror,
  type TestServer,
} from '../support/server';
import { endOfFirstPresentation } from '../support/commandSamples';
import { intoRounds as at, MIN, OST, ROUNDS_MEETING, SYD } from '../support/scriptedDay';

afterEach(closeAll);

interface Client {
  who: string;
  socket: MeetingSocket;
  view: Mirror;
}

async function client(who: string, socket: MeetingSocket): Promise<Client> {
  const view = track(socket);
  await view.ready;
  return { who, socket, view };
}

/** Who has the floor in `cluster` on this client's screen, and its timer. */
function runOn(c: Client, cluster: string): FeedbackRun {
  const id = c.view.state.clusters.find((x) => x.name === cluster)?.id;
  const run = c.view.state.feedbackRuns.find((r) => r.clusterId === id);
  if (!run) throw new Error(`${c.who} sees no rounds in ${cluster}`);
  return run;
}
const presenting = (c: Client, cluster: string) => {
  const run = runOn(c, cluster);
  const id = run.order[run.index];
  return `${c.view.state.municipalities.find((m) => m.id === id)?.name ?? 'nobody'} ${run.phase}`;
};

/** The day with both clusters set up; the supervisors open their links, Lena (Ystad) and Erik (Simrishamn) their phones. */
async function clusterDay(server: TestServer) {
  const meeting: CreatedMeeting = await createMeeting(server.url, ROUNDS_MEETING);
  const supervisorLink = (cluster: string) =>
    tokenFromLink(meeting.supervisorLinks.find((l) => l.name === cluster)!.link);
  const [lena, erik] = await Promise.all([
    joinByCode(server.url, meeting.code, 'Lena Nilsson', 'Ystad'),
    joinByCode(server.url, meeting.code, 'Erik Ek', 'Simrishamn'),
  ]);
  const facilitator = await client('facilitator', await connect(server.url, { token: meeting.facilitatorToken }));
  const karin = await client('Karin (Syd)', await connect(server.url, { token: supervisorLink(SYD) }));
  const per = await client('Per (Öst)', await connect(server.url, { token: supervisorLink(OST) }));
  const phones = [await client('Lena', lena.socket), await client('Erik', erik.socket)];
  const screen = await client('screen', await connect(server.url, { token: meeting.screenToken }));
  const clusterId = (name: string) => facilitator.view.state.clusters.find((c) => c.name === name)!.id;
  const team = [facilitator, karin, per];
  const everyone = [...team, ...phones, screen];
  /** Who follows a cluster's rounds: the team, the projector and that cluster's phone. */
  const following = (cluster: string) => [...team, screen, phones[cluster === SYD ? 0 : 1]!];
  /** Sends at `mmss` and expects ok. */
  const act = async (who: Client, command: object, mmss: string) => {
    server.clock.set(at(mmss));
    expect(await send(who.socket, command)).toMatchObject({ ok: true });
  };
  /** Every screen has caught up with the server's log. */
  const settled = async () => {
    const seq = await serverSeq(facilitator.socket);
    await waitFor(() => everyone.every((c) => c.view.seq === seq), 3_000, `everyone at seq ${seq}`);
  };
  return { meeting, facilitator, karin, per, phones, team, everyone, following, clusterId, act, settled };
}

describe('two clusters in parallel', () => {
  it('Karin pauses Kluster Syd at 3:10 while Per gives Kluster Öst a minute more: Syd shows 1:50 paused, Öst runs to 6:00, on every screen that follows them', async () => {
    const server = await startServer();
    const day = await clusterDay(server);
    await day.act(day.karin, { type: 'startFeedback', clusterId: day.clusterId(SYD) }, '0:00');
    await day.act(day.per, { type: 'startFeedback', clusterId: day.clusterId(OST) }, '0:00');
    await day.act(day.karin, { type: 'feedbackTimer', clusterId: day.clusterId(SYD), action: 'pause' }, '3:10');
    await day.act(day.per, { type: 'feedbackTimer', clusterId: day.clusterId(OST), action: 'plusMinute' }, '3:10');
    await day.settled();

    server.clock.set(at('4:30'));
    for (const c of day.following(SYD)) {
      expect([c.who, presenting(c, SYD), runOn(c, SYD).timer]).toEqual([
        c.who,
        'Ystad presentation',
        { status: 'paused', durationMs: 5 * MIN, remainingMs: 110_000 },
      ]);
    }
    for (const c of day.following(OST)) {
      expect([c.who, presenting(c, OST), runOn(c, OST).timer]).toEqual([
        c.who,
        'Simrishamn presentation',
        { status: 'running', durationMs: 6 * MIN, endsAt: at('6:00') },
      ]);
      expect(remainingMs(runOn(c, OST).timer, server.clock.now())).toBe(90_000);
    }
    // Each phone holds its own room's rounds only.
    expect(day.phones.map((c) => c.view.state.feedbackRuns.length)).toEqual([1, 1]);

    await day.act(day.karin, { type: 'feedbackTimer', clusterId: day.clusterId(SYD), action: 'resume' }, '4:30');
    await day.settled();
    for (const c of day.following(SYD))
      expect([c.who, runOn(c, SYD).timer]).toMatchObject([c.who, { status: 'running', endsAt: at('6:20') }]);
  });

  it("[A1] Karin sending a timer command for Kluster Öst, or Lena's phone for her own cluster, is forbidden and no screen changes", async () => {
    const server = await startServer();
    const day = await clusterDay(server);
    await day.act(day.per, { type: 'startFeedback', clusterId: day.clusterId(OST) }, '0:00');
    await day.act(day.karin, { type: 'startFeedback', clusterId: day.clusterId(SYD) }, '0:00');
    await day.settled();
    const before = await serverSeq(day.facilitator.socket);
    const runs = day.everyone.map((c) => c.view.state.feedbackRuns);

    server.clock.set(at('1:00'));
    const forbidden = { ok: false, error: { code: 'forbidden', message: expect.any(String) } };
    expect(
      await send(day.karin.socket, { type: 'feedbackTimer', clusterId: day.clusterId(OST), action: 'pause' }),
    ).toEqual(forbidden);
    expect(await send(day.karin.socket, endOfFirstPresentation(day.clusterId(OST)))).toEqual(forbidden);
    const [lena] = day.phones;
    expect(await send(lena!.socket, { type: 'feedbackTimer', clusterId: day.clusterId(SYD), action: 'pause' })).toEqual(
      forbidden,
    );
    expect(
      await send(lena!.socket, { type: 'phaseDue', clusterId: day.clusterId(SYD), index: 0, phase: 'presentation' }),
    ).toEqual(forbidden);

    expect(await serverSeq(day.facilitator.socket)).toBe(before);
    expect(day.everyone.map((c) => [c.who, c.view.seq])).toEqual(day.everyone.map((c) => [c.who, before]));
    expect(day.everyone.map((c) => c.view.state.feedbackRuns)).toEqual(runs);
  });
});

describe('auto-advance: the server moves the rounds on', () => {
  it("with auto-advance on, the presentation's end moves Kluster Syd to supervisor feedback by itself, and the log says 5:00 of 5:00", async () => {
    const server = await startServer();
    const day = await clusterDay(server);
    const syd = day.clusterId(SYD);
    await day.act(day.karin, { type: 'startFeedback', clusterId: syd }, '0:00');
    await day.act(day.karin, { type: 'setAutoAdvance', clusterId: syd, autoAdvance: true }, '0:05');
    expect(server.clock.pending).toBe(1);

    server.clock.set(at('5:00'));
    await waitFor(
      () => presenting(day.facilitator, SYD) === 'Ystad supervisor',
      3_000,
      'supervisor feedback on the console',
    );
    const [entry] = day.facilitator.view.state.timingLog;
    expect(entry).toMatchObject({ clusterId: syd, phase: 'presentation', plannedMs: 5 * MIN });
    expect(entry!.endedAt - entry!.startedAt).toBe(entry!.plannedMs);
    expect(runOn(day.facilitator, SYD).timer).toEqual({ status: 'running', durationMs: 5 * MIN, endsAt: at('10:00') });

    server.clock.set(at('10:20'));
    await waitFor(() => presenting(day.facilitator, SYD) === 'Ystad peers', 3_000, 'peer feedback on the console');
    await day.settled();
    for (const c of day.following(SYD)) expect([c.who, presenting(c, SYD)]).toEqual([c.who, 'Ystad peers']);
    for (const c of day.team)
      expect([c.who, c.view.state.timingLog.map((e) => e.phase)]).toEqual([c.who, ['presentation', 'supervisor']]);
  });

  it("[T4] −1 min five times 20 s into Ystad's presentation: every screen shows the supervisor's full 5:00 from 0:20, and the log says 0:20", async () => {
    const server = await startServer();
    const day = await clusterDay(server);
    const syd = day.clusterId(SYD);
    await day.act(day.karin, { type: 'startFeedback', clusterId: syd }, '0:00');
    await day.act(day.karin, { type: 'setAutoAdvance', clusterId: syd, autoAdvance: true }, '0:05');
    for (let i = 0; i < 5; i++)
      await day.act(day.karin, { type: 'feedbackTimer', clusterId: syd, action: 'minusMinute' }, '0:20');
    await waitFor(
      () => presenting(day.facilitator, SYD) === 'Ystad supervisor',
      3_000,
      'supervisor feedback on the console',
    );
    await day.settled();
    for (const c of day.following(SYD)) {
      expect([c.who, presenting(c, SYD)]).toEqual([c.who, 'Ystad supervisor']);
      expect([c.who, remainingMs(runOn(c, SYD).timer, at('0:20'))]).toEqual([c.who, 5 * MIN]);
    }
    expect(day.facilitator.view.state.timingLog).toMatchObject([
      { clusterId: syd, phase: 'presentation', startedAt: at('0:00'), endedAt: at('0:20') },
    ]);
  });

  it('with auto-advance off, the end passes and nothing moves: the presentation runs into overtime on every screen', async () => {
    const server = await startServer();
    const day = await clusterDay(server);
    const syd = day.clusterId(SYD);
    await day.act(day.karin, { type: 'startFeedback', clusterId: syd }, '0:00');
    await day.act(day.karin, { type: 'setAutoAdvance', clusterId: syd, autoAdvance: true }, '0:05');
    await day.act(day.karin, { type: 'setAutoAdvance', clusterId: syd, autoAdvance: false }, '0:10');
    await day.settled();
    const before = await serverSeq(day.facilitator.socket);
    expect(server.clock.pending).toBe(0);

    server.clock.set(at('6:30'));
    // Nothing was scheduled, so nothing fired at 5:00: the log has not grown.
    expect(await serverSeq(day.facilitator.socket)).toBe(before);
    for (const c of day.following(SYD)) {
      expect([c.who, presenting(c, SYD), c.view.seq]).toEqual([c.who, 'Ystad presentation', before]);
      expect(remainingMs(runOn(c, SYD).timer, server.clock.now())).toBe(-90_000);
    }
    expect(day.facilitator.view.state.timingLog).toEqual([]);
  });
});

describe('[G4] the rounds end with their cluster work', () => {
  it('"Nästa programpunkt" to Lunch 8:06 into the questions to Skurup: Lena\'s phone leaves the rounds and the queue, every screen shows them over, the scheduled phase end is gone', async () => {
    const server = await startServer();
    const day = await clusterDay(server);
    const team = day.facilitator.view.state;
    const cluster = team.agenda.find((x) => x.kind === 'clusterWork')!;
    await day.act(day.facilitator, { type: 'goToSegment', fromSegmentId: null, segmentId: cluster.id }, '0:00');
    const order = ['Skurup', 'Ystad', 'Sjöbo'].map((n) => team.municipalities.find((m) => m.name === n)!.id);
    await day.act(day.karin, { type: 'startFeedback', clusterId: day.clusterId(SYD), order }, '0:00');
    for (const [mmss, phase] of [
      ['5:00', 'presentation'],
      ['10:00', 'supervisor'],
    ] as const) {
      const from = { index: 0, phase };
      await day.act(day.karin, { type: 'feedbackStep', clusterId: day.clusterId(SYD), direction: 'next', from }, mmss);
    }
    await day.act(day.karin, { type: 'setAutoAdvance', clusterId: day.clusterId(SYD), autoAdvance: true }, '10:10');
    await day.act(day.phones[0]!, { type: 'raiseHand', clusterId: day.clusterId(SYD), text: 'Hur gick det?' }, '12:00');
    await day.settled();
    const lena = day.phones[0]!;
    const lenaId = welcomeOf(lena.socket).actor.participantId;
    expect(myRun(lena.view.state, lenaId)?.queue.map((q) => q.text)).toEqual(['Hur gick det?']);
    expect(server.clock.pending).toBe(1);

    await day.act(day.facilitator, { type: 'advanceAgenda', fromSegmentId: cluster.id }, '18:06');
    await day.settled();
    expect(myRun(lena.view.state, lenaId)).toBeUndefined();
    for (const c of day.following(SYD)) {
      expect(presenting(c, SYD)).toBe('nobody reply');
      expect(runOn(c, SYD)).toMatchObject({ timer: { status: 'idle' }, queue: [] });
    }
    const logged = day.facilitator.view.state.timingLog.at(-1)!;
    expect([logged.phase, logged.endedAt - logged.startedAt]).toEqual(['peers', 8 * MIN + 6_000]);
    expect(server.clock.pending).toBe(0);
    const seq = await serverSeq(day.facilitator.socket);
    server.clock.set(at('25:00'));
    await server.clock.settled();
    expect(await serverSeq(day.facilitator.socket)).toBe(seq);
  });
});

describe('[D1] the server restarts mid-phase', () => {
  it("closed 2:30 into Ystad's presentation, a new server on the same file shows the same end, and still moves on at 5:00", async () => {
    const first = await startServer();
    const day = await clusterDay(first);
    const syd = day.clusterId(SYD);
    await day.act(day.karin, { type: 'startFeedback', clusterId: syd }, '0:00');
    await day.act(day.karin, { type: 'setAutoAdvance', clusterId: syd, autoAdvance: true }, '0:05');
    await day.settled();
    first.clock.set(at('2:30'));
    const before = runOn(day.facilitator, SYD);
    await first.close();

    const second = await startServer({ file: first.file, clock: first.clock, seed: 2 });
    // As server/main.ts does on start: load every meeting, so running phases are scheduled again.
    await second.app.meetings.resumeAll();
    expect(second.clock.pending).toBe(1);
    const reopened = await client('facilitator', await connect(second.url, { token: day.meeting.facilitatorToken }));
    const snapshot = await resync(reopened.socket, 0);
    if (!snapshot.ok || snapshot.kind !== 'snapshot') throw new Error('expected a snapshot');
    expect(snapshot.state.feedbackRuns.find((r) => r.clusterId === syd)?.timer).toEqual(before.timer);
    expect(runOn(reopened, SYD)).toEqual(before);
    expect(remainingMs(runOn(reopened, SYD).timer, second.clock.now())).toBe(150_000);

    second.clock.set(at('5:00'));
    await waitFor(() => presenting(reopened, SYD) === 'Ystad supervisor', 3_000, 'the new server to move on');
    expect(reopened.view.state.timingLog).toMatchObject([
      { clusterId: syd, phase: 'presentation', startedAt: at('0:00'), endedAt: at('5:00') },
    ]);
  });
});

describe('phones with skewed clocks agree', () => {
  it("Lena's phone runs 10 minutes slow, the console's laptop is right: after pinging the server both show the same time left", async () => {
    const server = await startServer();
    const day = await clusterDay(server);
    await day.act(day.karin, { type: 'startFeedback', clusterId: day.clusterId(SYD) }, '0:00');
    await day.settled();
    server.clock.set(at('1:00'));

    /** A device whose clock is `skewMs` off the server's; it pings twice, one ping held up 400 ms on the way back. */
    const device = async (socket: MeetingSocket, skewMs: number) => {
      const deviceNow = () => server.clock.now() + skewMs;
      const samples: ClockSample[] = [];
      for (const delay of [400, 0]) {
        const sentAt = deviceNow();
        const serverNow = await socket.timeout(5_000).emitWithAck(CLIENT_EVENTS.time, sentAt);
        server.clock.advance(delay);
        samples.push({ sentAt, receivedAt: deviceNow(), serverNow });
      }
      return { deviceNow, estimate: bestEstimate(samples)! };
    };
    const laptop = await device(day.facilitator.socket, 0);
    const phone = await device(day.phones[0]!.socket, -10 * MIN);
    expect(phone.estimate).toEqual({ offsetMs: 10 * MIN, roundTripMs: 0 });

    const shown = (d: typeof laptop, c: Client) => {
      const timer = runOn(c, SYD).timer;
      if (timer.status !== 'running') throw new Error(`${c.who}: the timer is not running`);
      return shownOn(timer.endsAt, d.deviceNow(), d.estimate.offsetMs);
    };
    // What the server itself has left; each device's slow ping took 400 ms of server time.
    const left = remainingMs(runOn(day.facilitator, SYD).timer, server.clock.now());
    expect(left).toBe(4 * MIN - 800);
    expect([shown(laptop, day.facilitator), shown(phone, day.phones[0]!)]).toEqual([left, left]);
    // Read off its own clock, the slow phone would show ten minutes too many.
    expect(shownOn(at('5:00'), phone.deviceNow(), 0)).toBe(left + 10 * MIN);
  });
});
