/**
 * The live meetings this process holds: state in memory, rebuilt from the log
 * on first use. Commands on one meeting run one at a time: decide, append to
 * the log (the ack waits for disk), apply, publish; those that queue up while
 * an append is on its way share the next one (D5). When other processes
 * write the same logs (`shared`), a command is decided on the cached state
 * and a taken seq or a refusal sends it back to the log first; answers
 * (resync) catch up before they are given, and so does a peer's notice.
 */
import { isDone } from '../shared/day/feedbackRound';
import { joinCodeFrom } from '../shared/day/joinCode';
import { dueAt } from '../shared/day/timer';
import { BLANK_MEETING, decide, meetingCreated, reduce, type MeetingState } from '../shared/day/meeting';
import type { Actor, Command, CommandAck, CreateMeetingRequest } from '../shared/protocol';
import { hashToken, type Clock, type Ids } from './secrets';
import { effectsOf, logErasure, writesOnlyEvents } from './commitEffects';
import {
  CodeTakenError,
  CorruptLogError,
  SeqConflictError,
  UnloggableEventError,
  type CommandOutcome,
  type LoggedEvent,
  type MeetingStore,
  type NewToken,
} from './store';
import { KeyedQueue } from './keyedQueue';

export interface LiveMeeting {
  state: MeetingState;
  seq: number;
}

/** Where a commit's consequences leave the engine: the gateway's sockets. */
export interface Outbox {
  /** Committed events, to every process's sockets of the meeting (sent after this turn's acks, D5). */
  publish(meetingId: string, events: LoggedEvent[]): void;
  /**
   * Shared only: events this process read from the log that no peer announced. Their writer may have
   * died between its commit and its broadcast; they go to this process's sockets (a client skips what it has).
   */
  publishHere(meetingId: string, events: LoggedEvent[]): void;
  /** Tokens just revoked: their open sockets are dropped (after the sender's ack). */
  revoked(meetingId: string, hashes: string[]): void;
  /** Whether any socket of this process has the meeting open: an idle meeting leaves memory, and the sweep passes it. */
  holds(meetingId: string): boolean;
}

/** An outbox for an engine without sockets (seeding, tests of the engine alone): nothing is sent, nothing is held. */
export const NO_OUTBOX: Outbox = {
  publish: () => undefined,
  publishHere: () => undefined,
  revoked: () => undefined,
  holds: () => false,
};

export interface CreatedMeeting {
  meetingId: string;
  code: string;
  facilitatorToken: string;
  screenToken: string;
  evaluatorToken: string;
  /** One per cluster: the supervisor's own. */
  supervisorTokens: { clusterId: string; name: string; token: string }[];
}

/** A meeting's state is saved every this many events: a restart replays at most this many (D6). */
export const SNAPSHOT_EVERY = 1_000;

/** Two processes writing one meeting at once: the loser catches up and decides again, a few times at most. */
const MAX_APPEND_ATTEMPTS = 8;

/** How often a shared process reads the logs of the meetings it holds, for what no peer announced. */
const SWEEP_MS = 3_000;

/** A meeting no socket here has open, unused this long and with no phase end to fire, leaves memory (D6 reloads it). */
export const IDLE_MS = 10 * 60_000;

export interface MeetingsOptions {
  /** Other processes write the same logs (several processes behind the Redis adapter). */
  shared?: boolean;
  /** How often the shared sweep runs (ms); tests shorten it. */
  sweepMs?: number;
  /** Save each meeting's state every `every` events, marked with the code's `version` (D6); none without. */
  snapshots?: { version: string; every: number };
  /** A meeting's log did not parse and the meeting was set aside (R2): to be logged loudly. */
  onSetAside?: (meetingId: string, reason: string) => void;
}

/** A command waiting for its meeting's next append. */
interface Call {
  actor: Actor;
  command: Command;
  commandId?: string;
  resolve: (ack: CommandAck) => void;
  reject: (err: unknown) => void;
}

