/** Who may connect, who may do what, and who sees whom, over real sockets. */
import { describe, expect, it } from 'vitest';
import { SERVER_EVENTS } from '../../shared/protocol';
import {
  connect,
  createMeeting,
  joinByCode,
  refusal,
  resync,
  send,
  serverSeq,
  track,
  waitFor,
  welcomeOf,
  openMeeting,
} from '../support/server';
import { eachTest } from '../support/meetingDay';

const day = eachTest(openMeeting);

describe('[A1] only the facilitator runs the agenda', () => {
  it('a participant pressing "next" gets forbidden and the day does not start', async () => {
    const anna = await joinByCode(day.server.url, day.meeting.code, 'Anna Svensson', 'Trelleborg');
    const before = await serverSeq(day.facilitator);
    expect(await send(anna.socket, { type: 'advanceAgenda', fromSegmentId: null })).toEqual({
      ok: false,
      error: { code: 'forbidden', message: expect.any(String) },
    });
    expect(await serverSeq(day.facilitator)).toBe(before);
    const view = track(anna.socket);
    await view.ready;
    expect(view.state.currentSegmentId).toBeNull();
  });

  it('a participant jumping to lunch gets forbidden', async () => {
    const anna = await joinByCode(day.server.url, day.meeting.code, 'Anna Svensson', 'Trelleborg');
    const view = track(anna.socket);
    await view.ready;
    const lunch = view.state.agenda.find((s) => s.title === 'Lunch')!;
    const ack = await send(anna.socket, { type: 'goToSegment', fromSegmentId: null, segmentId: lunch.id });
    expect(ack.ok ? 'ok' : ack.error.code).toBe('forbidden');
  });

  it('the projector screen cannot press "next" either', async () => {
    const screen = await connect(day.server.url, { token: day.meeting.screenToken });
    expect(welcomeOf(screen).actor.role).toBe('screen');
    const before = await serverSeq(day.facilitator);
    const ack = await send(screen, { type: 'advanceAgenda', fromSegmentId: null });
    expect(ack.ok ? 'ok' : ack.error.code).toBe('forbidden');
    expect(await serverSeq(day.facilitator)).toBe(before);
  });

  it('someone with only the join code cannot press "next", and a joined participant cannot join twice', async () => {
    const guest = await connect(day.server.url, { code: day.meeting.code });
    const asGuest = await send(guest, { type: 'advanceAgenda', fromSegmentId: null });
    expect(asGuest.ok ? 'ok' : asGuest.error.code).toBe('forbidden');

    const anna = await joinByCode(day.server.url, day.meeting.code, 'Anna Svensson', 'Trelleborg');
    const again = await send(anna.socket, { type: 'join', name: 'Anna igen', municipality: 'Trelleborg' });
    expect(again.ok ? 'ok' : again.error.code).toBe('forbidden');
  });

  it('the facilitator may press "next"', async () => {
    expect(await send(day.facilitator, { type: 'advanceAgenda', fromSegmentId: null })).toMatchObject({
      ok: true,
      seq: 2,
    });
  });
});

describe('[A3] a phone that reconnects with its token is the same person', () => {
  it('Anna reloads her phone: same participant id, same municipality, still one entry on the roster', async () => {
    const anna = await joinByCode(day.server.url, day.meeting.code, 'Anna Svensson', 'Trelleborg');
    await joinByCode(day.server.url, day.meeting.code, 'Lisa Berg', 'Kungsbacka');
    const facilitatorView = track(day.facilitator);
    await facilitatorView.ready;
    const rosterBefore = facilitatorView.state.participants;
    expect(rosterBefore).toHaveLength(2);
    const seqBefore = facilitatorView.seq;

    anna.socket.disconnect();
    const reloaded = await connect(day.server.url, { token: anna.token });
    expect(welcomeOf(reloaded).actor).toEqual({ role: 'participant', participantId: anna.participantId });

    const annaView = track(reloaded);
    await annaView.ready;
    expect(annaView.state.participants).toEqual(rosterBefore);
    const me = annaView.state.participants.find((p) => p.id === anna.participantId);
    expect(annaView.state.municipalities.find((m) => m.id === me?.municipalityId)?.name).toBe('Trelleborg');
    expect(await serverSeq(day.facilitator)).toBe(seqBefore);
  });
});

