/**
 * The realtime gateway: Socket.IO handshake auth, one room per meeting (and a
 * team room), commands with acks, resync, the time ping, presence, and the
 * role-filtered broadcast of logged events.
 */
import type { FastifyBaseLogger } from 'fastify';
import { Server, type Socket } from 'socket.io';
import { normaliseJoinCode } from '../shared/day/joinCode';
import { dragFrameFor, eventFor, ownersOf } from '../shared/day/anonymousExercise';
import { isHidden } from '../shared/day/exercise';
import { answeredFor } from '../shared/day/evaluation';
import { audienceOf, canSee, viewerOf } from '../shared/day/meeting';
import { viewFor } from '../shared/day/view';
import { isTeam } from '../shared/permissions';
import {
  CLIENT_EVENTS,
  Command,
  CommandEnvelope,
  Drag,
  HandshakeAuth,
  PROTOCOL_VERSION,
  ResyncRequest,
  SERVER_EVENTS,
  describeIssues,
  type Actor,
  type ClientToServerEvents,
  type CommandAck,
  type CommandError,
  type MeetingEvent,
  type ProtocolRefusal,
  type ResyncAck,
  type SequencedEvent,
  type ServerToClientEvents,
} from '../shared/protocol';
import type { Meetings, Outbox } from './meetings';
import { AppendedNotice, PEER_EVENTS, type PeerEvents } from './peers';
import { addressKey, clientAddress, ReachedMeetings, type RateLimits } from './rateLimits';
import { hashToken, type Clock } from './secrets';
import { toSequenced, type LoggedEvent, type MeetingStore } from './store';

interface SocketData {
  meetingId: string;
  actor: Actor;
  /** The hash of the token it came in with (none for a join code): revoking it drops the socket. */
  tokenHash?: string;
  /** Where it came from, as the per-address limits key it. */
  addressKey?: string;
  /** A guest socket joins once (or is joining): the next person connects anew. */
  joined?: boolean;
}

export type MeetingServer = Server<ClientToServerEvents, ServerToClientEvents, PeerEvents, SocketData>;
type MeetingSocket = Socket<ClientToServerEvents, ServerToClientEvents, PeerEvents, SocketData>;

/** Past this many missed events a reconnecting client gets a snapshot instead. */
const MAX_EVENTS_IN_RESYNC = 500;
const PRESENCE_INTERVAL_MS = 1000;
/** Drag frames per meeting: at most one per 100 ms (~10 a second), whatever the number of people moving. */
const DRAG_FRAME_MS = 100;

/** Anyone in the room outside the team: what an event looks like to a phone that is not its subject. */
const ROOM: Actor = { role: 'participant' };
/** The events that may name someone in an anonymous exercise (PD7): without the state, kept from outside the team. */
const mayBeShaped = (event: MeetingEvent) =>
  event.type === 'placed' ||
  event.type === 'statementRevealed' ||
  event.type === 'exerciseCreated' ||
  event.type === 'participantLeft' ||
  event.type === 'evaluationAnswered';

const meetingRoom = (id: string) => `m:${id}`;
const teamRoom = (id: string) => `m:${id}:team`;
const participantRoom = (id: string, participantId: string) => `m:${id}:p:${participantId}`;
const screenRoom = (id: string) => `m:${id}:screen`;
/** The supervisors' tablets: in the team's room, but without the team's own rounds (V2). */
const supervisorRoom = (id: string) => `m:${id}:supervisors`;
const clusterRoom = (id: string, clusterId: string) => `m:${id}:c:${clusterId}`;
/** Every socket that came in with one token: revoking the token empties it, on every server process. */
const tokenRoom = (id: string, hash: string) => `m:${id}:t:${hash}`;

interface PendingDrags {
  statementId: string;
  moves: Map<string, { x: number; y: number }>;
  cancel: () => void;
}