export class Meetings {
  private live = new Map<string, LiveMeeting>();
  /** Per meeting, the commands that arrived while its queue was busy: they share the next append. */
  private readonly waiting = new Map<string, Call[]>();
  /** Per meeting, the seq of its last saved state. */
  private readonly saved = new Map<string, number>();
  private readonly queue = new KeyedQueue();
  /** Scheduled phase ends, one per meeting and cluster: cancelled and set again on every change. */
  private due = new Map<string, () => void>();
  private closed = false;
  /** Per meeting, the last seq a peer said it wrote and broadcast. */
  private announced = new Map<string, number>();
  private readonly stopTimers: () => void;
  /** Where commits go; the gateway, once it exists (it needs this engine first). */
  private outbox: Outbox = NO_OUTBOX;
  private sweeping = false;
  /** Per held meeting, when a command or a read last used it (for eviction). */
  private readonly used = new Map<string, number>();
  /** Meetings whose log does not parse, with why: set aside, never loaded, the others served (R2). */
  private readonly setAside = new Map<string, string>();

  constructor(
    private readonly store: MeetingStore,
    private readonly clock: Clock,
    private readonly ids: Ids,
    private readonly opts: MeetingsOptions = {},
  ) {
    const stops = [clock.every(IDLE_MS, () => this.evictIdle())];
    if (opts.shared) stops.push(clock.every(opts.sweepMs ?? SWEEP_MS, () => this.sweep()));
    this.stopTimers = () => stops.forEach((stop) => stop());
  }

  /** Sends what commits from now on through `outbox` (the gateway). */
  sendTo(outbox: Outbox): void {
    this.outbox = outbox;
  }

  /** Creates a meeting from a checked request (see `checkMeetingRequest`), optionally as part of a programme. */
  async create(req: CreateMeetingRequest, programmeId?: string): Promise<CreatedMeeting> {
    const meetingId = this.ids.newId();
    const facilitatorToken = this.ids.secret();
    const screenToken = this.ids.secret();
    const evaluatorToken = this.ids.secret();
    const now = this.clock.now();
    const tokens: NewToken[] = [
      { hash: hashToken(facilitatorToken), role: 'facilitator' },
      { hash: hashToken(screenToken), role: 'screen' },
      { hash: hashToken(evaluatorToken), role: 'evaluator' },
    ];
    for (let attempt = 0; ; attempt++) {
      const code = joinCodeFrom(this.ids.randomInts(6));
      const event = meetingCreated(req, meetingId, code, { now, newId: () => this.ids.newId() }, programmeId);
      try {
        const supervisorTokens = (event.clusters ?? []).map((c) => ({
          clusterId: c.id,
          name: c.name,
          token: this.ids.secret(),
        }));
        const all = [
          ...tokens,
          ...supervisorTokens.map((s) => ({
            hash: hashToken(s.token),
            role: 'supervisor' as const,
            clusterId: s.clusterId,
          })),
        ];
        await this.store.createMeeting(
          { id: meetingId, code, name: req.name, createdAt: now },
          { seq: 1, at: now, event },
          all,
        );
        this.live.set(meetingId, { state: reduce(BLANK_MEETING, event), seq: 1 });
        return { meetingId, code, facilitatorToken, screenToken, evaluatorToken, supervisorTokens };
      } catch (err) {
        if (!(err instanceof CodeTakenError) || attempt >= 10) throw err;
      }
    }
  }

  /** The meeting's live state, loading it from the log if this process has not yet (and, when shared, catching up). */
  async get(meetingId: string): Promise<LiveMeeting | undefined> {
    if (this.setAside.has(meetingId)) return undefined;
    this.used.set(meetingId, this.clock.now());
    const cached = this.live.get(meetingId);
    if (cached && !this.opts.shared) return cached;
    return this.serially(meetingId, () => this.catchUp(meetingId));
  }

  /**
   * A peer wrote `meetingId` up to `seq` and broadcast it: a process holding
   * the meeting catches up, so its presence checks, phase-end timers and
   * answers follow. One it does not hold waits for first use.
   */
  noteAppended(meetingId: string, seq: number): void {
    this.announced.set(meetingId, Math.max(seq, this.announced.get(meetingId) ?? 0));
    const cached = this.live.get(meetingId);
    if (!cached || cached.seq >= seq) return;
    void this.serially(meetingId, () => this.catchUp(meetingId)).catch(() => undefined);
  }

