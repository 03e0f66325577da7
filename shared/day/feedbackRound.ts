/**
 * The EOR feedback rounds of a cluster (seed: "5 minuter per kommun, 5
 * minuter feedback från Trelleborg, 10 minuter feedback från övriga
 * kommuner", then the reply): per municipality presentation → supervisor →
 * peers → reply, on a server-time timer. A supervisor runs their own
 * cluster's rounds; the server fires `phaseDue` at a phase's end.
 */
import { accept, assertNever, fail, type Decision, type DecideContext } from '../decision';
import type {
  Actor,
  AskedQuestion,
  Command,
  FeedbackMinutes,
  FeedbackPhase,
  FeedbackRun,
  MeetingEvent,
  MeetingState,
  Segment,
  TimingEntry,
} from '../protocol';
import { FEEDBACK_PHASES } from '../protocol';
import { adjust, idle, pause, resume, start } from './timer';

export const DEFAULT_FEEDBACK_MINUTES: FeedbackMinutes = { presentation: 5, supervisor: 5, peers: 10, reply: 3 };
const MINUTE = 60_000;
export const MAX_QUEUE = 200;

type FeedbackCommand = Extract<
  Command,
  {
    type:
      | 'startFeedback'
      | 'feedbackTimer'
      | 'feedbackStep'
      | 'phaseDue'
      | 'setAutoAdvance'
      | 'arrangeFeedback'
      | 'raiseHand'
      | 'takeQuestion';
  }
>;

export const isDone = (run: FeedbackRun) => run.index >= run.order.length;
export const presenter = (run: FeedbackRun): string | null => run.order[run.index] ?? null;
export const runOf = (state: MeetingState, clusterId: string) =>
  state.feedbackRuns.find((r) => r.clusterId === clusterId);

/** `order` names exactly the municipalities of `all`, each once. */
const sameSet = (order: readonly string[], all: readonly string[]) =>
  order.length === all.length && new Set(order).size === order.length && order.every((id) => all.includes(id));

/** The next municipality after `index` that is not absent; `order.length` when none is left. */
function nextPresent(run: FeedbackRun, index: number): number {
  let i = index;
  while (i < run.order.length && run.skipped.includes(run.order[i]!)) i++;
  return i;
}

function withPhase(
  run: FeedbackRun,
  index: number,
  phase: FeedbackPhase,
  minutes: FeedbackMinutes,
  now: number,
): FeedbackRun {
  // Questions are for the municipality presenting: the next one starts with an empty queue.
  const queue = index === run.index ? run.queue : [];
  if (index >= run.order.length)
    return { ...run, index: run.order.length, phase: 'reply', timer: idle(0), phaseStartedAt: null, queue };
  return { ...run, index, phase, timer: start(minutes[phase] * MINUTE, now), phaseStartedAt: now, queue };
}

/** One phase on: the next phase, or the next present municipality's presentation. */
function stepNext(run: FeedbackRun, minutes: FeedbackMinutes, now: number): FeedbackRun {
  const p = FEEDBACK_PHASES.indexOf(run.phase);
  if (p < FEEDBACK_PHASES.length - 1) return withPhase(run, run.index, FEEDBACK_PHASES[p + 1]!, minutes, now);
  return withPhase(run, nextPresent(run, run.index + 1), 'presentation', minutes, now);
}

function stepBack(run: FeedbackRun, minutes: FeedbackMinutes, now: number): FeedbackRun | null {
  const p = FEEDBACK_PHASES.indexOf(run.phase);
  if (!isDone(run) && p > 0) return withPhase(run, run.index, FEEDBACK_PHASES[p - 1]!, minutes, now);
  for (let i = Math.min(run.index, run.order.length) - 1; i >= 0; i--) {
    if (!run.skipped.includes(run.order[i]!)) return withPhase(run, i, 'reply', minutes, now);
  }
  return null;
}

/** The log line for the phase that is ending now; planned is the meeting's length, so ±1 min shows as over or under. */
function timed(run: FeedbackRun, minutes: FeedbackMinutes, now: number): TimingEntry | null {
  const municipalityId = presenter(run);
  if (!municipalityId || run.phaseStartedAt === null) return null;
  return {
    clusterId: run.clusterId,
    municipalityId,
    phase: run.phase,
    plannedMs: minutes[run.phase] * MINUTE,
    startedAt: run.phaseStartedAt,
    endedAt: now,
  };
}

