/**
 * [S1] [A3] The hotel wifi drops phones at random while the check-in runs and
 * the agenda changes; a phone that slept through five minutes of the day
 * wakes up as the same person. Real server, real sockets, reconnection on.
 */
import { wallToWall } from '../support/commandSamples';
import { afterEach, describe, expect, it } from 'vitest';
import { viewFor } from '../../shared/day/view';
import {
  closeAll,
  connect,
  joinByCode,
  openMeeting,
  send,
  stateHash,
  track,
  waitFor,
  welcomeOf,
  type CreatedMeeting,
  type MeetingSocket,
  type TestServer,
  snapshot,
  type Device,
} from '../support/server';

afterEach(closeAll);

const RECONNECT = { reconnection: true, reconnectionDelay: 20, reconnectionDelayMax: 200 };
const MINUTE = 60_000;

/** A seeded generator (mulberry32): the same seed, the same day. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every device holds exactly `viewFor(server, itself)` (S1). */
async function everyoneConverged(facilitator: MeetingSocket, devices: Device[]): Promise<void> {
  const server = await snapshot(facilitator);
  await waitFor(
    () => devices.every((d) => d.socket.connected && d.mirror.seq === server.seq),
    10_000,
    `every device at seq ${server.seq}`,
  );
  for (const d of devices) expect(stateHash(d.mirror.state), d.name).toBe(stateHash(viewFor(server.state, d.actor)));
}

async function morningWithPhones(server: TestServer, meeting: CreatedMeeting, facilitator: MeetingSocket, n: number) {
  const devices: Device[] = [];
  for (let i = 0; i < n; i++) {
    const joined = await joinByCode(
      server.url,
      meeting.code,
      `Deltagare ${i + 1}`,
      i % 2 ? 'Kungsbacka' : 'Trelleborg',
    );
    joined.socket.disconnect();
    const socket = await connect(server.url, { token: joined.token }, RECONNECT);
    devices.push({
      name: `phone ${i + 1}`,
      actor: welcomeOf(socket).actor,
      socket,
      mirror: track(socket),
      token: joined.token,
    });
  }
  const screen = await connect(server.url, { token: meeting.screenToken }, RECONNECT);
  devices.push({
    name: 'projector',
    actor: { role: 'screen' },
    socket: screen,
    mirror: track(screen),
    token: meeting.screenToken,
  });
  await Promise.all(devices.map((d) => d.mirror.ready));
  const ack = await send(facilitator, {
    type: 'createExercise',
    kind: 'checkIn',
    title: 'Incheckning',
    anonymous: false,
    statements: [wallToWall('Vi har ett EOR'), wallToWall('Vi följer upp varje månad')],
    hiddenUntilReveal: true,
  });
  expect(ack.ok).toBe(true);
  return devices;
}

describe('[S1] clients disconnected at random while commands flow', () => {
  for (const seed of [7, 2026]) {
    it(`converge to exactly what the server lets each of them see (seed ${seed})`, async () => {
      const { server, meeting, facilitator } = await openMeeting();
      const console_ = track(facilitator);
      const devices = await morningWithPhones(server, meeting, facilitator, 6);
      const phones = devices.slice(0, 6);
      await waitFor(() => console_.state.exercises.length === 1, 3_000, 'the exercise');
      const statements = console_.state.exercises[0]!.statements;
      await send(facilitator, { type: 'openStatement', statementId: statements[0]!.id });
      const rnd = random(seed);
      const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
      const inFlight: Promise<unknown>[] = [];

      for (let step = 0; step < 80; step++) {
        const r = rnd();
        // The wifi drops a connected device: the transport closes under it, socket.io-client reconnects by itself.
        // (Closing an engine that is still opening is not a lost network: socket.io-client would wait for it forever.)
        if (r < 0.15) {
          const device = pick(devices);
          if (device.socket.connected) device.socket.io.engine.close();
        } else if (r < 0.75)
          inFlight.push(
            send(pick(phones).socket, {
              type: 'place',
              statementId: console_.state.exerciseRun?.statementId ?? statements[0]!.id,
              x: rnd(),
              y: rnd(),
            }).catch(() => null),
          );
        else if (r < 0.85)
          inFlight.push(
            send(facilitator, {
              type: 'updateSegment',
              segmentId: console_.state.agenda[3]!.id,
              plannedMinutes: 30 + step,
            }),
          );
        else if (r < 0.9)
          inFlight.push(send(facilitator, { type: 'advanceAgenda', fromSegmentId: console_.state.currentSegmentId }));
        else if (r < 0.95)
          inFlight.push(send(facilitator, { type: 'revealStatement', statementId: pick(statements).id }));
        else inFlight.push(send(facilitator, { type: 'openStatement', statementId: pick(statements).id }));
        if (step % 10 === 9) await Promise.all(inFlight.splice(0));
        else await new Promise((r) => setTimeout(r, 2));
      }
      await Promise.all(inFlight);
      await everyoneConverged(facilitator, [
        ...devices,
        {
          name: 'console',
          actor: { role: 'facilitator' },
          socket: facilitator,
          mirror: console_,
          token: meeting.facilitatorToken,
        },
      ]);
      // The wifi really did drop devices, and they came back by resyncing.
      expect(devices.some((d) => d.mirror.resyncs.length > 1)).toBe(true);
      expect((await snapshot(facilitator)).state.placements.length).toBeGreaterThan(0);
    });
  }
});