  /** The live state if this process holds it, without loading: for presence, which must stay cheap. */
  peek(meetingId: string): LiveMeeting | undefined {
    return this.live.get(meetingId);
  }

  /**
   * Runs a command: the ack says ok with the last seq written, or why nothing changed.
   * With a `commandId` already in the log, nothing runs again: the answer is the first one's (D4).
   *
   * On one process, the commands that arrive for a meeting while its last ones are being
   * written wait together and share the next append: one commit and one broadcast for
   * the check-in's 300 placements in a second instead of 300 of each (issue 20). A lone
   * command runs at once, as before.
   */
  execute(meetingId: string, actor: Actor, command: Command, commandId?: string): Promise<CommandAck> {
    this.used.set(meetingId, this.clock.now());
    if (this.opts.shared) return this.serially(meetingId, () => this.runOne(meetingId, actor, command, commandId));
    return new Promise((resolve, reject) => {
      const call: Call = { actor, command, ...(commandId ? { commandId } : {}), resolve, reject };
      const waiting = this.waiting.get(meetingId);
      if (waiting) return void waiting.push(call);
      this.waiting.set(meetingId, [call]);
      void this.serially(meetingId, async () => {
        // The rest of this pass over the sockets first: the other placements of a burst, read in the same turn of
        // the event loop, join this append. Not a timer: a lone command waits only for the turn to end.
        await new Promise((resolve) => setImmediate(resolve));
        const calls = this.waiting.get(meetingId) ?? [];
        this.waiting.delete(meetingId);
        await this.runTogether(meetingId, calls).catch((err: unknown) => calls.forEach((c) => c.reject(err)));
      });
    });
  }

  /**
   * Decides the calls one after another on the state the earlier ones make, and appends
   * their events in one transaction; then acks each and publishes them once. A command
   * that issues or revokes tokens or erases runs on its own append, in its turn. If the
   * shared append fails, nothing of it was written and each command runs again alone, so
   * only the one at fault is refused (R1). Call it serially.
   */
  private async runTogether(meetingId: string, calls: Call[]): Promise<void> {
    const meeting = this.live.get(meetingId) ?? (await this.catchUp(meetingId));
    if (!meeting) {
      for (const c of calls) await this.runOne(meetingId, c.actor, c.command, c.commandId).then(c.resolve, c.reject);
      return;
    }
    let { state, seq } = meeting;
    let together: { call: Call; ack: CommandAck }[] = [];
    let events: LoggedEvent[] = [];
    const ids = new Set<string>();

    const flush = async () => {
      const group = together;
      const written = events;
      together = [];
      events = [];
      ids.clear();
      if (!written.length) return group.forEach(({ call, ack }) => call.resolve(ack));
      const commands = group.flatMap(({ call, ack }) =>
        call.commandId && ack.ok ? [{ id: call.commandId, seq: ack.seq }] : [],
      );
      try {
        await this.store.append(meetingId, written, { commands });
      } catch {
        for (const { call } of group)
          await this.runOne(meetingId, call.actor, call.command, call.commandId).then(call.resolve, call.reject);
        ({ state, seq } = this.live.get(meetingId) ?? { state, seq });
        return;
      }
      this.committed(meetingId, { state, seq }, written);
      for (const { call, ack } of group) call.resolve(ack);
    };

    for (const call of calls) {
      if (call.commandId) {
        // The same command twice in one group: the second reads the first's outcome once it is written.
        if (ids.has(call.commandId)) await flush();
        const done = await this.store.commandOutcome(meetingId, call.commandId);
        if (done) {
          await flush();
          await this.answerAgain(meetingId, call.actor, done).then(call.resolve, call.reject);
          continue;
        }
        ids.add(call.commandId);
      }
      const now = this.clock.now();
      const decision = decide(state, call.command, call.actor, { now, newId: () => this.ids.newId() });
      if (!decision.ok) {
        together.push({ call, ack: decision });
        continue;
      }
      const logged = decision.events.map((event, i) => ({ seq: seq + 1 + i, at: now, event }));
      if (!logged.every((e) => writesOnlyEvents(e.event))) {
        await flush();
        await this.runOne(meetingId, call.actor, call.command, call.commandId).then(call.resolve, call.reject);
        ({ state, seq } = this.live.get(meetingId) ?? { state, seq });
        continue;
      }
      for (const { event } of logged) state = reduce(state, event);
      seq += logged.length;
      events.push(...logged);
      together.push({ call, ack: { ok: true, seq } });
    }
    await flush();
  }