export interface GatewayDeps {
  io: MeetingServer;
  meetings: Meetings;
  store: MeetingStore;
  clock: Clock;
  log: FastifyBaseLogger;
  limits: RateLimits;
  /** Other processes serve the same meetings through the adapter (DESIGN.md, "Scale-out"). */
  shared?: boolean;
  /** Proxies in front (TRUST_PROXY): a socket's address is then the one they forward. */
  trustProxy?: number;
  /** The protocol this server speaks (S5); PROTOCOL_VERSION by default. */
  protocol?: number;
}

const tooFast = {
  ok: false as const,
  error: { code: 'rate_limited' as const, message: 'too many requests; slow down' },
};

/**
 * A command or resync is one payload and an acknowledgement, last (E2). Without
 * an acknowledgement there is no one to tell the outcome, so it is dropped
 * unread (undefined); with more arguments than that it is answered `invalid`
 * and not run.
 */
export function ackedCall<A>(
  args: unknown[],
):
  | { payload: unknown; ack: (res: A) => void }
  | { payload: unknown; ack: (res: A) => void; malformed: CommandError }
  | undefined {
  const ack = args[args.length - 1];
  if (typeof ack !== 'function') return undefined;
  const answer = ack as (res: A) => void;
  if (args.length !== 2)
    return {
      payload: undefined,
      ack: answer,
      malformed: { code: 'invalid', message: 'send one payload and an acknowledgement, nothing more' },
    };
  return { payload: args[0], ack: answer };
}

/** An error the client sees in `connect_error`: `err.data.code` is one of the typed codes. */
export function authError(
  code: 'invalid' | 'forbidden' | 'not_found' | 'rate_limited',
  message: string,
): Error & { data: unknown } {
  return Object.assign(new Error(message), { data: { code, message } });
}

/** A page that speaks another protocol (S5): `conflict`, with the server's protocol, so the page reloads. */
function protocolRefusal(protocol: number, theirs: number): Error & { data: ProtocolRefusal } {
  const message = `this page speaks protocol ${theirs}, the server ${protocol}: reload the page`;
  return Object.assign(new Error(message), { data: { code: 'conflict' as const, message, protocol } });
}

export class Gateway implements Outbox {
  private readonly online = new Map<string, Map<string, number>>();
  private readonly presenceTimers = new Map<string, () => void>();
  private readonly drags = new Map<string, PendingDrags>();
  /** Per meeting, events committed in this turn and not yet sent: one broadcast carries them all. */
  private readonly pending = new Map<string, LoggedEvent[]>();
  private readonly reached = new ReachedMeetings();
  private closed = false;

  private get protocol(): number {
    return this.deps.protocol ?? PROTOCOL_VERSION;
  }

  constructor(private readonly deps: GatewayDeps) {
    const { io } = deps;
    io.use((socket, next) => {
      const address = clientAddress(
        socket.handshake.address,
        socket.handshake.headers['x-forwarded-for'],
        deps.trustProxy ?? 0,
      );
      this.authenticate(socket.handshake.auth, address).then(
        (data) => {
          if ('error' in data) return next(data.error);
          socket.data = { ...data, addressKey: addressKey(address) };
          next();
        },
        (err: unknown) => {
          deps.log.error({ err }, 'handshake failed');
          next(authError('invalid', 'could not check the credentials'));
        },
      );
    });
    io.on('connection', (socket) => this.connected(socket));
    if (deps.shared) {
      io.on(PEER_EVENTS.appended, (raw) => {
        const notice = AppendedNotice.safeParse(raw);
        if (notice.success) deps.meetings.noteAppended(notice.data.meetingId, notice.data.seq);
      });
    }
  }

  /**
   * Sends logged events to the meeting's sockets, each seeing only what it may
   * (V1–V3): the rest reaches it as `{seq}` (S3).
   */
  publish(meetingId: string, events: LoggedEvent[]): void {
    if (!events.length) return;
    // Sent after the acks of the commands that wrote them (they go out first, in this turn's microtasks),
    // and together with whatever else the meeting commits in this turn: one emit per audience (issue 20).
    const queued = this.pending.get(meetingId);
    if (queued) return void queued.push(...events);
    this.pending.set(meetingId, [...events]);
    setImmediate(() => {
      const batch = this.pending.get(meetingId) ?? [];
      this.pending.delete(meetingId);
      this.broadcast(meetingId, batch);
      // The adapter has carried the events to every process's sockets; the peers' caches catch up from the log.
      if (this.deps.shared)
        this.deps.io.serverSideEmit(PEER_EVENTS.appended, { meetingId, seq: batch[batch.length - 1]!.seq });
    });
  }

