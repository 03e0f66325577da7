/**
 * The live meetings this process holds: state in memory, rebuilt from the log
 * on first use. Commands on one meeting run one at a time: decide, append to
 * the log (the ack waits for disk), apply, publish.
 */
import { isDone } from '../shared/feedbackRound';
import { joinCodeFrom } from '../shared/joinCode';
import { dueAt } from '../shared/timer';
import { BLANK_MEETING, decide, meetingCreated, reduce, type MeetingState } from '../shared/meeting';
import type { Actor, Command, CommandAck, CreateMeetingRequest, IssuedLink } from '../shared/protocol';
import { hashToken, type Clock, type Ids } from './secrets';
import { linkPath, roleOfLink } from '../shared/link';
import { CodeTakenError, SeqConflictError, type LoggedEvent, type MeetingStore, type NewToken, type TokenSelector } from './store';

export interface LiveMeeting {
  state: MeetingState;
  seq: number;
}

export type Publish = (meetingId: string, events: LoggedEvent[]) => void;

export interface CreatedMeeting {
  meetingId: string;
  code: string;
  facilitatorToken: string;
  screenToken: string;
  evaluatorToken: string;
  /** One per cluster: the supervisor's own. */
  supervisorTokens: { clusterId: string; name: string; token: string }[];
}

const MAX_APPEND_ATTEMPTS = 3;

export class Meetings {
  private live = new Map<string, LiveMeeting>();
  private queues = new Map<string, Promise<unknown>>();
  /** Scheduled phase ends, one per meeting and cluster: cancelled and set again on every change. */
  private due = new Map<string, () => void>();
  private closed = false;

