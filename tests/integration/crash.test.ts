/**
 * [D1] [S1] The laptop's power cable is pulled three times during the day: the
 * real server process (server/main.ts, as `npm start` runs it) is killed
 * with SIGKILL and started again on the same SQLite file and port. Phones,
 * console and projector are socket.io clients with reconnection on, as in the
 * browser. And once exactly between a join's commit and its ack (the
 * phone sends the join again to the restarted server: one roster entry, D4).
 */
import { wallToWall } from '../support/commandSamples';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { BLANK_MEETING, reduce } from '../../shared/day/meeting';
import { viewFor } from '../../shared/day/view';
import { remainingMs } from '../../shared/day/timer';
import type { CommandAck, MeetingEvent, MeetingState } from '../../shared/protocol';
import { CLIENT_EVENTS, EventBatch, SERVER_EVENTS } from '../../shared/protocol';
import {
  accepted,
  closeAll,
  connect,
  createMeeting,
  resync,
  send,
  stateHash,
  track,
  waitFor,
  welcomeOf,
  type CreatedMeeting,
  type MeetingSocket,
  type Device,
} from '../support/server';
import { openSqlite } from '../../server/database';
import { kyselyStore, type LoggedEvent } from '../../server/store';
import { freePort, killAll, spawnServer, type ServerProcess } from '../support/serverProcess';

