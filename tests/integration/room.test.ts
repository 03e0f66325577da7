/**
 * The room over real sockets on the real server: messages to the room (M1),
 * the nudge to those who have not placed (M2) and the facilitator's projector
 * (M3). What each screen receives, what a reconnecting one gets back, and that
 * every one of them is logged and survives a restart on the same file.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isNudged } from '../../shared/day/nudge';
import { messagesFor } from '../../shared/day/roomMessage';
import { lineCheckIn } from '../support/commandSamples';
import { CLUSTERED_DAY, meetingDay, type MeetingDay } from '../support/meetingDay';
import {
  accepted,
  closeAll,
  connect,
  send,
  snapshot,
  startServer,
  stateHash,
  track,
  waitFor,
  type Joined,
  type MeetingSocket,
  type Mirror,
} from '../support/server';

let day: MeetingDay;
let karin: MeetingSocket;
let lena: Joined;
let eva: Joined;
let views: { facilitator: Mirror; screen: Mirror; karin: Mirror; lena: Mirror; eva: Mirror };

beforeEach(async () => {
  day = await meetingDay({ meeting: CLUSTERED_DAY });
  karin = await day.supervisor('Kluster Syd');
  lena = await day.join('Lena Ek', 'Ystad');
  eva = await day.join('Eva Berg', 'Simrishamn');
  views = {
    facilitator: day.console,
    screen: day.projector,
    karin: track(karin),
    lena: track(lena.socket),
    eva: track(eva.socket),
  };
  await Promise.all(Object.values(views).map((v) => v.ready));
});

afterEach(closeAll);

const caughtUp = (seq: number) =>
  waitFor(() => Object.values(views).every((v) => v.seq >= seq), 3_000, `every screen at seq ${seq}`);

const clusterId = (name: string) => views.facilitator.state.clusters.find((c) => c.name === name)!.id;

describe('[M1] messages to the room, over the wire', () => {
  it('[M1] the facilitator’s message reaches every phone, tablet and the projector, and leaves when dismissed', async () => {
    await caughtUp(await accepted(day.facilitator, { type: 'sendRoomMessage', text: 'Samling i stora salen nu' }));
    for (const view of Object.values(views))
      expect(messagesFor(view.state, undefined).map((m) => m.text)).toEqual(['Samling i stora salen nu']);
    const { id } = views.facilitator.state.roomMessages[0]!;
    // Karin's tablet may not take back what the facilitator said to everyone.
    const refused = await send(karin, { type: 'dismissRoomMessage', messageId: id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await caughtUp(await accepted(day.facilitator, { type: 'dismissRoomMessage', messageId: id }));
    for (const view of Object.values(views)) expect(view.state.roomMessages).toEqual([]);
  });

  it('[M1] [V4] Karin’s message goes to Kluster Syd’s phones only; Eva in Kluster Öst gets {seq} without it', async () => {
    const seq = await accepted(karin, { type: 'sendRoomMessage', text: 'Vi börjar om fem minuter' });
    await caughtUp(seq);
    expect(views.lena.state.roomMessages.map((m) => m.text)).toEqual(['Vi börjar om fem minuter']);
    expect(views.karin.state.roomMessages).toHaveLength(1);
    expect(views.eva.state.roomMessages).toEqual([]);
    expect((await snapshot(eva.socket)).state.roomMessages).toEqual([]);
    // The convergence the phones rely on (S1): Eva's replica is what the server would show her.
    expect(stateHash(views.eva.state)).toBe(stateHash((await snapshot(eva.socket)).state));
    const other = await send(karin, {
      type: 'sendRoomMessage',
      text: 'Hej Öst',
      clusterId: clusterId('Kluster Öst'),
    });
    expect(other).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('[M1] [R1] a message longer than a label is invalid and changes nothing', async () => {
    const before = (await snapshot(day.facilitator)).seq;
    const ack = await send(day.facilitator, { type: 'sendRoomMessage', text: 'x'.repeat(81) });
    expect(ack).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect((await snapshot(day.facilitator)).seq).toBe(before);
  });
});

describe('[M2] the nudge, over the wire', () => {
  it('[M2] a nudge prompts Eva (not placed) and not Lena (placed); a second within 60 s is rate_limited', async () => {
    await caughtUp(await accepted(day.facilitator, { ...lineCheckIn('Vi har ett EOR'), hiddenUntilReveal: true }));
    const id = views.facilitator.state.exercises[0]!.statements[0]!.id;
    await accepted(day.facilitator, { type: 'openStatement', statementId: id });
    await accepted(lena.socket, { type: 'place', statementId: id, x: 0.3, y: 0.5 });
    await caughtUp(await accepted(day.facilitator, { type: 'nudgeUnplaced', statementId: id }));
    expect(isNudged(views.eva.state, eva.participantId)).toBe(true);
    expect(isNudged(views.lena.state, lena.participantId)).toBe(false);
    // Hidden until reveal: Eva's phone learns nothing of Lena's placement from the nudge.
    expect(views.eva.state.placements).toEqual([]);
    day.server.clock.advance(30_000);
    expect(await send(day.facilitator, { type: 'nudgeUnplaced', statementId: id })).toMatchObject({
      ok: false,
      error: { code: 'rate_limited' },
    });
    day.server.clock.advance(30_000);
    await accepted(day.facilitator, { type: 'nudgeUnplaced', statementId: id });
    await caughtUp(await accepted(eva.socket, { type: 'place', statementId: id, x: 0.7, y: 0.5 }));
    expect(isNudged(views.eva.state, eva.participantId)).toBe(false);
  });
});

describe('[M3] the facilitator’s projector, over the wire', () => {
  it('[M3] [D1] the break screen reaches the projector and is still there after a restart on the same file', async () => {
    const text = 'Kaffe – vi ses 10.45 i kommunklustren';
    await caughtUp(await accepted(day.facilitator, { type: 'setProjectorScreen', mode: 'break', text, join: 'hide' }));
    expect(views.screen.state.projectorScreen).toEqual({ mode: 'break', text, join: 'hide' });
    await accepted(day.facilitator, { type: 'sendRoomMessage', text: 'Bussen går 16.15' });
    const before = await snapshot(day.facilitator);
    await day.server.close();
    day.server = await startServer({ file: day.server.file });
    const again = await connect(day.server.url, { token: day.meeting.facilitatorToken });
    const after = await snapshot(again);
    expect(after.seq).toBe(before.seq);
    expect(after.state.projectorScreen).toEqual({ mode: 'break', text, join: 'hide' });
    expect(after.state.roomMessages.map((m) => m.text)).toEqual(['Bussen går 16.15']);
    expect(stateHash(after.state)).toBe(stateHash(before.state));
  });
});