  /** Events another process wrote but may not have broadcast (it died): to this process's own sockets only. */
  publishHere(meetingId: string, events: LoggedEvent[]): void {
    if (events.length) this.broadcast(meetingId, events, true);
  }

  private broadcast(meetingId: string, events: LoggedEvent[], here = false): void {
    const { io } = this.deps;
    const to = (room: string | string[]) => (here ? io.local.to(room) : io.to(room));
    this.dropErased(meetingId, events);
    this.endDrags(meetingId, events);
    const audiences = events.map((e) => audienceOf(e.event));
    const state = this.deps.meetings.peek(meetingId)?.state;
    // An anonymous exercise's placements go to the room by pseudonym, and to their own phone as its own (PD7).
    const ownersByEvent = state ? events.map((e) => ownersOf(state, e.event)) : [];
    const owners = [...new Set(ownersByEvent.flat())];
    // What a phone that is nobody in particular gets of each event: shaped once, and reused for the room's batch.
    const forRoom = state ? events.map((e) => eventFor(state, e.event, ROOM)) : undefined;
    const shaped = forRoom
      ? forRoom.some((event, i) => event !== events[i]!.event)
      : events.some((e) => mayBeShaped(e.event));
    if (audiences.every((a) => a === 'all') && !shaped) {
      to(meetingRoom(meetingId)).emit(SERVER_EVENTS.events, { events: events.map(toSequenced) });
      return;
    }
    let room: SequencedEvent[] | undefined;
    const batchFor = (actor: Actor): SequencedEvent[] => {
      const viewer = state ? viewerOf(state, actor) : actor;
      // A participant's batch is the room's but for the events about them (theirs, their cluster's): those are
      // shaped for them, the rest shared, so a batch of N placements costs N shapings, not N for each owner.
      const plain = actor.role === 'participant' && !actor.participantId && !actor.clusterId;
      const shared = actor.role === 'participant' && !plain ? (room ??= batchFor({ role: 'participant' })) : undefined;
      return events.map((e, i) => {
        const about =
          typeof audiences[i] === 'object' ||
          (!!actor.participantId && !!ownersByEvent[i]?.includes(actor.participantId));
        if (shared && !about) return shared[i]!;
        if (!canSee(audiences[i]!, viewer)) return { seq: e.seq };
        // Needs no state: each gets its half of an evaluation answer (EV2).
        if (e.event.type === 'evaluationAnswered') return { seq: e.seq, event: answeredFor(e.event, viewer) };
        if (state) return { seq: e.seq, event: plain ? forRoom![i]! : eventFor(state, e.event, viewer) };
        // Not loaded here (it cannot be, having just written them): nothing that might name someone leaves.
        return isTeam(viewer.role) || !mayBeShaped(e.event) ? toSequenced(e) : { seq: e.seq };
      });
    };
    const emit = (room: string | string[], except: string[], actor: Actor) =>
      to(room)
        .except(except)
        .emit(SERVER_EVENTS.events, { events: batchFor(actor) });
    const team = teamRoom(meetingId);
    const screen = screenRoom(meetingId);
    const supervisors = supervisorRoom(meetingId);
    emit(team, [supervisors], { role: 'facilitator' });
    emit(supervisors, [], { role: 'supervisor' });
    emit(screen, [team], { role: 'screen' });
    // Participants who may see something others may not: their own hidden or anonymous placement, their cluster's rounds.
    const singled = [
      ...new Set([
        ...audiences.flatMap((a) =>
          typeof a !== 'object' ? [] : 'teamAnd' in a ? [a.teamAnd] : 'teamRoundsAnd' in a ? [a.teamRoundsAnd] : [],
        ),
        ...owners,
      ]),
    ];
    const clusters = [
      ...new Set(audiences.flatMap((a) => (typeof a === 'object' && 'cluster' in a ? [a.cluster] : []))),
    ];
    const singledRooms = singled.map((id) => participantRoom(meetingId, id));
    for (const participantId of singled)
      emit(participantRoom(meetingId, participantId), [team], { role: 'participant', participantId });
    for (const clusterId of clusters)
      emit(clusterRoom(meetingId, clusterId), [team, ...singledRooms], { role: 'participant', clusterId });
    emit(meetingRoom(meetingId), [team, screen, ...singledRooms, ...clusters.map((c) => clusterRoom(meetingId, c))], {
      role: 'participant',
    });
  }

