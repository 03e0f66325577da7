/** [D1] What was acknowledged survives the laptop's lid closing: a restarted server on the same SQLite file. */
import { afterEach, describe, expect, it } from 'vitest';
import {
  closeAll,
  connect,
  createMeeting,
  joinByCode,
  send,
  startServer,
  track,
  waitFor,
  welcomeOf,
  type TestServer,
} from '../support/server';

afterEach(closeAll);

const at = (hhmm: string) => Date.parse(`2026-11-23T${hhmm}:00+01:00`);

/** The morning so far: two participants joined, the day at the coffee break. */
async function morning(server: TestServer) {
  const meeting = await createMeeting(server.url);
  const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
  const anna = await joinByCode(server.url, meeting.code, 'Anna Svensson', 'Trelleborg');
  const lisa = await joinByCode(server.url, meeting.code, 'Lisa Berg', 'Ystad');
  server.clock.set(at('08:00'));
  expect(await send(facilitator, { type: 'advanceAgenda', fromSegmentId: null })).toMatchObject({ ok: true });
  const view = track(facilitator);
  await view.ready;
  server.clock.set(at('08:31'));
  const ack = await send(facilitator, { type: 'advanceAgenda', fromSegmentId: view.state.currentSegmentId });
  if (!ack.ok) throw new Error(`advance refused: ${ack.error.message}`);
  await waitFor(() => view.seq === ack.seq, 3_000, 'the console at the coffee break');
  return { meeting, anna, lisa, lastAck: ack.seq, before: view.state };
}

describe('[D1] acknowledged is on disk', () => {
  it('the server is restarted on the same file: the meeting, its roster and the current segment are all there, and the links still work', async () => {
    const first = await startServer();
    const { meeting, anna, before, lastAck } = await morning(first);
    expect(before.participants).toHaveLength(2);
    expect(before.currentSegmentId).toBe(before.agenda[1]!.id);
    await first.close();

    const second = await startServer({ file: first.file, clock: first.clock, seed: 2 });
    const facilitator = await connect(second.url, { token: meeting.facilitatorToken });
    expect(welcomeOf(facilitator)).toMatchObject({ meetingId: meeting.meetingId, actor: { role: 'facilitator' } });
    const view = track(facilitator);
    await view.ready;
    expect(view.seq).toBe(lastAck);
    expect(view.state).toEqual(before);
    expect(view.state.agenda[1]).toMatchObject({ title: 'Morgonkaffe och mingel', actualStart: at('08:31') });
    expect(view.state.agenda[0]).toMatchObject({ actualStart: at('08:00'), actualEnd: at('08:31') });

    // The log continues where it stopped.
    second.clock.set(at('09:02'));
    expect(await send(facilitator, { type: 'advanceAgenda', fromSegmentId: before.agenda[1]!.id })).toMatchObject({
      ok: true,
      seq: lastAck + 1,
    });

    // Anna's phone and the projector reconnect with what they hold; new people can still join by code.
    const phone = await connect(second.url, { token: anna.token });
    expect(welcomeOf(phone).actor).toEqual({ role: 'participant', participantId: anna.participantId });
    const screen = await connect(second.url, { token: meeting.screenToken });
    expect(welcomeOf(screen).actor.role).toBe('screen');
    const guest = await connect(second.url, { code: meeting.code });
    expect(welcomeOf(guest).meetingId).toBe(meeting.meetingId);
  });

  it('an acknowledged event is committed before the ack: a second server opening the file at once already sees it', async () => {
    const first = await startServer();
    const { meeting, before, lastAck } = await morning(first);

    // No graceful shutdown of the first server: the second one reads the file as it is.
    const second = await startServer({ file: first.file, clock: first.clock, seed: 3 });
    const facilitator = await connect(second.url, { token: meeting.facilitatorToken });
    const view = track(facilitator);
    await view.ready;
    expect(view.seq).toBe(lastAck);
    expect(view.state).toEqual(before);
  });

  it('[S2] two servers on one file: the second writer of a seq reloads and decides again, and the log stays one', async () => {
    const first = await startServer();
    const { meeting, before, lastAck } = await morning(first);
    const second = await startServer({ file: first.file, clock: first.clock, seed: 4 });
    const laptopB = await connect(second.url, { token: meeting.facilitatorToken });
    const viewB = track(laptopB);
    await viewB.ready; // the second server has loaded the meeting at the coffee break

    const laptopA = await connect(first.url, { token: meeting.facilitatorToken });
    const coffee = before.agenda[1]!.id;
    expect(await send(laptopA, { type: 'advanceAgenda', fromSegmentId: coffee })).toMatchObject({
      ok: true,
      seq: lastAck + 1,
    });
    // Server B still holds the coffee break: its write of the same seq fails, it reloads, and the click is stale.
    const stale = await send(laptopB, { type: 'advanceAgenda', fromSegmentId: coffee });
    expect(stale.ok ? 'ok' : stale.error.code).toBe('conflict');

    // A join on B after A wrote again lands after A's events.
    expect(
      await send(laptopA, {
        type: 'goToSegment',
        fromSegmentId: before.agenda[2]!.id,
        segmentId: before.agenda[3]!.id,
      }),
    ).toMatchObject({ ok: true });
    const joined = await joinByCode(second.url, meeting.code, 'Omar Haddad', 'Trelleborg');
    expect(welcomeOf(joined.socket).actor.participantId).toBe(joined.participantId);

    await first.close();
    const third = await startServer({ file: first.file, clock: first.clock, seed: 5 });
    const facilitator = await connect(third.url, { token: meeting.facilitatorToken });
    const view = track(facilitator);
    await view.ready;
    expect(view.seq).toBe(lastAck + 3);
    expect(view.state.currentSegmentId).toBe(before.agenda[3]!.id);
    expect(view.state.participants.map((p) => p.name)).toEqual(['Anna Svensson', 'Lisa Berg', 'Omar Haddad']);
  });
});