function changed(run: FeedbackRun, ended?: TimingEntry | null): Decision {
  const events: MeetingEvent[] = [];
  if (ended) events.push({ type: 'phaseTimed', entry: ended });
  events.push({ type: 'feedbackRunChanged', run });
  return accept(...events);
}

export function decideFeedback(
  state: MeetingState,
  command: FeedbackCommand,
  actor: Actor,
  ctx: DecideContext,
): Decision {
  const cluster = state.clusters.find((c) => c.id === command.clusterId);
  if (!cluster) return fail('not_found', 'no such cluster');
  if (actor.role === 'supervisor' && actor.clusterId !== cluster.id)
    return fail('forbidden', "a supervisor runs their own cluster's rounds");
  const minutes = state.feedbackMinutes;
  const run = runOf(state, cluster.id);
  const { now } = ctx;

  if (command.type === 'startFeedback') {
    const order = command.order ?? cluster.municipalityIds;
    if (!sameSet(order, cluster.municipalityIds)) {
      return fail('invalid', "the order must list the cluster's municipalities once each");
    }
    if (run && !isDone(run)) return fail('conflict', 'the rounds are already running');
    const fresh: FeedbackRun = {
      clusterId: cluster.id,
      segmentId: state.currentSegmentId,
      order,
      skipped: [],
      index: 0,
      phase: 'presentation',
      timer: idle(0),
      phaseStartedAt: null,
      autoAdvance: run?.autoAdvance ?? false,
      queue: [],
    };
    return changed(withPhase(fresh, 0, 'presentation', minutes, now));
  }
  if (!run) return fail('conflict', 'the rounds have not started');

  switch (command.type) {
    case 'feedbackTimer': {
      if (isDone(run)) return fail('conflict', 'the rounds are over');
      const t = run.timer;
      switch (command.action) {
        case 'pause':
          return t.status === 'running'
            ? changed({ ...run, timer: pause(t, now) })
            : fail('conflict', 'the timer is not running');
        case 'resume':
          return t.status === 'paused'
            ? changed({ ...run, timer: resume(t, now) })
            : fail('conflict', 'the timer is not paused');
        case 'restart':
          return changed({ ...run, timer: start(minutes[run.phase] * MINUTE, now), phaseStartedAt: now });
        case 'plusMinute':
          return changed({ ...run, timer: adjust(t, MINUTE, now) });
        case 'minusMinute':
          return changed({ ...run, timer: adjust(t, -MINUTE, now) });
        default:
          return assertNever(command.action);
      }
    }
    case 'feedbackStep': {
      if (command.from.index !== run.index || command.from.phase !== run.phase)
        return fail('conflict', 'the round has already moved on');
      if (command.direction === 'next') {
        if (isDone(run)) return fail('conflict', 'the rounds are over');
        return changed(stepNext(run, minutes, now), timed(run, minutes, now));
      }
      const back = stepBack(run, minutes, now);
      return back ? changed(back) : fail('conflict', 'this is the first phase');
    }
    case 'phaseDue': {
      // Idempotent: a second firing, or one for a phase already left, paused or extended, changes nothing.
      const endsAt = run.timer.status === 'running' ? run.timer.endsAt : Infinity;
      if (
        command.index !== run.index ||
        command.phase !== run.phase ||
        endsAt > now ||
        !run.autoAdvance ||
        isDone(run)
      ) {
        return fail('conflict', 'that phase is not due');
      }
      // The phase ended when it was due, not when the server got to it: a server that was down catches up phase by phase.
      return changed(stepNext(run, minutes, endsAt), timed(run, minutes, endsAt));
    }
    case 'setAutoAdvance': {
      // [T4] Switched on in overtime, the phase ends now: the overtime is logged and the next phase gets its full length.
      const overdue = run.timer.status === 'running' && run.timer.endsAt <= now && !isDone(run);
      if (command.autoAdvance && !run.autoAdvance && overdue)
        return changed({ ...stepNext(run, minutes, now), autoAdvance: true }, timed(run, minutes, now));
      return changed({ ...run, autoAdvance: command.autoAdvance });
    }
    case 'arrangeFeedback': {
      const { order, skipped } = command;
      if (
        !sameSet(order, run.order) ||
        !skipped.every((id) => order.includes(id)) ||
        new Set(skipped).size !== skipped.length
      ) {
        return fail('invalid', "the order must list the cluster's municipalities once each");
      }
      // Who has presented (or is presenting) keeps their place.
      const held = run.order.slice(0, Math.min(run.index + 1, run.order.length));
      if (held.some((id, i) => order[i] !== id)) return fail('conflict', 'those who have presented keep their place');
      if (!isDone(run) && skipped.includes(presenter(run)!))
        return fail('conflict', 'the presenting municipality cannot be marked absent; move on first');
      return changed({ ...run, order, skipped });
    }
    case 'raiseHand': {
      const me = state.participants.find((p) => p.id === actor.participantId);
      if (!me || !cluster.municipalityIds.includes(me.municipalityId))
        return fail('forbidden', "questions come from the cluster's own municipalities");
      if (run.phase !== 'peers' || isDone(run))
        return fail('conflict', "questions are taken during the other municipalities' feedback");
      if (presenter(run) === me.municipalityId)
        return fail('conflict', 'the presenting municipality answers in the reply');
      if (run.queue.some((q) => q.participantId === me.id && !q.taken))
        return fail('conflict', 'you are already in the queue');
      if (run.queue.length >= MAX_QUEUE) return fail('conflict', 'the queue is full');
      const item = { id: ctx.newId(), participantId: me.id, text: command.text, at: now, taken: false };
      return changed({ ...run, queue: [...run.queue, item] });
    }
    case 'takeQuestion': {
      const item = run.queue.find((q) => q.id === command.itemId);
      if (!item) return fail('not_found', 'no such question');
      if (item.taken) return fail('conflict', 'already taken');
      return changed({ ...run, queue: run.queue.map((q) => (q.id === item.id ? { ...q, taken: true } : q)) });
    }
    default:
      return assertNever(command);
  }
}