describe('[A3] a phone offline for five minutes', () => {
  it('comes back as the same person, with their placements, and catches up on what happened meanwhile', async () => {
    const { server, meeting, facilitator } = await openMeeting();
    const console_ = track(facilitator);
    const devices = await morningWithPhones(server, meeting, facilitator, 3);
    await waitFor(() => console_.state.exercises.length === 1, 3_000, 'the exercise');
    const [first, second] = console_.state.exercises[0]!.statements;
    await send(facilitator, { type: 'openStatement', statementId: first!.id });
    const anna = devices[0]!;
    expect(await send(anna.socket, { type: 'place', statementId: first!.id, x: 0.8, y: 0.5 })).toMatchObject({
      ok: true,
    });
    await waitFor(() => anna.mirror.state.placements.length === 1, 3_000, "Anna's placement on her phone");

    // Anna's phone goes to sleep in her pocket; the room moves on for five minutes.
    anna.socket.disconnect();
    const heldOnThePhone = { state: anna.mirror.state, seq: anna.mirror.seq };
    for (const [i, other] of devices.slice(1, 3).entries()) {
      expect(
        await send(other.socket, { type: 'place', statementId: first!.id, x: 0.1 * (i + 1), y: 0.5 }),
      ).toMatchObject({ ok: true });
    }
    await send(facilitator, { type: 'revealStatement', statementId: first!.id });
    server.clock.advance(5 * MINUTE);
    await send(facilitator, { type: 'openStatement', statementId: second!.id });
    await send(facilitator, { type: 'advanceAgenda', fromSegmentId: null });

    // She unlocks it: the page reconnects with the token it kept and catches up from what it held.
    const woken = await connect(server.url, { token: anna.token }, RECONNECT);
    expect(welcomeOf(woken).actor).toEqual(anna.actor);
    const phone = track(woken, heldOnThePhone);
    await phone.ready;
    const server_ = await snapshot(facilitator);
    expect(stateHash(phone.state)).toBe(stateHash(viewFor(server_.state, anna.actor)));
    expect(server_.state.participants.filter((p) => p.name === 'Deltagare 1')).toHaveLength(1);
    expect(phone.state.placements.filter((p) => p.participantId === anna.actor.participantId)).toEqual([
      expect.objectContaining({ statementId: first!.id, x: 0.8 }),
    ]);
    expect(phone.state.exerciseRun?.statementId).toBe(second!.id);
    // And she places herself on the next statement as herself.
    expect(await send(woken, { type: 'place', statementId: second!.id, x: 0.6, y: 0.5 })).toMatchObject({ ok: true });
    await waitFor(
      () =>
        console_.state.placements.some(
          (p) => p.participantId === anna.actor.participantId && p.statementId === second!.id,
        ),
      3_000,
      'her placement on the console',
    );
  });
});
