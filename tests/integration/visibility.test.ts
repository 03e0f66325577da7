/**
 * [V2] The team's check-in and the evaluator's notes, at the socket level:
 * what a participant's phone, the projector and a guest at the join form
 * actually receive, byte for byte, while the team writes private things.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SERVER_EVENTS, type ResyncAck, type SequencedEvent } from '../../shared/protocol';
import {
  accepted,
  closeAll,
  connect,
  createMeeting,
  inboxOf,
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
  type Joined,
  type MeetingSocket,
  type Mirror,
  type TestServer,
} from '../support/server';

/** What the team writes that nobody outside the team may read. */
const PRIVATE = ['Jag sov dåligt', 'Orolig för Kungsbacka', 'Anna verkade frånvarande', 'Jag har ont i huvudet'];

let server: TestServer;
let meeting: CreatedMeeting;
let facilitator: MeetingSocket;
let evaluator: MeetingSocket;
let screen: MeetingSocket;
let guest: MeetingSocket;
let anna: Joined;
let views: { facilitator: Mirror; evaluator: Mirror; screen: Mirror; anna: Mirror };
/** Every resync answer the guest got. */
let guestResyncs: ResyncAck[];

beforeEach(async () => {
  server = await startServer();
  meeting = await createMeeting(server.url);
  anna = await joinByCode(server.url, meeting.code, 'Anna Svensson', 'Trelleborg');
  facilitator = await connect(server.url, { token: meeting.facilitatorToken });
  evaluator = await connect(server.url, { token: tokenFromLink(meeting.evaluatorLink) });
  screen = await connect(server.url, { token: meeting.screenToken });
  guest = await connect(server.url, { code: meeting.code });
  views = {
    facilitator: track(facilitator),
    evaluator: track(evaluator),
    screen: track(screen),
    anna: track(anna.socket),
  };
  await Promise.all(Object.values(views).map((v) => v.ready));
  guestResyncs = [await resync(guest, 0)];
});

afterEach(closeAll);

/** The team's morning: check-ins, a note, and a public "next" in between. Returns the seqs of the hidden events. */
async function teamMorning(): Promise<number[]> {
  const hidden: number[] = [];
  hidden.push(
    await accepted(facilitator, {
      type: 'enterTeamRound',
      round: 'checkIn',
      name: 'Eva',
      feeling: PRIVATE[0],
      focus: 'Hålla tiden',
    }),
  );
  await accepted(facilitator, { type: 'advanceAgenda', fromSegmentId: null });
  hidden.push(
    await accepted(evaluator, {
      type: 'enterTeamRound',
      round: 'checkIn',
      name: 'Kim',
      feeling: 'Pigg',
      focus: PRIVATE[1],
    }),
  );
  hidden.push(await accepted(evaluator, { type: 'addTeamNote', kind: 'observation', text: PRIVATE[2] }));
  return hidden;
}

/** Waits until every mirror is at the server's seq. */
async function everyoneCaughtUp(mirrors: Mirror[]): Promise<number> {
  const seq = await serverSeq(facilitator);
  await waitFor(() => mirrors.every((m) => m.seq === seq), 3_000, `every mirror at seq ${seq}`);
  return seq;
}

const leaks = (received: unknown) => PRIVATE.filter((text) => JSON.stringify(received).includes(text));

/** Every sequenced event in the raw `events` batches a socket received. */
const receivedEvents = (socket: MeetingSocket): SequencedEvent[] =>
  inboxOf(socket)
    .filter((m) => m.event === SERVER_EVENTS.events)
    .flatMap((m) => (m.args[0] as { events: SequencedEvent[] }).events);

