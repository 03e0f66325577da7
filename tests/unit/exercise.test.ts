/**
 * The check-in exercise on the meeting day: the facilitator builds it from
 * the statement library, opens, locks, reveals and closes statements while
 * participants take a stand; the check-out mirrors it. `decide` and `reduce`
 * only, with fixed times and counter ids.
 */
import { describe, expect, it } from 'vitest';
import { decidedDay } from '../support/scriptedDay';
import { eventFor } from '../../shared/day/anonymousExercise';
import { STATEMENT_LIBRARY } from '../../shared/day/board';
import { audienceOf, BLANK_MEETING, canSee, reduce, type MeetingState } from '../../shared/day/meeting';
import { viewFor } from '../../shared/day/view';
import { Label, type Actor, type Command, type ErrorCode, type Exercise, type Placement } from '../../shared/protocol';

const at = (hhmm: string) => Date.parse(`2026-11-23T${hhmm}:00+01:00`);
const facilitator: Actor = { role: 'facilitator' };
const screen: Actor = { role: 'screen' };

/** The first two line statements and the 4FP statement of the library. */
const LIBRARY_PICK = [STATEMENT_LIBRARY[0]!, STATEMENT_LIBRARY[1]!, STATEMENT_LIBRARY[5]!];

/** The day as the server holds it: Anna and Bo from Trelleborg, Cia from Kungsbacka, and the whole log. */
function meetingDay() {
  const day = decidedDay({
    request: { municipalities: [{ name: 'Trelleborg' }, { name: 'Kungsbacka' }] },
    sendAt: '09:05',
  });
  const { log, send } = day;
  const person = (name: string, municipality: string): Actor => {
    send({ role: 'guest' }, { type: 'join', name, municipality }, '08:35');
    return { role: 'participant', participantId: day.state.participants.at(-1)!.id };
  };
  const anna = person('Anna Svensson', 'Trelleborg');
  const bo = person('Bo Nilsson', 'Trelleborg');
  const cia = person('Cia Ek', 'Kungsbacka');
  return Object.assign(day, {
    anna,
    bo,
    cia,
    /** The facilitator creates an exercise from the library; returns it. */
    create(opts: { hidden?: boolean; kind?: Exercise['kind']; title?: string } = {}): Exercise {
      const d = send(
        facilitator,
        {
          type: 'createExercise',
          kind: opts.kind ?? 'checkIn',
          title: opts.title ?? 'Incheckning',
          statements: LIBRARY_PICK,
          anonymous: true,
          hiddenUntilReveal: opts.hidden ?? false,
        },
        '09:00',
      );
      if (!d.ok) throw new Error(d.error.message);
      return day.state.exercises.at(-1)!;
    },
    open: (statementId: string) => send(facilitator, { type: 'openStatement', statementId }),
    place: (who: Actor, statementId: string, x: number, y: number, hhmm = '09:05') =>
      send(who, { type: 'place', statementId, x, y }, hhmm),
    /** [E1] Refused with `code`, no events, and the meeting exactly as it was. */
    refuses(actor: Actor, command: Command, code: ErrorCode): void {
      const before = day.state;
      const length = log.length;
      expect(send(actor, command)).toEqual({ ok: false, error: { code, message: expect.any(String) } });
      expect(day.state).toBe(before);
      expect(log).toHaveLength(length);
    },
  });
}

const where = (placements: readonly Placement[]) => placements.map((p) => [p.participantId, p.x, p.y]);

describe('building the check-in from the statement library', () => {
  it('three library statements become three statements with the template boards, every statement and card with its own id', () => {
    const day = meetingDay();
    const exercise = day.create();
    expect(exercise).toMatchObject({
      kind: 'checkIn',
      title: 'Incheckning',
      anonymous: true,
      hiddenUntilReveal: false,
    });
    expect(exercise.statements.map((s) => [s.text, s.board.kind])).toEqual(
      LIBRARY_PICK.map((p) => [p.text, p.board.kind]),
    );
    exercise.statements.forEach((s, i) => {
      expect(s.board.cards.map(({ label, x, y }) => ({ label, x, y }))).toEqual(LIBRARY_PICK[i]!.board.cards);
      expect(s).not.toHaveProperty('mirrorOf');
    });
    const ids = [exercise.id, ...exercise.statements.flatMap((s) => [s.id, ...s.board.cards.map((c) => c.id)])];
    expect(new Set(ids).size).toBe(ids.length);
    expect(day.state.exerciseRun).toBeNull();
  });

  it('[A1] a participant may not create or open an exercise: forbidden', () => {
    const day = meetingDay();
    const exercise = day.create();
    day.refuses(
      day.anna,
      {
        type: 'createExercise',
        kind: 'checkIn',
        title: 'Min egen',
        statements: LIBRARY_PICK,
        anonymous: false,
        hiddenUntilReveal: false,
      },
      'forbidden',
    );
    day.refuses(day.anna, { type: 'openStatement', statementId: exercise.statements[0]!.id }, 'forbidden');
  });
});