  constructor(
    private readonly store: MeetingStore,
    private readonly clock: Clock,
    private readonly ids: Ids,
    private readonly publish: Publish,
    /** Tokens just revoked: their open sockets are to be dropped (after the sender's ack). */
    private readonly onRevoked?: (meetingId: string, hashes: string[]) => void,
  ) {}

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
        const supervisorTokens = (event.clusters ?? []).map((c) => ({ clusterId: c.id, name: c.name, token: this.ids.secret() }));
        const all = [...tokens, ...supervisorTokens.map((s) => ({ hash: hashToken(s.token), role: 'supervisor' as const, clusterId: s.clusterId }))];
        await this.store.createMeeting({ id: meetingId, code, name: req.name, createdAt: now }, { seq: 1, at: now, event }, all);
        this.live.set(meetingId, { state: reduce(BLANK_MEETING, event), seq: 1 });
        return { meetingId, code, facilitatorToken, screenToken, evaluatorToken, supervisorTokens };
      } catch (err) {
        if (!(err instanceof CodeTakenError) || attempt >= 10) throw err;
      }
    }
  }

  /** The meeting's live state, loading it from the log if this process has not yet. */
  async get(meetingId: string): Promise<LiveMeeting | undefined> {
    const cached = this.live.get(meetingId);
    if (cached) return cached;
    return this.serially(meetingId, () => this.load(meetingId));
  }

  /** The live state if this process holds it, without loading: for presence, which must stay cheap. */
  peek(meetingId: string): LiveMeeting | undefined {
    return this.live.get(meetingId);
  }

  /** Runs a command: the ack says ok with the last seq written, or why nothing changed. */
  execute(meetingId: string, actor: Actor, command: Command): Promise<CommandAck> {
    return this.serially(meetingId, async () => {
      for (let attempt = 1; ; attempt++) {
        const meeting = await this.load(meetingId);
        if (!meeting) return { ok: false, error: { code: 'not_found', message: 'no such meeting' } };
        const now = this.clock.now();
        const decision = decide(meeting.state, command, actor, { now, newId: () => this.ids.newId() });
        if (!decision.ok) return decision;

        const logged = decision.events.map((event, i) => ({ seq: meeting.seq + 1 + i, at: now, event }));
        const tokens: NewToken[] = [];
        const revoke: TokenSelector[] = [];
        let join: { participantId: string; token: string } | undefined;
        let issued: IssuedLink | undefined;
        for (const { event } of logged) {
          if (event.type === 'participantJoined') {
            join = { participantId: event.participant.id, token: this.ids.secret() };
            tokens.push({ hash: hashToken(join.token), role: 'participant', participantId: join.participantId });
          }
          if (event.type === 'linkChanged') {
            const link = { role: roleOfLink(event.link), ...(event.clusterId ? { clusterId: event.clusterId } : {}) };
            revoke.push(link);
            if (event.action === 'rotate') {
              const token = this.ids.secret();
              tokens.push({ hash: hashToken(token), ...link });
              issued = { link: event.link, ...(event.clusterId ? { clusterId: event.clusterId } : {}), path: linkPath(event.link, meetingId, token) };
            }
          }
        }
        let revoked: string[];
        try {
          revoked = await this.store.append(meetingId, logged, tokens, revoke);
        } catch (err) {
          // Another process wrote first: forget our copy, reload and decide again.
          if (err instanceof SeqConflictError && attempt < MAX_APPEND_ATTEMPTS) {
            this.live.delete(meetingId);
            continue;
          }
          throw err;
        }
        let state = meeting.state;
        for (const { event } of logged) state = reduce(state, event);
        const seq = logged[logged.length - 1]!.seq;
        this.live.set(meetingId, { state, seq });
        this.scheduleDue(meetingId, state);
        this.publish(meetingId, logged);
        if (revoked.length) this.onRevoked?.(meetingId, revoked);
        return { ok: true, seq, ...(join ? { join } : {}), ...(issued ? { issued } : {}) };
      }
    });
  }

  /** Events after `fromSeq` from the log, for a client catching up. */
  eventsAfter(meetingId: string, fromSeq: number): Promise<LoggedEvent[]> {
    return this.store.eventsAfter(meetingId, fromSeq);
  }

  /** Loads every meeting, so running timers resume after a restart (DESIGN.md, "Time"). */
  async resumeAll(): Promise<number> {
    const ids = await this.store.meetingIds();
    for (const id of ids) await this.get(id);
    return ids.length;
  }

  /** Cancels every scheduled phase end; nothing fires after this. */
  close(): void {
    this.closed = true;
    for (const cancel of this.due.values()) cancel();
    this.due.clear();
  }

  /**
   * The server fires a phase's end itself when the cluster runs on
   * auto-advance. `phaseDue` is idempotent, so a late or doubled firing (or
   * another process's) changes nothing twice.
   */
  private scheduleDue(meetingId: string, state: MeetingState): void {
    if (this.closed) return;
    for (const run of state.feedbackRuns) {
      const key = `${meetingId}\u0000${run.clusterId}`;
      this.due.get(key)?.();
      this.due.delete(key);
      const at = run.autoAdvance && !isDone(run) ? dueAt(run.timer) : null;
      if (at === null) continue;
      const { clusterId, index, phase } = run;
      this.due.set(key, this.clock.at(at, () => {
        this.due.delete(key);
        void this.execute(meetingId, { role: 'system' }, { type: 'phaseDue', clusterId, index, phase }).catch(() => undefined);
      }));
    }
  }

  /** Brings the cached state up to the log's end (a no-op in a single process once loaded). */
  private async load(meetingId: string): Promise<LiveMeeting | undefined> {
    const cached = this.live.get(meetingId);
    if (cached) return cached;
    const events = await this.store.eventsAfter(meetingId, 0);
    if (!events.length) return undefined;
    let state = BLANK_MEETING;
    for (const e of events) state = reduce(state, e.event);
    const meeting = { state, seq: events[events.length - 1]!.seq };
    this.live.set(meetingId, meeting);
    this.scheduleDue(meetingId, state);
    return meeting;
  }

  private serially<T>(meetingId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(meetingId) ?? Promise.resolve();
    const run = previous.then(task, task);
    const tail = run.catch(() => undefined);
    this.queues.set(meetingId, tail);
    void tail.then(() => {
      if (this.queues.get(meetingId) === tail) this.queues.delete(meetingId);
    });
    return run;
  }
}