  /**
   * Runs one command on its own append; call it serially. With another process writing the
   * same log, a taken seq or a refusal sends it back to the log first.
   */
  private async runOne(meetingId: string, actor: Actor, command: Command, commandId?: string): Promise<CommandAck> {
    // Optimistic: decide on the copy in memory. If another process wrote since, the seq we
    // write is taken and the append says so (S2); a refusal is checked against the log (S4).
    let copy = this.live.get(meetingId) ?? (await this.catchUp(meetingId));
    for (let attempt = 1; ; attempt++) {
      const meeting = copy;
      if (!meeting) {
        const message = this.setAside.has(meetingId)
          ? "this meeting's log cannot be read; the server has set it aside"
          : 'no such meeting';
        return { ok: false, error: { code: 'not_found', message } };
      }
      const done = commandId && (await this.store.commandOutcome(meetingId, commandId));
      if (done) return this.answerAgain(meetingId, actor, done);
      const now = this.clock.now();
      const decision = decide(meeting.state, command, actor, { now, newId: () => this.ids.newId() });
      if (!decision.ok) {
        const fresher = this.opts.shared && attempt < MAX_APPEND_ATTEMPTS ? await this.catchUp(meetingId) : meeting;
        if (fresher && fresher.seq !== meeting.seq) {
          copy = fresher;
          continue;
        }
        return decision;
      }

      const logged = decision.events.map((event, i) => ({ seq: meeting.seq + 1 + i, at: now, event }));
      const { tokens, revoke, join, issued, erasure } = effectsOf(
        meetingId,
        logged.map((e) => e.event),
        () => this.ids.secret(),
      );
      let revoked: string[];
      try {
        revoked = await this.store.append(meetingId, logged, {
          tokens,
          revoke,
          ...(commandId
            ? {
                commands: [
                  {
                    id: commandId,
                    seq: logged[logged.length - 1]!.seq,
                    ...(join ? { participantId: join.participantId } : {}),
                  },
                ],
              }
            : {}),
          ...(erasure ? { erasure: logErasure(erasure) } : {}),
        });
      } catch (err) {
        // Nothing was written: the log would not have read it back (R1).
        if (err instanceof UnloggableEventError) return { ok: false, error: { code: 'invalid', message: err.message } };
        // Another process wrote first: catch up from the log and decide again.
        if (err instanceof SeqConflictError && attempt < MAX_APPEND_ATTEMPTS) {
          copy = await this.catchUp(meetingId);
          continue;
        }
        throw err;
      }
      if (erasure) {
        // A whole meeting's erasure rebuilds the file; one participant's is zeroed in place (secure_delete).
        // The erasure is committed either way: a failed compaction is redone by the next one, not reported as a lost command.
        await this.store.compact({ vacuum: erasure.kind === 'meeting' }).catch(() => undefined);
      }
      let state = meeting.state;
      for (const { event } of logged) state = reduce(state, event);
      const seq = logged[logged.length - 1]!.seq;
      this.committed(meetingId, { state, seq }, logged);
      if (revoked.length) this.outbox.revoked(meetingId, revoked);
      return { ok: true, seq, ...(join ? { join } : {}), ...(issued ? { issued } : {}) };
    }
  }