describe('running a statement: open, place, lock, close', () => {
  it('the facilitator opens the first statement at 09:05: it is on the board, unlocked; opening another moves the board on', () => {
    const day = meetingDay();
    const [first, second] = day.create().statements;
    expect(day.open(first!.id).ok).toBe(true);
    expect(day.state.exerciseRun).toEqual({
      exerciseId: day.state.exercises[0]!.id,
      statementId: first!.id,
      locked: false,
    });
    expect(day.open(second!.id).ok).toBe(true);
    expect(day.state.exerciseRun?.statementId).toBe(second!.id);
  });

  it('[E1] opening a statement that does not exist is not_found; opening the open one again is a conflict', () => {
    const day = meetingDay();
    const [first] = day.create().statements;
    day.refuses(facilitator, { type: 'openStatement', statementId: 'no-such-statement' }, 'not_found');
    day.open(first!.id);
    day.refuses(facilitator, { type: 'openStatement', statementId: first!.id }, 'conflict');
  });

  it('Anna places herself at 09:06 and moves at 09:07: one placement, where she let go last', () => {
    const day = meetingDay();
    const [first] = day.create().statements;
    day.open(first!.id);
    expect(day.place(day.anna, first!.id, 0.2, 0.5, '09:06')).toMatchObject({
      ok: true,
      events: [{ type: 'placed', hidden: false }],
    });
    day.place(day.bo, first!.id, 0.6, 0.4, '09:06');
    day.place(day.anna, first!.id, 0.8, 0.45, '09:07');
    expect(day.state.placements).toEqual([
      { participantId: day.anna.participantId, statementId: first!.id, x: 0.8, y: 0.45, at: at('09:07') },
      { participantId: day.bo.participantId, statementId: first!.id, x: 0.6, y: 0.4, at: at('09:06') },
    ]);
  });

  it('[E1] placing on a statement that is not open, or on the open one once it is locked, is a conflict and changes nothing', () => {
    const day = meetingDay();
    const [first, second] = day.create().statements;
    day.refuses(day.anna, { type: 'place', statementId: first!.id, x: 0.5, y: 0.5 }, 'conflict');
    day.open(first!.id);
    day.place(day.anna, first!.id, 0.3, 0.5);
    day.refuses(day.bo, { type: 'place', statementId: second!.id, x: 0.5, y: 0.5 }, 'conflict');
    expect(day.send(facilitator, { type: 'lockStatement', statementId: first!.id }).ok).toBe(true);
    expect(day.state.exerciseRun?.locked).toBe(true);
    day.refuses(day.anna, { type: 'place', statementId: first!.id, x: 0.9, y: 0.5 }, 'conflict');
    day.refuses(day.cia, { type: 'place', statementId: first!.id, x: 0.1, y: 0.5 }, 'conflict');
    expect(where(day.state.placements)).toEqual([[day.anna.participantId, 0.3, 0.5]]);
  });

  it('[E1] locking a statement that is not open, or locking twice, is a conflict; the facilitator cannot place: forbidden', () => {
    const day = meetingDay();
    const [first, second] = day.create().statements;
    day.open(first!.id);
    day.refuses(facilitator, { type: 'lockStatement', statementId: second!.id }, 'conflict');
    day.send(facilitator, { type: 'lockStatement', statementId: first!.id });
    day.refuses(facilitator, { type: 'lockStatement', statementId: first!.id }, 'conflict');
    day.refuses(facilitator, { type: 'place', statementId: first!.id, x: 0.5, y: 0.5 }, 'forbidden');
  });

  it('closing the exercise clears the board and keeps the placements; closing again, or a check-in that is not running, is a conflict', () => {
    const day = meetingDay();
    const exercise = day.create();
    const other = day.create();
    day.refuses(facilitator, { type: 'closeExercise', exerciseId: exercise.id }, 'conflict');
    day.open(exercise.statements[0]!.id);
    day.place(day.cia, exercise.statements[0]!.id, 0.7, 0.5);
    day.refuses(facilitator, { type: 'closeExercise', exerciseId: other.id }, 'conflict');
    expect(day.send(facilitator, { type: 'closeExercise', exerciseId: exercise.id }).ok).toBe(true);
    expect(day.state.exerciseRun).toBeNull();
    expect(day.state.placements).toHaveLength(1);
    day.refuses(facilitator, { type: 'closeExercise', exerciseId: exercise.id }, 'conflict');
    day.refuses(day.anna, { type: 'place', statementId: exercise.statements[0]!.id, x: 0.5, y: 0.5 }, 'conflict');
  });
});