describe('[V2] the team check-in stays in the team', () => {
  it("the evaluator's link connects as the evaluator", () => {
    expect(welcomeOf(evaluator).actor).toEqual({ role: 'evaluator' });
  });

  it("nothing Anna's phone, the projector or a guest receives contains what the team wrote; the team's mirrors have all of it", async () => {
    await teamMorning();
    await everyoneCaughtUp(Object.values(views));
    guestResyncs.push(await resync(guest, 0), await resync(guest, 2));

    expect(leaks({ inbox: inboxOf(anna.socket), resyncs: views.anna.resyncs })).toEqual([]);
    expect(leaks({ inbox: inboxOf(screen), resyncs: views.screen.resyncs })).toEqual([]);
    expect(leaks({ inbox: inboxOf(guest), resyncs: guestResyncs })).toEqual([]);

    for (const team of [views.facilitator, views.evaluator]) {
      expect(team.state.teamEntries.map((e) => [e.name, e.feeling, e.focus])).toEqual([
        ['Eva', PRIVATE[0], 'Hålla tiden'],
        ['Kim', 'Pigg', PRIVATE[1]],
      ]);
      expect(team.state.teamNotes.map((n) => n.text)).toEqual([PRIVATE[2]]);
    }
    expect(leaks(inboxOf(evaluator))).toEqual(PRIVATE.slice(0, 3));
  });

  it("[S3] Anna's phone gets each hidden event as a bare {seq}, so its seq keeps up and no gap is reported", async () => {
    const hidden = await teamMorning();
    const seq = await everyoneCaughtUp(Object.values(views));

    const got = receivedEvents(anna.socket);
    expect(got.filter((e) => e.event === undefined)).toEqual(hidden.map((s) => ({ seq: s })));
    expect(got.map((e) => e.seq)).toEqual(Array.from({ length: got.length }, (_, i) => seq - got.length + 1 + i));
    expect(views.anna.resyncs).toHaveLength(1);
    expect(views.screen.seq).toBe(seq);
    expect(views.anna.state.currentSegmentId).toBe(views.facilitator.state.currentSegmentId);
  });

  it("[S1] the phone's and projector's mirrors equal what a fresh resync gives them: no team material at all", async () => {
    await teamMorning();
    await everyoneCaughtUp(Object.values(views));
    for (const [socket, view] of [
      [anna.socket, views.anna],
      [screen, views.screen],
    ] as const) {
      const fresh = await resync(socket, 0);
      expect(fresh.ok && fresh.kind === 'snapshot' && { seq: fresh.seq, state: fresh.state }).toEqual({
        seq: view.seq,
        state: view.state,
      });
      expect(view.state).toMatchObject({ teamEntries: [], teamNotes: [] });
    }
  });
});

describe('[V2] [S1] a phone that was away while the team wrote', () => {
  it("Anna's phone sleeps, the team writes, the day moves on; she reconnects and catches up without the private text", async () => {
    await teamMorning();
    const seqBefore = await everyoneCaughtUp(Object.values(views));
    anna.socket.disconnect();

    const hidden = [
      await accepted(facilitator, {
        type: 'enterTeamRound',
        round: 'checkIn',
        name: 'Lars',
        feeling: PRIVATE[3],
        focus: '',
      }),
    ];
    await accepted(facilitator, { type: 'advanceAgenda', fromSegmentId: views.facilitator.state.currentSegmentId });
    hidden.push(
      await accepted(evaluator, { type: 'addTeamNote', kind: 'feedback', text: `${PRIVATE[0]} – sa Eva igen` }),
    );
    const seq = await everyoneCaughtUp([views.facilitator, views.evaluator, views.screen]);
    expect(views.anna.seq).toBe(seqBefore);

    anna.socket.connect();
    await waitFor(() => views.anna.seq === seq, 3_000, 'Anna caught up');
    const catchUp = views.anna.resyncs.at(-1)!;
    expect(catchUp.ok && catchUp.kind).toBe('events');
    const events = catchUp.ok && catchUp.kind === 'events' ? catchUp.events : [];
    expect(events.map((e) => e.seq)).toEqual([seqBefore + 1, seqBefore + 2, seqBefore + 3]);
    expect(events.filter((e) => !e.event)).toEqual(hidden.map((s) => ({ seq: s })));
    expect(leaks(views.anna.resyncs)).toEqual([]);
    expect(leaks(inboxOf(anna.socket))).toEqual([]);

    const fresh = await resync(anna.socket, 0);
    expect(leaks(fresh)).toEqual([]);
    expect(fresh.ok && fresh.kind === 'snapshot' && fresh.state).toEqual(views.anna.state);
    expect(views.anna.state.currentSegmentId).toBe(views.facilitator.state.currentSegmentId);
    expect(leaks(views.facilitator.state)).toEqual(PRIVATE);
  });

  it('Omar, joining after the team check-in, loads a snapshot without it', async () => {
    await teamMorning();
    const omar: Joined = await joinByCode(server.url, meeting.code, 'Omar Haddad', 'Kungsbacka');
    const omarView = track(omar.socket);
    await omarView.ready;
    expect(omarView.resyncs[0]).toMatchObject({
      ok: true,
      kind: 'snapshot',
      state: { teamEntries: [], teamNotes: [] },
    });
    expect(leaks({ inbox: inboxOf(omar.socket), resyncs: omarView.resyncs })).toEqual([]);
    expect(omarView.state.participants.map((p) => p.name)).toEqual(['Anna Svensson', 'Omar Haddad']);
  });
});