  /**
   * The answer to a command sent again whose first run is in the log. A join's
   * token went out only in the ack that never arrived, and only its hash is
   * stored: the same participant gets a new one. Call it serially.
   */
  private async answerAgain(meetingId: string, actor: Actor, done: CommandOutcome): Promise<CommandAck> {
    const { participantId } = done;
    if (!participantId || actor.role !== 'guest') return { ok: true, seq: done.seq };
    const onRoster = (m: LiveMeeting | undefined) => !!m?.state.participants.some((p) => p.id === participantId);
    // Written by another process, maybe not read here yet.
    if (!onRoster(this.live.get(meetingId)) && !onRoster(await this.catchUp(meetingId)))
      return { ok: true, seq: done.seq };
    const token = this.ids.secret();
    await this.store.addTokens(
      meetingId,
      [{ hash: hashToken(token), role: 'participant', participantId }],
      this.clock.now(),
    );
    return { ok: true, seq: done.seq, join: { participantId, token } };
  }

  /** Events after `fromSeq` from the log, for a client catching up. */
  eventsAfter(meetingId: string, fromSeq: number): Promise<LoggedEvent[]> {
    return this.store.eventsAfter(meetingId, fromSeq);
  }

  meetingIds(): Promise<string[]> {
    return this.store.meetingIds();
  }

  /** After erasing outside a meeting's log (a programme's participant list): no copy left on disk (PD4). */
  compact(): Promise<void> {
    return this.store.compact({ vacuum: true });
  }

  /**
   * Loads every meeting, so running timers resume after a restart (DESIGN.md, "Time").
   * A meeting whose log does not parse is set aside and the others are served (R2).
   */
  async resumeAll(): Promise<number> {
    const ids = await this.store.meetingIds();
    for (const id of ids) await this.get(id);
    return ids.length;
  }

  isSetAside(meetingId: string): boolean {
    return this.setAside.has(meetingId);
  }

  /** The meetings set aside because their log does not parse, with why (for /api/health and the log). */
  quarantined(): { meetingId: string; reason: string }[] {
    return [...this.setAside].map(([meetingId, reason]) => ({ meetingId, reason }));
  }

  /** Cancels every scheduled phase end; nothing fires after this. */
  close(): void {
    this.closed = true;
    this.stopTimers();
    for (const cancel of this.due.values()) cancel();
    this.due.clear();
  }

  /**
   * The server fires a phase's end itself when the cluster runs on
   * auto-advance. `phaseDue` is idempotent, so a late or doubled firing (or
   * another process's) changes nothing twice.
   */
  private cancelDue(meetingId: string): void {
    for (const [key, cancel] of this.due) {
      if (key.startsWith(`${meetingId}\u0000`)) {
        cancel();
        this.due.delete(key);
      }
    }
  }

  private scheduleDue(meetingId: string, state: MeetingState): void {
    if (this.closed) return;
    for (const run of state.feedbackRuns) {
      const key = `${meetingId}\u0000${run.clusterId}`;
      this.due.get(key)?.();
      this.due.delete(key);
      const at = run.autoAdvance && !isDone(run) ? dueAt(run.timer) : null;
      if (at === null) continue;
      const { clusterId, index, phase } = run;
      this.due.set(
        key,
        this.clock.at(at, () => {
          this.due.delete(key);
          return this.execute(meetingId, { role: 'system' }, { type: 'phaseDue', clusterId, index, phase }).catch(
            () => undefined,
          );
        }),
      );
    }
  }

  /** Applies what the log holds after the cached seq (all of it the first time); call it serially. */
  private async catchUp(meetingId: string): Promise<LiveMeeting | undefined> {
    if (this.setAside.has(meetingId)) return undefined;
    const cached = this.live.get(meetingId) ?? (await this.savedState(meetingId));
    let events: LoggedEvent[];
    try {
      events = await this.store.eventsAfter(meetingId, cached?.seq ?? 0);
    } catch (err) {
      if (!(err instanceof CorruptLogError)) throw err;
      this.setAside.set(meetingId, err.message);
      this.live.delete(meetingId);
      this.cancelDue(meetingId);
      this.opts.onSetAside?.(meetingId, err.message);
      return undefined;
    }
    if (!events.length) {
      if (cached && !this.live.has(meetingId)) this.live.set(meetingId, cached);
      return cached;
    }
    let state = cached?.state ?? BLANK_MEETING;
    for (const e of events) state = reduce(state, e.event);
    const meeting = { state, seq: events[events.length - 1]!.seq };
    this.live.set(meetingId, meeting);
    this.saveState(meetingId, meeting);
    this.scheduleDue(meetingId, state);
    const heard = this.announced.get(meetingId) ?? 0;
    const unheard = events.filter((e) => e.seq > heard);
    // Shared only: a peer may have died between its commit and its broadcast. One process alone broadcast all it wrote.
    if (this.opts.shared && cached && unheard.length) this.outbox.publishHere(meetingId, unheard);
    return meeting;
  }

