/**
 * The meeting day through the real `decide` and `reduce`, with fixed times and
 * counter ids, as the unit tests hold it: `decidedDay` is the bare day the
 * tests drive themselves; `scriptedDay` is a short lärträff played on it (a
 * team check-in, a check-in on the EOR statement, Kluster Syd's feedback
 * rounds, the check-out and the team's check-out) at times that make
 * hand-checked numbers (see tests/unit/report.test.ts for what they come to).
 */
import { boardTemplate } from '../../shared/day/board';
import {
  BLANK_MEETING,
  decide,
  meetingCreated,
  reduce,
  type Decision,
  type MeetingState,
} from '../../shared/day/meeting';
import type { Actor, Command, CreateMeetingRequest, FeedbackRun, MeetingEvent, Segment } from '../../shared/protocol';
import { checkInOf } from './commandSamples';

export const MIN = 60_000;
export const EOR = 'Vi har ett EOR som alla i verksamheten känner till';
const facilitator: Actor = { role: 'facilitator' };

/** "Nästa" at each planned start of the default agenda, from the team's check-in to the check-out's start. */
export const ON_PLAN_TO_CHECK_OUT = [
  '08:00',
  '08:30',
  '09:00',
  '09:30',
  '10:30',
  '10:45',
  '12:00',
  '13:00',
  '14:30',
  '15:30',
];

/** The two clusters whose feedback rounds the tests follow. */
export const SYD = 'Kluster Syd';
export const OST = 'Kluster Öst';
/** The lärträff of the rounds' tests, as the console creates it: Syd has three municipalities, Öst two. */
export const ROUNDS_MEETING = {
  name: 'Lärträff 2 – Trelleborgsmodellen',
  date: '2026-11-23',
  municipalities: ['Ystad', 'Skurup', 'Sjöbo', 'Simrishamn', 'Tomelilla'].map((name) => ({ name })),
  clusters: [
    { name: SYD, municipalities: ['Ystad', 'Skurup', 'Sjöbo'], supervisor: 'Karin Lind', room: 'Rum B' },
    { name: OST, municipalities: ['Simrishamn', 'Tomelilla'], supervisor: 'Per Holm', room: 'Rum C' },
  ],
};

/** 11:00 on the day of the lärträff: Kluster Syd's and Kluster Öst's feedback rounds begin. */
export const ROUND_START = Date.parse('2026-11-23T11:00:00+01:00');
/** "m:ss" into the feedback rounds, in server time. */
export const intoRounds = (mmss: string) =>
  ROUND_START +
  mmss
    .split(':')
    .map(Number)
    .reduce((m, s) => m * 60 + s) *
    1000;

/** "09:13" on `date`, Swedish winter time. */
export const clockOn = (date: string) => (hhmm: string) => Date.parse(`${date}T${hhmm}:00+01:00`);

/** "09:13" on the day, or a time already in ms. */
export type DayTime = string | number;

/**
 * The day as the server holds it: the state and its whole log, the first
 * event included. `request` goes over "Lärträff 2" on 2026-11-23 with the
 * default agenda; the meeting is created at `createdAt`, and a command
 * without a time of its own is sent at `sendAt`.
 */
export function decidedDay(
  opts: {
    request?: Partial<CreateMeetingRequest>;
    meetingId?: string;
    createdAt?: DayTime;
    sendAt?: DayTime;
  } = {},
) {
  const request: CreateMeetingRequest = { name: 'Lärträff 2', date: '2026-11-23', ...opts.request };
  const clock = clockOn(request.date);
  const ms = (time: DayTime) => (typeof time === 'number' ? time : clock(time));
  const sendAt = opts.sendAt ?? '08:00';
  let n = 0;
  const newId = () => `id${++n}`;
  const created = meetingCreated(request, opts.meetingId ?? 'meeting-1', 'BWKQYF', {
    now: ms(opts.createdAt ?? '07:45'),
    newId,
  });
  const log: MeetingEvent[] = [created];
  let state: MeetingState = reduce(BLANK_MEETING, created);
  /** `actor` sends `command` at `time`; accepted events are logged and applied. */
  const send = (actor: Actor, command: Command, time: DayTime = sendAt): Decision => {
    const decision = decide(state, command, actor, { now: ms(time), newId });
    if (decision.ok) {
      log.push(...decision.events);
      state = decision.events.reduce(reduce, state);
    }
    return decision;
  };
  /** Like `send`, from the facilitator unless said; throws when the command is refused. */
  const run = (command: Command, time: DayTime = sendAt, actor: Actor = facilitator): void => {
    const decision = send(actor, command, time);
    if (!decision.ok) throw new Error(`${command.type} at ${time}: ${decision.error.message}`);
  };
  const segment = (title: string): Segment => {
    const s = state.agenda.find((x) => x.title === title);
    if (!s) throw new Error(`no segment ${title}`);
    return s;
  };
  return {
    created,
    log,
    get state(): MeetingState {
      return state;
    },
    /** "09:13" on the day, in ms. */
    at: clock,
    send,
    run,
    segment,
    id: (title: string) => segment(title).id,
    municipality: (name: string) => state.municipalities.find((m) => m.name === name)!.id,
    /** The facilitator clicks "next" on what their screen shows as current. */
    next: (time: DayTime): Decision =>
      send(facilitator, { type: 'advanceAgenda', fromSegmentId: state.currentSegmentId }, time),
  };
}