  /**
   * Drops every socket opened with these (just revoked) tokens, on every
   * process. After the current tick, so the facilitator who rotated their own
   * link gets the ack with the new one first.
   */
  revoked(meetingId: string, hashes: string[]): void {
    setImmediate(() => this.deps.io.in(hashes.map((h) => tokenRoom(meetingId, h))).disconnectSockets(true));
  }

  /** Whether a socket of this process has the meeting open (a guest's join form does not count). */
  holds(meetingId: string): boolean {
    return (this.deps.io.sockets.adapter.rooms.get(meetingRoom(meetingId))?.size ?? 0) > 0;
  }

  /**
   * A participant who left, or every participant once the meeting's personal
   * data is erased, has no token any more: their open sockets are closed too,
   * after the ack that is on its way (PD2, PD3).
   */
  private dropErased(meetingId: string, events: LoggedEvent[]): void {
    const { io } = this.deps;
    for (const { event } of events) {
      if (event.type === 'participantLeft') {
        setImmediate(() => io.in(participantRoom(meetingId, event.participantId)).disconnectSockets(true));
      } else if (event.type === 'personalDataErased') {
        setImmediate(() => {
          void io
            .in(meetingRoom(meetingId))
            .fetchSockets()
            .then(
              (sockets) =>
                sockets.filter((s) => s.data.actor?.role === 'participant').forEach((s) => s.disconnect(true)),
              (err: unknown) =>
                this.deps.log.error({ err, meetingId }, "closing the erased participants' sockets failed"),
            );
        });
      }
    }
  }

  /** Stops scheduling: after this the gateway sends nothing more. */
  close(): void {
    this.closed = true;
    for (const cancel of this.presenceTimers.values()) cancel();
    this.presenceTimers.clear();
    for (const d of this.drags.values()) d.cancel();
    this.drags.clear();
  }

  private async authenticate(raw: unknown, address: string): Promise<SocketData | { error: Error }> {
    const data = await this.credentials(raw, address);
    if (!('error' in data) && this.deps.meetings.isSetAside(data.meetingId)) {
      return {
        error: authError(
          'not_found',
          'this meeting cannot be opened: its log cannot be read, and the server has set it aside',
        ),
      };
    }
    return data;
  }

  private async credentials(raw: unknown, address: string): Promise<SocketData | { error: Error }> {
    const auth = HandshakeAuth.safeParse(raw);
    if (!auth.success) return { error: authError('invalid', 'a token or a join code is needed') };
    const theirs = auth.data.protocol ?? 0;
    if (theirs !== this.protocol) return { error: protocolRefusal(this.protocol, theirs) };
    if ('token' in auth.data) {
      const token = await this.deps.store.token(hashToken(auth.data.token));
      if (!token || token.revoked) return { error: authError('forbidden', 'this link is not valid (any more)') };
      const actor: Actor = { role: token.role };
      if (token.participantId) actor.participantId = token.participantId;
      if (token.clusterId) actor.clusterId = token.clusterId;
      return { meetingId: token.meetingId, actor, tokenHash: hashToken(auth.data.token) };
    }
    // Looked up first and only a miss costs a guess (A4); out of guesses, only meetings this address reached pass.
    const { limits } = this.deps;
    const key = addressKey(address);
    const now = this.deps.clock.now();
    const canGuess = await limits.has('codeGuess', key);
    const code = normaliseJoinCode(auth.data.code);
    const meetingId = code && (await this.deps.store.meetingIdForCode(code));
    if (meetingId && (canGuess || this.reached.has(key, meetingId, now))) {
      this.reached.note(key, meetingId, now);
      return { meetingId, actor: { role: 'guest' } };
    }
    if (!canGuess) return { error: authError('rate_limited', 'too many wrong codes; wait a minute') };
    await limits.take('codeGuess', key);
    return { error: authError('not_found', 'no meeting has that code') };
  }