const dirs: string[] = [];
afterEach(async () => {
  await closeAll();
  await killAll();
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A new SQLite file in a temp dir (removed after the file's tests) and a free port for the server. */
async function freshPlace(): Promise<{ databaseFile: string; port: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'lartraff-crash-'));
  dirs.push(dir);
  return { databaseFile: join(dir, 'lartraff.sqlite'), port: await freePort() };
}

/** Reconnecting like the browser, only with shorter waits, so a restart is noticed within a second. */
const RECONNECT = { reconnection: true, reconnectionDelay: 100, reconnectionDelayMax: 400 };
const CONVERGE_MS = 15_000;

/** The meeting's log as a team member receives it, by seq: what was broadcast is what was committed. */
function recordBroadcasts(socket: MeetingSocket): Map<number, MeetingEvent> {
  const seen = new Map<number, MeetingEvent>();
  socket.on(SERVER_EVENTS.events, (raw) => {
    for (const e of EventBatch.parse(raw).events) if (e.event) seen.set(e.seq, e.event);
  });
  return seen;
}

/** The meeting's log as it is on disk, read from the SQLite file beside the running server (WAL lets both in). */
async function logOnDisk(databaseFile: string, meetingId: string): Promise<LoggedEvent[]> {
  const store = kyselyStore(await openSqlite(databaseFile));
  try {
    return await store.eventsAfter(meetingId, 0);
  } finally {
    await store.close();
  }
}

/** The server's state and seq as a fresh facilitator connection loads it. */
async function serverState(url: string, meeting: CreatedMeeting): Promise<{ seq: number; state: MeetingState }> {
  const socket = await connect(url, { token: meeting.facilitatorToken });
  const ack = await resync(socket, 0);
  socket.disconnect();
  if (!ack.ok || ack.kind !== 'snapshot') throw new Error('expected a snapshot');
  return { seq: ack.seq, state: ack.state };
}

/** Every device, reconnected by itself, holds exactly what the server lets it see (S1). */
async function converged(
  url: string,
  meeting: CreatedMeeting,
  devices: Device[],
): Promise<{ seq: number; state: MeetingState }> {
  const server = await serverState(url, meeting);
  await waitFor(
    () => devices.every((d) => d.socket.connected && d.mirror.seq === server.seq),
    CONVERGE_MS,
    `every device back at seq ${server.seq}`,
  );
  for (const d of devices) expect(stateHash(d.mirror.state), d.name).toBe(stateHash(viewFor(server.state, d.actor)));
  return server;
}

/** Server time as the device estimates it: its clock plus the offset from a time ping (T1). */
async function serverNowSeenBy(socket: MeetingSocket): Promise<number> {
  const sentAt = Date.now();
  const serverNow = (await socket.timeout(5_000).emitWithAck(CLIENT_EVENTS.time, sentAt)) as number;
  const receivedAt = Date.now();
  return Date.now() + (serverNow - (sentAt + receivedAt) / 2);
}

describe('[D1] [D2] [D3] the server process is killed with SIGKILL and restarted on the same file', () => {
  it(
    'after acks, in the middle of a burst, and while a feedback timer runs: nothing acknowledged is lost, the state hashes the same, the timer kept running on the wall clock, and every device reconnects and converges',
    { timeout: 300_000 },
    async () => {
      const { databaseFile, port } = await freshPlace();
      const outputs: string[] = [];
      let server: ServerProcess = await spawnServer({ port, databaseFile });
      const restart = async () => {
        await server.kill();
        outputs.push(server.output);
        server = await spawnServer({ port, databaseFile });
      };

      const meeting = await createMeeting(server.url, {
        name: 'Lärträff 3 – Formulera framtiden',
        date: '2026-11-23',
        municipalities: [{ name: 'Ystad' }, { name: 'Skurup' }, { name: 'Sjöbo' }, { name: 'Höör' }],
        clusters: [
          { name: 'Kluster Syd', municipalities: ['Ystad', 'Skurup'], supervisor: 'Karin Nilsson', room: 'Rum 2' },
          { name: 'Kluster Öst', municipalities: ['Sjöbo', 'Höör'], supervisor: 'Ahmed Hassan', room: 'Rum 3' },
        ],
      });
      const console_ = await connect(server.url, { token: meeting.facilitatorToken }, RECONNECT);
      const broadcast = recordBroadcasts(console_);
      const screen = await connect(server.url, { token: meeting.screenToken }, RECONNECT);
      const devices: Device[] = [
        {
          name: 'console',
          actor: { role: 'facilitator' },
          socket: console_,
          mirror: track(console_),
          token: meeting.facilitatorToken,
        },
        {
          name: 'projector',
          actor: { role: 'screen' },
          socket: screen,
          mirror: track(screen),
          token: meeting.screenToken,
        },
      ];
      const people = [
        ['Anna Svensson', 'Ystad'],
        ['Lisa Berg', 'Skurup'],
        ['Omar Haddad', 'Sjöbo'],
        ['Eva Lund', 'Höör'],
      ] as const;
      for (const [name, municipality] of people) {
        const guest = await connect(server.url, { code: meeting.code });
        const ack = await send(guest, { type: 'join', name, municipality });
        guest.disconnect();
        if (!ack.ok || !ack.join) throw new Error(`join refused: ${JSON.stringify(ack)}`);
        const phone = await connect(server.url, { token: ack.join.token }, RECONNECT);
        devices.push({
          name,
          actor: welcomeOf(phone).actor,
          socket: phone,
          mirror: track(phone),
          token: ack.join.token,
        });
      }
      const phones = devices.slice(2);
      await Promise.all(devices.map((d) => d.mirror.ready));

      // ---- The morning: the day starts, the agenda is rearranged, the check-in runs.
      const agenda = devices[0]!.mirror.state.agenda;
      await accepted(console_, { type: 'advanceAgenda', fromSegmentId: null });
      await accepted(console_, { type: 'advanceAgenda', fromSegmentId: agenda[0]!.id });
      await accepted(console_, { type: 'moveSegment', segmentId: agenda[4]!.id, toIndex: 3 });
      await accepted(console_, { type: 'updateSegment', segmentId: agenda[3]!.id, plannedMinutes: 50 });
      await accepted(console_, {
        type: 'createExercise',
        kind: 'checkIn',
        title: 'Incheckning',
        statements: [wallToWall('Vi har ett EOR'), wallToWall('Vi följer upp varje månad')],
        anonymous: false,
        hiddenUntilReveal: false,
      });
      await waitFor(() => devices[0]!.mirror.state.exercises.length === 1, 5_000, 'the exercise on the console');
      const [first, second] = devices[0]!.mirror.state.exercises[0]!.statements;
      await accepted(console_, { type: 'openStatement', statementId: first!.id });
      const acked: number[] = [];
      for (const [i, phone] of phones.entries())
        acked.push(await accepted(phone.socket, { type: 'place', statementId: first!.id, x: 0.2 * (i + 1), y: 0.5 }));

      // ---- Kill 1: everything acknowledged, every device caught up.
      const quiet = await converged(server.url, meeting, devices);
      expect(quiet.state.placements).toHaveLength(4);
      await restart();
      const afterQuiet = await converged(server.url, meeting, devices);
      expect(afterQuiet.seq).toBe(quiet.seq);
      expect(stateHash(afterQuiet.state)).toBe(stateHash(quiet.state));

      // ---- Kill 2: in the middle of a burst; phones drag and drop, the console edits the agenda.
      await accepted(console_, { type: 'openStatement', statementId: second!.id });
      const burst: Promise<CommandAck | null>[] = [];
      const note = (p: Promise<CommandAck>) =>
        burst.push(
          p.then(
            (a) => (a.ok && acked.push(a.seq), a),
            () => null,
          ),
        );
      for (let round = 0; round < 24; round++) {
        for (const [i, phone] of phones.entries())
          note(send(phone.socket, { type: 'place', statementId: second!.id, x: (round + i) / 20, y: 0.5 }));
        if (round % 3 === 0)
          note(send(console_, { type: 'updateSegment', segmentId: agenda[5]!.id, plannedMinutes: 40 + round }));
      }
      const before = acked.length;
      await waitFor(() => acked.length >= before + 15, 10_000, 'some of the burst acknowledged');
      const seenBeforeKill = new Map(broadcast);
      const consoleBefore = { seq: devices[0]!.mirror.seq, hash: stateHash(devices[0]!.mirror.state) };
      const ackedAtKill = acked.length - before;
      await restart();
      // It was the middle of the burst: commands were still on their way.
      expect(ackedAtKill).toBeLessThan(burst.length);
      await Promise.all(burst);
      const afterBurst = await converged(server.url, meeting, devices);
      // No acknowledged event is lost: every acked seq is in the log, with the event that was broadcast for it.
      expect(afterBurst.seq).toBeGreaterThanOrEqual(Math.max(...acked));
      const log = await logOnDisk(databaseFile, meeting.meetingId);
      expect(log.map((e) => e.seq)).toEqual(Array.from({ length: afterBurst.seq }, (_, i) => i + 1));
      for (const [seq, event] of seenBeforeKill) expect(log[seq - 1]!.event, `seq ${seq}`).toEqual(event);
      // What the console showed just before the kill is the log up to that point.
      const replayed = log
        .filter((e) => e.seq <= consoleBefore.seq)
        .reduce((state, e) => reduce(state, e.event), BLANK_MEETING);
      expect(stateHash(replayed)).toBe(consoleBefore.hash);

      // ---- Kill 3: Kluster Syd's rounds run on auto-advance, the presentation timer counting down.
      await accepted(console_, {
        type: 'setFeedbackMinutes',
        minutes: { presentation: 2, supervisor: 5, peers: 10, reply: 3 },
      });
      const syd = afterBurst.state.clusters[0]!.id;
      await accepted(console_, { type: 'startFeedback', clusterId: syd });
      await accepted(console_, { type: 'setAutoAdvance', clusterId: syd, autoAdvance: true });
      const running = await converged(server.url, meeting, devices);
      const timer = running.state.feedbackRuns[0]!.timer;
      if (timer.status !== 'running') throw new Error('the presentation timer should run');
      const killedAt = Date.now();
      await restart();
      const resumed = await converged(server.url, meeting, devices);
      expect(stateHash(resumed.state)).toBe(stateHash(running.state));
      // Each device shows endsAt − (its clock + offset): the time kept running while the server was down.
      for (const d of [devices[0]!, devices[1]!, devices[2]!]) {
        const shown = remainingMs(d.mirror.state.feedbackRuns[0]!.timer, await serverNowSeenBy(d.socket));
        const expected = timer.endsAt - Date.now();
        expect(Math.abs(shown - expected), d.name).toBeLessThan(2_000);
        expect(shown).toBeLessThan(timer.endsAt - killedAt);
      }
      // The restarted server still ends phases itself: two minutes off the two-minute presentation and it moves on.
      await accepted(console_, { type: 'feedbackTimer', clusterId: syd, action: 'minusMinute' });
      await accepted(console_, { type: 'feedbackTimer', clusterId: syd, action: 'minusMinute' });
      await waitFor(
        () => devices[0]!.mirror.state.feedbackRuns[0]?.phase === 'supervisor',
        10_000,
        'auto-advance to the supervisor',
      );
      await converged(server.url, meeting, devices);

      // The log the server wrote all day holds neither names nor secrets.
      outputs.push(server.output);
      const output = outputs.join('\n');
      expect(output).toContain('Lärträff listening');
      for (const [name] of people) expect(output).not.toContain(name);
      for (const d of devices) expect(output).not.toContain(d.token);
    },
  );

  it(
    '[D4] a join committed but killed before its ack, sent again with its commandId to the restarted server, is one roster entry answered as the first time',
    { timeout: 120_000 },
    async () => {
      const { databaseFile, port } = await freshPlace();
      // The process kills itself once a join is on disk, before its ack can leave (server/crashHook.ts).
      const first = await spawnServer({
        port,
        databaseFile,
        env: { LARTRAFF_TEST_KILL_AFTER_COMMIT: 'participantJoined' },
      });
      const meeting = await createMeeting(first.url);
      const annasJoin = {
        type: 'join',
        name: 'Anna Svensson',
        municipality: 'Ystad',
        commandId: 'join-5c1e0b7d93a24f60',
      };
      const phone = await connect(first.url, { code: meeting.code });
      const answer = await send(phone, annasJoin).then(
        () => 'an ack',
        () => 'no ack',
      );
      expect(answer).toBe('no ack');
      await first.kill();
      expect(first.alive).toBe(false);
      // The join was committed: it is in the log on disk.
      const joins = (await logOnDisk(databaseFile, meeting.meetingId)).filter(
        (e) => e.event.type === 'participantJoined',
      );
      expect(joins).toHaveLength(1);
      const committed = joins[0]!;
      if (committed.event.type !== 'participantJoined') throw new Error('expected the join');

      // The power is back; the phone, never told, sends the same join again, twice.
      const second = await spawnServer({ port, databaseFile });
      for (let attempt = 1; attempt <= 2; attempt++) {
        const retry = await send(await connect(second.url, { code: meeting.code }), annasJoin);
        expect(retry, `attempt ${attempt}`).toMatchObject({
          ok: true,
          seq: committed.seq,
          join: { participantId: committed.event.participant.id },
        });
        // The token in the answer (the first one never reached the phone) opens Anna's phone.
        const annasPhone = await connect(second.url, { token: retry.ok ? retry.join!.token : '' });
        expect(welcomeOf(annasPhone).actor).toMatchObject({
          role: 'participant',
          participantId: committed.event.participant.id,
        });
      }
      const { seq, state } = await serverState(second.url, meeting);
      expect(state.participants.map((p) => p.name)).toEqual(['Anna Svensson']);
      expect(seq).toBe(committed.seq);
      expect(second.output).not.toContain('Anna Svensson');
    },
  );
});