export const PEOPLE = [
  ['Lena', 'Ystad'],
  ['Ahmed', 'Skurup'],
  ['Sara', 'Skurup'],
  ['Omar', 'Höör'],
] as const;

/** The day; `people` who join (name, municipality), Lena and Ahmed place themselves on the EOR statement. */
export function scriptedDay(
  opts: { meetingId?: string; date?: string; people?: readonly (readonly [string, string])[] } = {},
) {
  const day = decidedDay({
    request: {
      name: 'Lärträff 3',
      date: opts.date ?? '2026-11-23',
      municipalities: [{ name: 'Ystad' }, { name: 'Skurup' }, { name: 'Höör' }],
      clusters: [{ name: 'Kluster Syd', municipalities: ['Ystad', 'Skurup'], supervisor: 'Karin Lind', room: 'Rum B' }],
      agenda: [
        { kind: 'teamCheckIn', title: 'Teamets incheckning', plannedStart: '08:00', plannedMinutes: 30 },
        { kind: 'checkIn', title: 'Incheckning', plannedStart: '08:30', plannedMinutes: 30 },
        { kind: 'clusterWork', title: 'EOR-återkoppling', plannedStart: '09:00', plannedMinutes: 60 },
        { kind: 'checkOut', title: 'Utcheckning', plannedStart: '10:00', plannedMinutes: 30 },
        { kind: 'teamCheckOut', title: 'Teamets utcheckning', plannedStart: '10:30', plannedMinutes: 30 },
      ],
    },
    meetingId: opts.meetingId ?? 'meeting-3',
    createdAt: '07:00',
  });
  /** A command through `decide` and `reduce`: 'ok', or the error's code with nothing changed. */
  const apply = (command: Command, time: string, actor: Actor = facilitator): string => {
    const d = day.send(actor, command, time);
    return d.ok ? 'ok' : d.error.code;
  };
  const send = day.run;
  const phone = (name: string): Actor => ({
    role: 'participant',
    participantId: day.state.participants.find((p) => p.name === name)!.id,
  });
  const syd = () => day.state.clusters[0]!.id;
  const run = (): FeedbackRun => day.state.feedbackRuns[0]!;
  const next = (time: string) => send({ type: 'advanceAgenda', fromSegmentId: day.state.currentSegmentId }, time);
  const step = (time: string) =>
    send(
      { type: 'feedbackStep', clusterId: syd(), direction: 'next', from: { index: run().index, phase: run().phase } },
      time,
    );
  const place = (who: string, x: number, time: string) =>
    send({ type: 'place', statementId: day.state.exerciseRun!.statementId, x, y: 0.5 }, time, phone(who));

  for (const [name, municipality] of opts.people ?? PEOPLE) {
    send({ type: 'join', name, municipality }, '07:50', { role: 'guest' });
  }
  next('08:00'); // the team's check-in runs 35 minutes
  send(
    { type: 'enterTeamRound', round: 'checkIn', name: 'Maria', feeling: 'Pigg', focus: 'Tiden i klustren' },
    '08:05',
  );
  send({ type: 'addTeamNote', kind: 'observation', text: 'Ystad kom sent; "vi hittade inte rummet"' }, '08:10', {
    role: 'evaluator',
  });
  next('08:35'); // the check-in, 25 minutes
  send(checkInOf([{ text: EOR, board: boardTemplate('line') }]), '08:35');
  send({ type: 'openStatement', statementId: day.state.exercises[0]!.statements[0]!.id }, '08:36');
  place('Lena', 0.12, '08:37');
  place('Ahmed', 0.5, '08:38');
  next('09:00'); // the rounds, 65 minutes
  send({ type: 'startFeedback', clusterId: syd() }, '09:00');
  step('09:07'); // Ystad presents 7 minutes (5 planned)
  step('09:12'); // Karin's feedback, 5 (5)
  send({ type: 'raiseHand', clusterId: syd(), text: 'Hur har ni förankrat det i nämnden?' }, '09:13', phone('Ahmed'));
  send({ type: 'raiseHand', clusterId: syd(), text: '' }, '09:14', phone('Sara'));
  send({ type: 'takeQuestion', clusterId: syd(), itemId: run().queue[0]!.id }, '09:15');
  step('09:20'); // the others' questions, 8 (10)
  step('09:23'); // Ystad replies, 3 (3); Skurup's turn starts with an empty queue
  step('09:28'); // Skurup presents, 5 (5)
  next('10:05'); // the check-out, 25 minutes; Karin's feedback to Skurup ends with the cluster work, 37 (5)
  send({ type: 'mirrorExercise', exerciseId: day.state.exercises[0]!.id }, '10:05');
  send({ type: 'openStatement', statementId: day.state.exercises[1]!.statements[0]!.id }, '10:06');
  place('Lena', 0.88, '10:07');
  place('Ahmed', 0.5, '10:08');
  next('10:30'); // the team's check-out, 20 minutes
  send(
    { type: 'enterTeamRound', round: 'checkOut', name: 'Maria', feeling: 'Nöjd', focus: 'Kortare presentationer' },
    '10:40',
  );
  send({ type: 'addTeamNote', kind: 'feedback', text: 'Bra tempo i klustret.' }, '10:45', { role: 'evaluator' });
  next('10:50'); // the day ends
  return {
    get state(): MeetingState {
      return day.state;
    },
    log: day.log,
    phone,
    at: day.at,
    /** One more command after the day (see `apply`). */
    apply,
  };
}