describe("[V5] [V2] the supervisor's tablet is the cluster room's screen", () => {
  /** A meeting with a cluster, its supervisor's tablet connected and followed. */
  async function withTablet() {
    const clustered = await createMeeting(server.url, {
      name: 'Lärträff 3',
      date: '2026-11-23',
      municipalities: [{ name: 'Ystad' }, { name: 'Skurup' }],
      clusters: [{ name: 'Kluster Syd', municipalities: ['Ystad', 'Skurup'], supervisor: 'Karin Lind', room: 'B' }],
    });
    const lead = await connect(server.url, { token: clustered.facilitatorToken });
    const team = await connect(server.url, { token: tokenFromLink(clustered.evaluatorLink) });
    const supervisorToken = tokenFromLink(clustered.supervisorLinks[0]!.link);
    const tablet = await connect(server.url, { token: supervisorToken });
    const tabletView = track(tablet);
    const leadView = track(lead);
    await Promise.all([tabletView.ready, leadView.ready]);
    return { clustered, lead, team, tablet, tabletView, leadView, supervisorToken };
  }

  it("while the team checks in and the evaluator writes, the tablet's socket receives none of it: bare {seq} only", async () => {
    const { lead, team, tablet, tabletView, leadView } = await withTablet();
    const hidden = [
      await accepted(lead, { type: 'enterTeamRound', round: 'checkIn', name: 'Eva', feeling: PRIVATE[0], focus: '' }),
      await accepted(team, { type: 'addTeamNote', kind: 'observation', text: PRIVATE[2] }),
    ];
    await accepted(lead, { type: 'advanceAgenda', fromSegmentId: null });
    const seq = await serverSeq(lead);
    await waitFor(() => tabletView.seq === seq && leadView.seq === seq, 3_000, 'both at the last seq');

    const got = receivedEvents(tablet);
    expect(got.map((e) => e.event?.type).filter((t) => t === 'teamRoundEntered' || t === 'teamNoteAdded')).toEqual([]);
    expect(got.filter((e) => hidden.includes(e.seq))).toEqual(hidden.map((s) => ({ seq: s })));
    expect(leaks({ inbox: inboxOf(tablet), resyncs: tabletView.resyncs })).toEqual([]);
    expect(tabletView.state).toMatchObject({ teamEntries: [], teamNotes: [] });
    expect(tabletView.state.currentSegmentId).toBe(leadView.state.currentSegmentId);
    // The console still has it all.
    expect(leadView.state.teamEntries.map((e) => e.feeling)).toEqual([PRIVATE[0]]);
  });

  it('[S1] a fresh snapshot and a catch-up from seq 1 on the tablet hold no team round or note, and equal its mirror', async () => {
    const { lead, team, tablet, tabletView } = await withTablet();
    await accepted(lead, { type: 'enterTeamRound', round: 'checkIn', name: 'Eva', feeling: PRIVATE[0], focus: '' });
    await accepted(team, { type: 'addTeamNote', kind: 'feedback', text: PRIVATE[2] });
    const seq = await serverSeq(lead);
    await waitFor(() => tabletView.seq === seq, 3_000, 'tablet at the last seq');

    const fresh = await resync(tablet, 0);
    const catchUp = await resync(tablet, 1);
    expect(leaks({ fresh, catchUp })).toEqual([]);
    expect(fresh.ok && fresh.kind === 'snapshot' && { seq: fresh.seq, state: fresh.state }).toEqual({
      seq: tabletView.seq,
      state: tabletView.state,
    });
    expect(fresh.ok && fresh.kind === 'snapshot' && fresh.state).toMatchObject({ teamEntries: [], teamNotes: [] });
  });

  it("[A1] the tablet cannot enter the team's round, and its secret does not open the team's version of the report", async () => {
    const { clustered, tablet, supervisorToken } = await withTablet();
    expect(
      await send(tablet, { type: 'enterTeamRound', round: 'checkIn', name: 'Karin', feeling: 'Pigg', focus: '' }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const exportAs = (team: string) =>
      fetch(`${server.url}/api/meetings/${clustered.meetingId}/export/report.json${team}`, {
        headers: { authorization: `Bearer ${supervisorToken}` },
      });
    const teamVersion = await exportAs('?team=1');
    expect(teamVersion.status).toBe(403);
    expect(await teamVersion.json()).toMatchObject({ code: 'forbidden' });
    expect((await exportAs('')).status).toBe(200);
  });
});