describe('the check-out mirrors the check-in', () => {
  it('one click gives the same statements on the same boards, with new ids pointing back at the check-in', () => {
    const day = meetingDay();
    const checkIn = day.create({ hidden: true });
    expect(day.send(facilitator, { type: 'mirrorExercise', exerciseId: checkIn.id }, '15:00').ok).toBe(true);
    const checkOut = day.state.exercises[1]!;
    expect(checkOut).toMatchObject({
      kind: 'checkOut',
      mirrorOf: checkIn.id,
      anonymous: true,
      hiddenUntilReveal: true,
    });
    expect(checkOut.id).not.toBe(checkIn.id);
    expect(checkOut.statements.map((s) => [s.text, s.board, s.mirrorOf])).toEqual(
      checkIn.statements.map((s) => [s.text, s.board, s.id]),
    );
    const oldIds = new Set(checkIn.statements.map((s) => s.id));
    expect(checkOut.statements.filter((s) => oldIds.has(s.id))).toEqual([]);
  });

  it('[X1] the check-in "Incheckning" gives a check-out titled "Utcheckning", so the phones say "Utcheckning · påstående 1 av 2"', () => {
    const day = meetingDay();
    const checkIn = day.create();
    expect(day.send(facilitator, { type: 'mirrorExercise', exerciseId: checkIn.id }, '15:00').ok).toBe(true);
    expect(day.state.exercises.map((e) => e.title)).toEqual(['Incheckning', 'Utcheckning']);
  });

  it.each([
    ['Incheckningsövning lärträff 3', 'Utcheckningsövning lärträff 3'],
    ['Morgonens incheckning', 'Morgonens utcheckning'],
    ['INCHECKNING', 'UTCHECKNING'],
    ['Check-in, day 2', 'Check-out, day 2'],
    ['Hur står vi i dag?', 'Utcheckning: Hur står vi i dag?'],
  ])('[X1] a check-in titled "%s" is mirrored as "%s"', (title, expected) => {
    const day = meetingDay();
    const checkIn = day.create({ title });
    day.send(facilitator, { type: 'mirrorExercise', exerciseId: checkIn.id });
    expect(day.state.exercises[1]!.title).toBe(expected);
  });

  it('[X1] a long title that names no check-in is still a valid label (80 characters) once it says Utcheckning', () => {
    const day = meetingDay();
    const checkIn = day.create({ title: 'Å'.repeat(80) });
    expect(day.send(facilitator, { type: 'mirrorExercise', exerciseId: checkIn.id }).ok).toBe(true);
    const title = day.state.exercises[1]!.title;
    expect(title.startsWith('Utcheckning: Å')).toBe(true);
    expect(Label.safeParse(title).success).toBe(true);
    expect(Array.from(title)).toHaveLength(80);
  });

  it('[E1] mirroring the check-in twice, mirroring a check-out, or a check-in that does not exist changes nothing', () => {
    const day = meetingDay();
    const checkIn = day.create();
    day.send(facilitator, { type: 'mirrorExercise', exerciseId: checkIn.id });
    day.refuses(facilitator, { type: 'mirrorExercise', exerciseId: checkIn.id }, 'conflict');
    day.refuses(facilitator, { type: 'mirrorExercise', exerciseId: day.state.exercises[1]!.id }, 'conflict');
    const ownCheckOut = day.create({ kind: 'checkOut' });
    day.refuses(facilitator, { type: 'mirrorExercise', exerciseId: ownCheckOut.id }, 'conflict');
    day.refuses(facilitator, { type: 'mirrorExercise', exerciseId: 'no-such-exercise' }, 'not_found');
  });
});

/** A hidden check-in: Anna, Bo and Cia place on the first statement, Anna changes her mind. */
function hiddenCheckIn() {
  const day = meetingDay();
  const exercise = day.create({ hidden: true });
  const statementId = exercise.statements[0]!.id;
  day.open(statementId);
  day.place(day.anna, statementId, 0.2, 0.5, '09:06');
  day.place(day.bo, statementId, 0.5, 0.4, '09:06');
  day.place(day.cia, statementId, 0.9, 0.5, '09:07');
  day.place(day.anna, statementId, 0.3, 0.6, '09:08');
  return { day, exercise, statementId };
}