  private connected(socket: MeetingSocket): void {
    const { meetingId, actor, tokenHash } = socket.data;
    if (tokenHash) void socket.join(tokenRoom(meetingId, tokenHash));
    if (actor.role !== 'guest') void socket.join(meetingRoom(meetingId));
    if (isTeam(actor.role)) void socket.join(teamRoom(meetingId));
    if (actor.participantId) void socket.join(participantRoom(meetingId, actor.participantId));
    if (actor.role === 'supervisor') void socket.join(supervisorRoom(meetingId));
    if (actor.role === 'screen') void socket.join(screenRoom(meetingId));
    if (actor.role === 'participant') {
      // A failure here must not crash the process: the phone still gets its cluster's rounds by resync.
      this.joinClusterRoom(socket).catch((err: unknown) =>
        this.deps.log.error({ err, meetingId }, 'joining the cluster room failed'),
      );
    }
    socket.emit(SERVER_EVENTS.welcome, { meetingId, actor, serverNow: this.deps.clock.now(), protocol: this.protocol });

    socket.on(CLIENT_EVENTS.command, (...args: unknown[]) => {
      const call = ackedCall<CommandAck>(args);
      if (!call) return;
      const { payload, ack } = call;
      if ('malformed' in call) return ack({ ok: false, error: call.malformed });
      this.command(socket, payload).then(ack, (err: unknown) => {
        this.deps.log.error({ err, meetingId }, 'command failed');
        ack({ ok: false, error: { code: 'conflict', message: 'the server could not save that; try again' } });
      });
    });
    socket.on(CLIENT_EVENTS.resync, (...args: unknown[]) => {
      const call = ackedCall<ResyncAck>(args);
      if (!call) return;
      const { payload, ack } = call;
      if ('malformed' in call) return ack({ ok: false, error: call.malformed });
      this.resync(socket, payload).then(ack, (err: unknown) => {
        this.deps.log.error({ err, meetingId }, 'resync failed');
        ack({ ok: false, error: { code: 'conflict', message: 'could not load the meeting; try again' } });
      });
    });
    const { limits } = this.deps;
    socket.on(CLIENT_EVENTS.time, (_sentAt, ack) => {
      if (typeof ack !== 'function') return;
      void limits.take('time', socket.id).then((ok) => ok && ack(this.deps.clock.now()));
    });
    socket.on(CLIENT_EVENTS.drag, (payload) => {
      void limits.take('drag', socket.id).then((ok) => ok && this.drag(meetingId, actor, payload));
    });

    if (actor.role === 'participant' && actor.participantId) {
      this.markOnline(meetingId, actor.participantId, +1);
      socket.on('disconnect', () => this.markOnline(meetingId, actor.participantId!, -1));
    } else if (actor.role !== 'guest') {
      // Who is online is for the meeting's own screens, not for someone holding only the code (V1).
      if (this.deps.shared)
        void this.onlineEverywhere(meetingId).then(
          (online) => online && socket.emit(SERVER_EVENTS.presence, { online }),
        );
      else socket.emit(SERVER_EVENTS.presence, { online: this.onlineHere(meetingId) });
    }
  }