  /**
   * Reads past the cached seq of each meeting a socket here has open: a peer that died before announcing a
   * write, or a lost notice. A meeting nobody here watches catches up when it is next used.
   */
  private async sweep(): Promise<void> {
    if (this.sweeping || this.closed) return;
    this.sweeping = true;
    try {
      for (const meetingId of [...this.live.keys()].filter((id) => this.outbox.holds(id))) {
        if (this.closed) break;
        await this.serially(meetingId, () => this.catchUp(meetingId)).catch(() => undefined);
      }
    } finally {
      this.sweeping = false;
    }
  }

  /**
   * Drops from memory each meeting that no socket here has open, that nothing used for IDLE_MS and that has
   * no phase end to fire: otherwise the map holds every meeting the process ever served. Its next use
   * reloads it from its saved state and the log's tail (D6).
   */
  private async evictIdle(): Promise<void> {
    const idle = (meetingId: string) =>
      !this.outbox.holds(meetingId) &&
      (this.used.get(meetingId) ?? -Infinity) <= this.clock.now() - IDLE_MS &&
      !this.waiting.has(meetingId) &&
      ![...this.due.keys()].some((key) => key.startsWith(`${meetingId}\u0000`));
    for (const meetingId of [...this.live.keys()].filter(idle)) {
      if (this.closed) return;
      await this.serially(meetingId, async () => {
        if (!idle(meetingId)) return;
        this.live.delete(meetingId);
        this.used.delete(meetingId);
        this.saved.delete(meetingId);
        this.announced.delete(meetingId);
      });
    }
  }

  /**
   * After a commit: the state in memory and its saved copy, the phase ends, and the events to the
   * gateway (which sends them after this turn's acks, D5).
   */
  private committed(meetingId: string, meeting: LiveMeeting, events: LoggedEvent[]): void {
    this.live.set(meetingId, meeting);
    this.saveState(meetingId, meeting);
    this.scheduleDue(meetingId, meeting.state);
    this.outbox.publish(meetingId, events);
  }

  /** The meeting's saved state, if the same code saved it and it reads; otherwise none, and the log is replayed whole. */
  private async savedState(meetingId: string): Promise<LiveMeeting | undefined> {
    const version = this.opts.snapshots?.version;
    if (!version) return undefined;
    const saved = await this.store.snapshot(meetingId);
    if (!saved || saved.version !== version) return undefined;
    try {
      const state = JSON.parse(saved.state) as MeetingState;
      this.saved.set(meetingId, saved.seq);
      return { state, seq: saved.seq };
    } catch {
      return undefined;
    }
  }

  /**
   * Saves the state once `every` events have passed since the last save (D6). A cache beside the log, written after
   * the commit and in its order (an erasure's append deletes it, PD4): losing one costs a longer replay, nothing else.
   */
  private saveState(meetingId: string, { state, seq }: LiveMeeting): void {
    const snapshots = this.opts.snapshots;
    if (!snapshots || seq - (this.saved.get(meetingId) ?? 0) < snapshots.every) return;
    this.saved.set(meetingId, seq);
    const snapshot = { seq, version: snapshots.version, state: JSON.stringify(state) };
    void this.store.saveSnapshot(meetingId, snapshot).catch(() => this.saved.delete(meetingId));
  }

  private serially<T>(meetingId: string, task: () => Promise<T>): Promise<T> {
    return this.queue.run(meetingId, task);
  }
}