/**
 * What the agenda's move from the current segment to `to` does to the rounds
 * (G4): a running round ends with the segment it runs in (the phase it was in
 * logged, its queue closed), and every one ends with the day. A round started
 * before its cluster work (in the break before it, or between segments) goes
 * on into it and belongs to it from then on.
 */
export function roundsAfterMove(
  state: MeetingState,
  to: Segment | null,
  dayOver: boolean,
  now: number,
): MeetingEvent[] {
  const from = state.currentSegmentId;
  const kindOf = (id: string | null) => state.agenda.find((s) => s.id === id)?.kind;
  const minutes = state.feedbackMinutes;
  return state.feedbackRuns
    .filter((run) => !isDone(run))
    .flatMap((run): MeetingEvent[] => {
      if (!dayOver && to?.kind === 'clusterWork' && kindOf(run.segmentId) !== 'clusterWork')
        return [{ type: 'feedbackRunChanged', run: { ...run, segmentId: to.id } }];
      if (!dayOver && run.segmentId !== from) return [];
      const ended = timed(run, minutes, now);
      return [
        ...(ended ? [{ type: 'phaseTimed' as const, entry: ended }] : []),
        { type: 'feedbackRunChanged', run: withPhase(run, run.order.length, 'reply', minutes, now) },
      ];
    });
}

/** The rounds with their runs replaced by `run` (or added). */
export function withRun(runs: readonly FeedbackRun[], run: FeedbackRun): FeedbackRun[] {
  return runs.some((r) => r.clusterId === run.clusterId)
    ? runs.map((r) => (r.clusterId === run.clusterId ? run : r))
    : [...runs, run];
}

/**
 * The record of questions after a run changed: its queue's items, added or
 * updated (taken), under the municipality presenting (the queue is theirs:
 * it starts empty for each). Kept apart from the run, whose queue empties.
 */
export function withQuestions(log: AskedQuestion[], run: FeedbackRun): AskedQuestion[] {
  const municipalityId = presenter(run);
  if (!run.queue.length || !municipalityId) return log;
  const ids = new Set(run.queue.map((q) => q.id));
  return [
    ...log.filter((q) => !ids.has(q.id)),
    ...run.queue.map((q) => ({ ...q, clusterId: run.clusterId, municipalityId })),
  ];
}