describe('revealing hidden placements', () => {
  it('[E1] a statement that was never hidden cannot be revealed; a hidden one once, not twice', () => {
    const day = meetingDay();
    const open = day.create();
    day.refuses(facilitator, { type: 'revealStatement', statementId: open.statements[0]!.id }, 'conflict');
    day.refuses(facilitator, { type: 'revealStatement', statementId: 'no-such-statement' }, 'not_found');
    const { day: hidden, statementId } = hiddenCheckIn();
    hidden.send(facilitator, { type: 'lockStatement', statementId });
    const revealed = hidden.send(facilitator, { type: 'revealStatement', statementId }, '09:10');
    expect(revealed.ok && revealed.events).toEqual([
      { type: 'statementRevealed', statementId, placements: hidden.state.placements },
    ]);
    expect(hidden.state.revealed).toEqual([statementId]);
    hidden.refuses(facilitator, { type: 'revealStatement', statementId }, 'conflict');
  });

  it('[V3] before the reveal each phone sees only its own token and the projector none; the team sees all three', () => {
    const { day } = hiddenCheckIn();
    expect(where(viewFor(day.state, day.anna).placements)).toEqual([[day.anna.participantId, 0.3, 0.6]]);
    expect(where(viewFor(day.state, day.cia).placements)).toEqual([[day.cia.participantId, 0.9, 0.5]]);
    expect(viewFor(day.state, screen).placements).toEqual([]);
    expect(viewFor(day.state, facilitator).placements).toHaveLength(3);
    expect(day.log.filter((e) => e.type === 'placed').map(audienceOf)).toEqual(
      [day.anna, day.bo, day.cia, day.anna].map((p) => ({ teamAnd: p.participantId })),
    );
  });

  it('[V3] after the reveal at 09:10 everyone sees all three, and later placements are public', () => {
    const { day, exercise, statementId } = hiddenCheckIn();
    day.send(facilitator, { type: 'revealStatement', statementId }, '09:10');
    for (const actor of [day.anna, day.bo, screen]) expect(viewFor(day.state, actor).placements).toHaveLength(3);
    expect(day.place(day.bo, statementId, 0.1, 0.1)).toMatchObject({ ok: true, events: [{ hidden: false }] });
    // The next statement of the same exercise is still hidden.
    day.open(exercise.statements[1]!.id);
    expect(day.place(day.bo, exercise.statements[1]!.id, 0.5, 0.5)).toMatchObject({
      ok: true,
      events: [{ hidden: true }],
    });
    expect(viewFor(day.state, screen).placements).toHaveLength(3);
  });
});

describe('[S1] [V3] [PD7] a phone that folds only what it may receive holds exactly its view', () => {
  // Fails today for Bo and Cia: shared/day/meeting.ts:177 reduces `statementRevealed` with withPlacements
  // (shared/day/exercise.ts:97), which keeps the phone's own, earlier-received placement in front of the
  // others, while the server's list is in placing order. Same placements, different order, so the
  // mirror is not viewFor(server) and a fresh snapshot differs from it (S1).
  it.for([
    { who: 'Anna (placed first, moved last)', key: 'anna' },
    { who: 'Bo (placed second)', key: 'bo' },
    { who: 'Cia (placed third)', key: 'cia' },
    { who: 'the projector', key: 'screen' },
  ] as const)('$who, after every event of the hidden check-in and its reveal', ({ who, key }) => {
    const { day, statementId } = hiddenCheckIn();
    day.send(facilitator, { type: 'lockStatement', statementId });
    day.send(facilitator, { type: 'revealStatement', statementId }, '09:10');
    const actor = key === 'screen' ? screen : day[key];
    const byPerson = (s: MeetingState) =>
      [...s.placements].sort((a, b) => a.participantId.localeCompare(b.participantId));
    let server = BLANK_MEETING;
    let phone = BLANK_MEETING;
    for (const event of day.log) {
      server = reduce(server, event);
      // As the gateway sends it: an anonymous exercise's placements by pseudonym, a phone's own as its own (PD7).
      if (canSee(audienceOf(event), actor)) phone = reduce(phone, eventFor(server, event, actor));
      const view = viewFor(server, actor);
      // The same placements, whatever their order...
      expect(byPerson(phone), `${who} after ${event.type}`).toEqual(byPerson(view));
      // ...and exactly the same state, order included.
      expect(phone, `${who} after ${event.type}`).toEqual(view);
    }
    expect(phone.placements).toHaveLength(3);
  });
});