  private async command(socket: MeetingSocket, payload: unknown): Promise<CommandAck> {
    if (!(await this.deps.limits.take('command', socket.id))) return tooFast;
    const parsed = Command.safeParse(payload);
    if (!parsed.success) return { ok: false, error: { code: 'invalid', message: describeIssues(parsed.error) } };
    const envelope = CommandEnvelope.safeParse(payload);
    if (!envelope.success) return { ok: false, error: { code: 'invalid', message: describeIssues(envelope.error) } };
    const { commandId } = envelope.data;
    if (parsed.data.type === 'join' && socket.data.actor.role === 'guest')
      return this.join(socket, parsed.data, commandId);
    return this.deps.meetings.execute(socket.data.meetingId, socket.data.actor, parsed.data, commandId);
  }

  /**
   * One join per guest socket, and a limit per address on joins that land: the
   * join code alone must not fill a meeting with made-up people.
   */
  private async join(socket: MeetingSocket, command: Command, commandId?: string): Promise<CommandAck> {
    const { data } = socket;
    if (data.joined)
      return {
        ok: false,
        error: { code: 'conflict', message: 'this connection has joined already; connect again to join someone else' },
      };
    // Set before anything is awaited: joins sent at once from one socket see it.
    data.joined = true;
    const key = data.addressKey ?? socket.id;
    if (!(await this.deps.limits.has('join', key))) {
      data.joined = false;
      return {
        ok: false,
        error: { code: 'rate_limited', message: 'too many people joined from this network just now; wait a minute' },
      };
    }
    const ack = await this.deps.meetings
      .execute(data.meetingId, data.actor, command, commandId)
      .catch((err: unknown) => {
        data.joined = false;
        throw err;
      });
    if (ack.ok) await this.deps.limits.take('join', key);
    else data.joined = false;
    return ack;
  }

  private async resync(socket: MeetingSocket, payload: unknown): Promise<ResyncAck> {
    if (!(await this.deps.limits.take('resync', socket.id))) return tooFast;
    const parsed = ResyncRequest.safeParse(payload);
    if (!parsed.success) return { ok: false, error: { code: 'invalid', message: describeIssues(parsed.error) } };
    const { meetingId, actor } = socket.data;
    const meeting = await this.deps.meetings.get(meetingId);
    if (!meeting) return { ok: false, error: { code: 'not_found', message: 'no such meeting' } };
    const { fromSeq } = parsed.data;
    const behind = meeting.seq - fromSeq;
    if (fromSeq === 0 || behind < 0 || behind > MAX_EVENTS_IN_RESYNC || actor.role === 'guest') {
      return { ok: true, kind: 'snapshot', seq: meeting.seq, state: viewFor(meeting.state, actor) };
    }
    const viewer = viewerOf(meeting.state, actor);
    const events = (await this.deps.meetings.eventsAfter(meetingId, fromSeq)).map((e) =>
      canSee(audienceOf(e.event), viewer)
        ? { seq: e.seq, event: eventFor(meeting.state, e.event, viewer) }
        : { seq: e.seq },
    );
    return { ok: true, kind: 'events', events };
  }

  /** A token being dragged: presence, kept only until the next frame; never logged (DESIGN.md, facts vs presence). */
  private drag(meetingId: string, actor: Actor, payload: unknown): void {
    if (this.closed || actor.role !== 'participant' || !actor.participantId) return;
    const parsed = Drag.safeParse(payload);
    const run = this.deps.meetings.peek(meetingId)?.state.exerciseRun;
    if (!parsed.success || run?.statementId !== parsed.data.statementId || run.locked) return;
    let pending = this.drags.get(meetingId);
    if (pending && pending.statementId !== parsed.data.statementId) pending.moves.clear();
    if (!pending) {
      pending = {
        statementId: parsed.data.statementId,
        moves: new Map(),
        cancel: this.deps.clock.after(DRAG_FRAME_MS, () => this.flushDrags(meetingId)),
      };
      this.drags.set(meetingId, pending);
    }
    pending.statementId = parsed.data.statementId;
    pending.moves.set(actor.participantId, { x: parsed.data.x, y: parsed.data.y });
  }