describe('refused links and codes', () => {
  it('a made-up or mistyped link is refused with forbidden', async () => {
    expect(await refusal(day.server.url, { token: 'not-a-real-token-at-all-000000' })).toMatchObject({
      code: 'forbidden',
    });
    expect(await refusal(day.server.url, { token: `${day.meeting.facilitatorToken}x` })).toMatchObject({
      code: 'forbidden',
    });
  });

  it('a code no meeting has is not_found, a meaningless one too', async () => {
    const wrong = day.meeting.code === 'ABCDEF' ? 'ABCDEG' : 'ABCDEF';
    expect(await refusal(day.server.url, { code: wrong })).toMatchObject({ code: 'not_found' });
    expect(await refusal(day.server.url, { code: '!!' })).toMatchObject({ code: 'not_found' });
  });

  it('no credentials at all, or the wrong shape, is invalid', async () => {
    expect(await refusal(day.server.url, {})).toMatchObject({ code: 'invalid' });
    expect(await refusal(day.server.url, { token: 42 })).toMatchObject({ code: 'invalid' });
  });

  it('the join code typed in small letters with a dash still works', async () => {
    const typed = `${day.meeting.code.slice(0, 3)}-${day.meeting.code.slice(3)}`.toLowerCase();
    const guest = await connect(day.server.url, { code: typed });
    expect(welcomeOf(guest)).toMatchObject({ meetingId: day.meeting.meetingId, actor: { role: 'guest' } });
  });
});

describe('[V1] someone with only the join code does not see who is there', () => {
  it('the join form gets the meeting, agenda and municipalities but no names, and no live roster updates', async () => {
    await joinByCode(day.server.url, day.meeting.code, 'Anna Svensson', 'Trelleborg');
    const guest = await connect(day.server.url, { code: day.meeting.code });
    const received: unknown[] = [];
    guest.on(SERVER_EVENTS.events, (batch) => received.push(batch));

    const ack = await resync(guest, 0);
    if (!ack.ok || ack.kind !== 'snapshot') throw new Error(`expected a snapshot, got ${JSON.stringify(ack)}`);
    expect(ack.state.participants).toEqual([]);
    expect(JSON.stringify(ack)).not.toContain('Anna');
    expect(ack.state).toMatchObject({ name: 'Lärträff 2 – Trelleborgsmodellen', date: '2026-11-23' });
    expect(ack.state.agenda).toHaveLength(11);
    expect(ack.state.municipalities.map((m) => m.name)).toEqual(['Trelleborg', 'Kungsbacka']);

    // Even asking for the events after seq 1 gives a snapshot without names.
    const again = await resync(guest, 1);
    expect(JSON.stringify(again)).not.toContain('Anna');

    const facilitatorView = track(day.facilitator);
    await facilitatorView.ready;
    await joinByCode(day.server.url, day.meeting.code, 'Omar Haddad', 'Ystad');
    await waitFor(() => facilitatorView.state.participants.length === 2, 3_000, 'Omar on the console');
    expect(JSON.stringify(received)).not.toContain('Omar');
  });
});

describe('[V1] two lärträffar on one server', () => {
  it("the other meeting's facilitator sees none of this roster and its link cannot run this agenda", async () => {
    const other = await createMeeting(day.server.url, { name: 'Lärträff Skåne', date: '2026-11-23' });
    expect(other.meetingId).not.toBe(day.meeting.meetingId);
    const otherFacilitator = await connect(day.server.url, { token: other.facilitatorToken });
    const otherView = track(otherFacilitator);
    const ourView = track(day.facilitator);
    await Promise.all([otherView.ready, ourView.ready]);

    await joinByCode(day.server.url, day.meeting.code, 'Anna Svensson', 'Trelleborg');
    expect(await send(day.facilitator, { type: 'advanceAgenda', fromSegmentId: null })).toMatchObject({ ok: true });
    await waitFor(
      () => ourView.state.currentSegmentId !== null && ourView.state.participants.length === 1,
      3_000,
      'our console updated',
    );

    // The other facilitator "starting the day" starts their own meeting only.
    expect(await send(otherFacilitator, { type: 'advanceAgenda', fromSegmentId: null })).toMatchObject({
      ok: true,
      seq: 2,
    });
    await waitFor(() => otherView.seq === 2, 3_000, 'the other console updated');
    expect(otherView.state).toMatchObject({ meetingId: other.meetingId, participants: [] });
    expect(JSON.stringify(otherView.state)).not.toContain('Anna');
    expect(ourView.state.currentSegmentId).toBe(ourView.state.agenda[0]!.id);
    expect(ourView.seq).toBe(await serverSeq(day.facilitator));
  });
});
