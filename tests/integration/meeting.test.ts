/**
 * The meeting day over real sockets: a facilitator, the projector screen and
 * participants' phones on one real server, each holding a mirror fed by the
 * shared reducer, as the browser client does.
 */
import { describe, expect, it } from 'vitest';
import { viewFor } from '../../shared/day/view';
import { CLIENT_EVENTS, type Actor } from '../../shared/protocol';
import { connect, joinByCode, send, track, waitFor, welcomeOf } from '../support/server';
import { eachTest, meetingDay } from '../support/meetingDay';

const day = eachTest(meetingDay);

/** What the server holds, as `actor` may see it. */
async function serverView(actor: Actor) {
  const live = await day.server.app.meetings.get(day.meeting.meetingId);
  if (!live) throw new Error('meeting not loaded');
  return { state: viewFor(live.state, actor), seq: live.seq };
}

/** The facilitator clicks "next" on what their console shows. */
/** The console's "Nästa", clicked on the agenda the console shows, as a person clicks it: after the last click has reached it. */
const next = async () => {
  const ack = await send(day.facilitator, { type: 'advanceAgenda', fromSegmentId: day.console.state.currentSegmentId });
  if (ack.ok) await waitFor(() => day.console.seq >= ack.seq, 3_000, 'the console at the click');
  return ack;
};

describe('the morning: people join by code and everyone sees it live', () => {
  it('[A3] Anna types the code, gets a participant token in the ack, and reconnects with it as herself', async () => {
    const guest = await connect(day.server.url, { code: day.meeting.code.toLowerCase() });
    expect(welcomeOf(guest).actor).toEqual({ role: 'guest' });
    const ack = await send(guest, { type: 'join', name: 'Anna Svensson', municipality: 'Trelleborg' });
    if (!ack.ok || !ack.join) throw new Error(`join refused: ${JSON.stringify(ack)}`);
    expect(ack.join.token.length).toBeGreaterThanOrEqual(16);
    guest.disconnect();

    const phone = await connect(day.server.url, { token: ack.join.token });
    expect(welcomeOf(phone)).toMatchObject({
      meetingId: day.meeting.meetingId,
      actor: { role: 'participant', participantId: ack.join.participantId },
    });
    const annaView = track(phone);
    await annaView.ready;
    expect(annaView.state.participants).toEqual([
      expect.objectContaining({ id: ack.join.participantId, name: 'Anna Svensson' }),
    ]);
  });

  it("[S1] three participants from two municipalities appear on the facilitator's console and the projector as they join", async () => {
    const anna = await joinByCode(day.server.url, day.meeting.code, 'Anna Svensson', 'Trelleborg');
    await waitFor(
      () => day.console.state.participants.length === 1 && day.projector.state.participants.length === 1,
      3_000,
      'Anna on the roster',
    );
    const omar = await joinByCode(day.server.url, day.meeting.code, 'Omar Haddad', 'trelleborg ');
    const lisa = await joinByCode(day.server.url, day.meeting.code, 'Lisa Berg', 'Kungsbacka');

    for (const view of [day.console, day.projector]) {
      await waitFor(() => view.state.participants.length === 3, 3_000, 'three on the roster');
      const byName = Object.fromEntries(
        view.state.participants.map((p) => [
          p.name,
          view.state.municipalities.find((m) => m.id === p.municipalityId)?.name,
        ]),
      );
      expect(byName).toEqual({ 'Anna Svensson': 'Trelleborg', 'Omar Haddad': 'Trelleborg', 'Lisa Berg': 'Kungsbacka' });
      expect(view.state.municipalities.map((m) => m.name)).toEqual(['Trelleborg', 'Kungsbacka']);
    }
    expect(new Set([anna.participantId, omar.participantId, lisa.participantId]).size).toBe(3);
    expect(day.console.state).toEqual((await serverView({ role: 'facilitator' })).state);
    expect(day.projector.state).toEqual((await serverView({ role: 'screen' })).state);
  });

  it('[S1] the facilitator starts the day and moves on: every phone, the projector and the console show the same segment', async () => {
    const people = await Promise.all([
      joinByCode(day.server.url, day.meeting.code, 'Anna Svensson', 'Trelleborg'),
      joinByCode(day.server.url, day.meeting.code, 'Omar Haddad', 'Trelleborg'),
      joinByCode(day.server.url, day.meeting.code, 'Lisa Berg', 'Kungsbacka'),
    ]);
    const phones = people.map((p) => ({ ...p, view: track(p.socket) }));
    await Promise.all(phones.map((p) => p.view.ready));
    const everyone = [day.console, day.projector, ...phones.map((p) => p.view)];
    const agenda = day.console.state.agenda;

    day.server.clock.set(Date.parse('2026-11-23T08:00:00+01:00'));
    expect(await next()).toMatchObject({ ok: true });
    await waitFor(
      () => everyone.every((v) => v.state.currentSegmentId === agenda[0]!.id),
      3_000,
      'team check-in everywhere',
    );

    day.server.clock.set(Date.parse('2026-11-23T08:31:00+01:00'));
    const ack = await next();
    expect(ack).toMatchObject({ ok: true });
    await waitFor(() => everyone.every((v) => v.state.currentSegmentId === agenda[1]!.id), 3_000, 'coffee everywhere');

    const coffee = phones[0]!.view.state.agenda[1]!;
    expect(coffee.title).toBe('Morgonkaffe och mingel');
    expect(coffee.actualStart).toBe(Date.parse('2026-11-23T08:31:00+01:00'));
    const truth = await serverView({ role: 'facilitator' });
    for (const view of everyone) expect(view.seq).toBe(truth.seq);
    for (const phone of phones) {
      expect(phone.view.state).toEqual(
        (await serverView({ role: 'participant', participantId: phone.participantId })).state,
      );
    }
  });
});

