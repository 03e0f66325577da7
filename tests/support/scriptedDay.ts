/**
 * A short lärträff scripted through the real `decide` and `reduce`: a team
 * check-in, a check-in on the EOR statement, Kluster Syd's feedback rounds,
 * the check-out and the team's check-out, at times that make hand-checked
 * numbers (see tests/unit/report.test.ts for what they come to).
 */
import { boardTemplate } from '../../shared/day/board';
import { BLANK_MEETING, decide, meetingCreated, reduce, type MeetingState } from '../../shared/day/meeting';
import type { Actor, Command, FeedbackRun, MeetingEvent } from '../../shared/protocol';

export const MIN = 60_000;
export const EOR = 'Vi har ett EOR som alla i verksamheten känner till';
const facilitator: Actor = { role: 'facilitator' };

/** "09:13" on `date`, Swedish winter time. */
export const clockOn = (date: string) => (hhmm: string) => Date.parse(`${date}T${hhmm}:00+01:00`);

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
  const date = opts.date ?? '2026-11-23';
  const at = clockOn(date);
  let n = 0;
  const newId = () => `id${++n}`;
  const created = meetingCreated(
    {
      name: 'Lärträff 3',
      date,
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
    opts.meetingId ?? 'meeting-3',
    'BWKQYF',
    { now: at('07:00'), newId },
  );
  /** Every event, the first included: replayed, the day's state. */
  const log: MeetingEvent[] = [created];
  let state: MeetingState = reduce(BLANK_MEETING, created);
  /** A command through `decide` and `reduce`: 'ok', or the error's code with nothing changed. */
  const apply = (command: Command, time: string, actor: Actor = facilitator): string => {
    const d = decide(state, command, actor, { now: at(time), newId });
    if (!d.ok) return d.error.code;
    log.push(...d.events);
    state = d.events.reduce(reduce, state);
    return 'ok';
  };
  const send = (command: Command, time: string, actor: Actor = facilitator) => {
    const code = apply(command, time, actor);
    if (code !== 'ok') throw new Error(`${command.type} at ${time}: ${code}`);
  };
  const phone = (name: string): Actor => ({
    role: 'participant',
    participantId: state.participants.find((p) => p.name === name)!.id,
  });
  const syd = () => state.clusters[0]!.id;
  const run = (): FeedbackRun => state.feedbackRuns[0]!;
  const next = (time: string) => send({ type: 'advanceAgenda', fromSegmentId: state.currentSegmentId }, time);
  const step = (time: string) =>
    send(
      { type: 'feedbackStep', clusterId: syd(), direction: 'next', from: { index: run().index, phase: run().phase } },
      time,
    );
  const place = (who: string, x: number, time: string) =>
    send({ type: 'place', statementId: state.exerciseRun!.statementId, x, y: 0.5 }, time, phone(who));

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
  send(
    {
      type: 'createExercise',
      kind: 'checkIn',
      title: 'Incheckning',
      anonymous: false,
      hiddenUntilReveal: false,
      statements: [{ text: EOR, board: boardTemplate('line') }],
    },
    '08:35',
  );
  send({ type: 'openStatement', statementId: state.exercises[0]!.statements[0]!.id }, '08:36');
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
  send({ type: 'mirrorExercise', exerciseId: state.exercises[0]!.id }, '10:05');
  send({ type: 'openStatement', statementId: state.exercises[1]!.statements[0]!.id }, '10:06');
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
      return state;
    },
    log,
    phone,
    at,
    /** One more command after the day (see `apply`). */
    apply,
  };
}