  /**
   * A placement ends its participant's drag (P2): a move of theirs still
   * waiting for the next frame would bring the token back as moving after
   * every screen has drawn it saved.
   */
  private endDrags(meetingId: string, events: LoggedEvent[]): void {
    const pending = this.drags.get(meetingId);
    if (!pending) return;
    for (const { event } of events)
      if (event.type === 'placed' && event.placement.statementId === pending.statementId)
        pending.moves.delete(event.placement.participantId);
  }

  private flushDrags(meetingId: string): void {
    const pending = this.drags.get(meetingId);
    this.drags.delete(meetingId);
    const state = this.deps.meetings.peek(meetingId)?.state;
    const run = state?.exerciseRun;
    if (!pending?.moves.size || !state || run?.statementId !== pending.statementId || run.locked) return;
    const frame = {
      statementId: pending.statementId,
      moves: [...pending.moves].map(([participantId, at]) => ({ participantId, ...at })),
    };
    const { io } = this.deps;
    io.to(teamRoom(meetingId)).volatile.emit(SERVER_EVENTS.dragFrame, frame);
    // Hidden until reveal: only the team watches tokens move; in an anonymous exercise the projector by pseudonym.
    if (!isHidden(state, pending.statementId))
      io.to(screenRoom(meetingId))
        .except(teamRoom(meetingId))
        .volatile.emit(SERVER_EVENTS.dragFrame, dragFrameFor(state, frame, { role: 'screen' }));
  }

  /** A participant's phone follows their cluster's rounds (V4); a late join of the room is caught up by resync. */
  private async joinClusterRoom(socket: MeetingSocket): Promise<void> {
    const { meetingId, actor } = socket.data;
    const meeting = await this.deps.meetings.get(meetingId);
    const clusterId = meeting && viewerOf(meeting.state, actor).clusterId;
    if (clusterId) await socket.join(clusterRoom(meetingId, clusterId));
  }

  private markOnline(meetingId: string, participantId: string, delta: number): void {
    const counts = this.online.get(meetingId) ?? new Map<string, number>();
    const n = (counts.get(participantId) ?? 0) + delta;
    if (n > 0) counts.set(participantId, n);
    else counts.delete(participantId);
    if (counts.size) this.online.set(meetingId, counts);
    else this.online.delete(meetingId);
    this.schedulePresence(meetingId);
  }

  /** Presence is not a fact: coalesced to one volatile message a second per meeting, never logged. */
  private schedulePresence(meetingId: string): void {
    if (this.closed || this.presenceTimers.has(meetingId)) return;
    const cancel = this.deps.clock.after(PRESENCE_INTERVAL_MS, () => {
      this.presenceTimers.delete(meetingId);
      const send = (online: string[] | undefined) =>
        online && this.deps.io.to(meetingRoom(meetingId)).volatile.emit(SERVER_EVENTS.presence, { online });
      if (this.deps.shared) void this.onlineEverywhere(meetingId).then(send);
      else send(this.onlineHere(meetingId));
    });
    this.presenceTimers.set(meetingId, cancel);
  }

  private onlineHere(meetingId: string): string[] {
    return [...(this.online.get(meetingId)?.keys() ?? [])];
  }

  /**
   * With several processes each holds only its own sockets: ask them all
   * through the adapter. Undefined when a process does not answer in time
   * (one just died): presence is not a fact, the next change sends it again.
   */
  private async onlineEverywhere(meetingId: string): Promise<string[] | undefined> {
    try {
      const sockets = await this.deps.io.in(meetingRoom(meetingId)).fetchSockets();
      if (this.closed) return undefined;
      const ids = sockets.flatMap((s) =>
        s.data.actor?.role === 'participant' && s.data.actor.participantId ? [s.data.actor.participantId] : [],
      );
      return [...new Set(ids)];
    } catch (err) {
      this.deps.log.debug({ err, meetingId }, 'could not ask the other processes who is online');
      return undefined;
    }
  }
}