describe('one clock for every screen', () => {
  it("the welcome and the time ping carry the server's clock, not the phone's", async () => {
    day.server.clock.set(Date.parse('2026-11-23T09:15:00+01:00'));
    const phone = await connect(day.server.url, { code: day.meeting.code });
    expect(welcomeOf(phone).serverNow).toBe(Date.parse('2026-11-23T09:15:00+01:00'));
    day.server.clock.advance(90_000);
    const serverNow: unknown = await phone.timeout(3_000).emitWithAck(CLIENT_EVENTS.time, Date.now());
    expect(serverNow).toBe(Date.parse('2026-11-23T09:16:30+01:00'));
  });
});

describe('[E3] two facilitators click "next" at the same moment', () => {
  it('one gets ok, the other conflict, and the day moves exactly one step', async () => {
    const secondLaptop = await connect(day.server.url, { token: day.meeting.facilitatorToken });
    const secondView = track(secondLaptop);
    await secondView.ready;
    await next();
    await waitFor(() => secondView.state.currentSegmentId !== null, 3_000, 'the day started on both laptops');
    const seqBefore = (await serverView({ role: 'facilitator' })).seq;
    const teamCheckIn = day.console.state.agenda[0]!;

    const acks = await Promise.all([
      send(day.facilitator, { type: 'advanceAgenda', fromSegmentId: teamCheckIn.id }),
      send(secondLaptop, { type: 'advanceAgenda', fromSegmentId: teamCheckIn.id }),
    ]);
    const outcomes = acks.map((a) => (a.ok ? 'ok' : a.error.code)).sort();
    expect(outcomes).toEqual(['conflict', 'ok']);

    const truth = await serverView({ role: 'facilitator' });
    expect(truth.seq).toBe(seqBefore + 1);
    expect(truth.state.currentSegmentId).toBe(truth.state.agenda[1]!.id);
    expect(truth.state.agenda.filter((s) => s.actualStart !== undefined)).toHaveLength(2);
    await waitFor(
      () => [day.console, secondView, day.projector].every((v) => v.seq === truth.seq),
      3_000,
      'all laptops caught up',
    );
    expect(secondView.state.currentSegmentId).toBe(truth.state.agenda[1]!.id);
  });
});

describe('[S1] a phone that sleeps through part of the morning catches up', () => {
  it('misses three "next" clicks, resyncs from its last seq with exactly those three events, and sees what the facilitator sees', async () => {
    const anna = await joinByCode(day.server.url, day.meeting.code, 'Anna Svensson', 'Trelleborg');
    const annaView = track(anna.socket);
    await annaView.ready;
    await waitFor(() => day.console.state.participants.length === 1, 3_000, 'Anna on the roster');
    const lastSeq = annaView.seq;

    anna.socket.disconnect();
    for (const hhmm of ['08:00', '08:30', '09:00']) {
      day.server.clock.set(Date.parse(`2026-11-23T${hhmm}:00+01:00`));
      expect(await next()).toMatchObject({ ok: true });
    }
    await waitFor(() => day.console.seq === lastSeq + 3, 3_000, 'the facilitator at the third click');
    expect(annaView.seq).toBe(lastSeq);
    expect(annaView.state.currentSegmentId).toBeNull();

    anna.socket.connect();
    await waitFor(() => annaView.resyncs.length === 2 && annaView.seq === lastSeq + 3, 3_000, 'Anna caught up');
    const catchUp = annaView.resyncs[1]!;
    expect(catchUp.ok && catchUp.kind === 'events' && catchUp.events.map((e) => e.seq)).toEqual([
      lastSeq + 1,
      lastSeq + 2,
      lastSeq + 3,
    ]);

    expect(annaView.state).toEqual(day.console.state);
    expect(annaView.state).toEqual(
      (await serverView({ role: 'participant', participantId: anna.participantId })).state,
    );
    expect(annaView.state.currentSegmentId).toBe(annaView.state.agenda[2]!.id);
  });
});

describe('[S1] [S3] a lost broadcast is noticed, not silently skipped', () => {
  it('the projector misses one "next", notices the gap at the following one, resyncs and shows the right segment', async () => {
    await next();
    await waitFor(() => day.projector.seq === 2, 3_000, 'the projector at the team check-in');
    day.projector.loseNextBatch();
    await next();
    await waitFor(() => day.console.seq === 3, 3_000, 'the console at the coffee break');
    expect(day.projector.seq).toBe(2);

    await next();
    await waitFor(() => day.projector.seq === 4, 3_000, 'the projector caught up');
    const catchUp = day.projector.resyncs.at(-1)!;
    expect(catchUp.ok && catchUp.kind === 'events' && catchUp.events.map((e) => e.seq)).toEqual([3, 4]);
    expect(day.projector.state).toEqual(day.console.state);
    expect(day.projector.state.currentSegmentId).toBe(day.projector.state.agenda[2]!.id);
  });
});
