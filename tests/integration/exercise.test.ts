/**
 * The check-in exercise over real sockets: fifty phones letting go of their
 * tokens at once, hidden placements that must not reach the projector or the
 * other phones before the reveal, and the check-out that mirrors the check-in.
 */
import { wallToWall } from '../support/commandSamples';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareExercises } from '../../shared/day/placement';
import { SERVER_EVENTS, type Exercise, type MeetingState, type Placement } from '../../shared/protocol';
import {
  accepted,
  closeAll,
  connect,
  inboxOf,
  joinByCode,
  MEETING_DAY_START,
  resync,
  send,
  serverSeq,
  track,
  waitFor,
  type Joined,
  type MeetingSocket,
  type Mirror,
} from '../support/server';
import { meetingDay, type MeetingDay } from '../support/meetingDay';

let day: MeetingDay;
let views: { facilitator: Mirror; screen: Mirror };

beforeEach(async () => {
  day = await meetingDay();
  views = { facilitator: day.console, screen: day.projector };
});

afterEach(closeAll);

const NINE_FIVE = MEETING_DAY_START + 65 * 60_000;

/** The facilitator creates an exercise; returns it as their console shows it. */
async function createExercise(opts: { hidden: boolean; texts: string[] }): Promise<Exercise> {
  await accepted(day.facilitator, {
    type: 'createExercise',
    kind: 'checkIn',
    title: 'Incheckning',
    statements: opts.texts.map(wallToWall),
    anonymous: false,
    hiddenUntilReveal: opts.hidden,
  });
  await everyoneCaughtUp([views.facilitator]);
  return views.facilitator.state.exercises.at(-1)!;
}

/** Waits until every mirror is at the server's seq; returns it. */
async function everyoneCaughtUp(mirrors: Mirror[]): Promise<number> {
  const seq = await serverSeq(day.facilitator);
  await waitFor(() => mirrors.every((m) => m.seq === seq), 5_000, `every mirror at seq ${seq}`);
  return seq;
}

/** The meeting as a fresh snapshot shows it to this socket. */
async function snapshot(socket: MeetingSocket): Promise<MeetingState> {
  const ack = await resync(socket, 0);
  if (!ack.ok || ack.kind !== 'snapshot') throw new Error('expected a snapshot');
  return ack.state;
}

const byPerson = (placements: readonly Placement[]) =>
  [...placements].sort((a, b) => a.participantId.localeCompare(b.participantId));

describe('[S1] fifty people let go of their tokens at once', () => {
  const where = (i: number) => ({ x: (i + 0.5) / 50, y: 0.3 + (i % 5) / 10 });

  /** 50 phones join (Trelleborg and Kungsbacka in turn); the first statement is opened; all place at 09:05. */
  async function rush() {
    const [statement] = (
      await createExercise({ hidden: false, texts: ['Vi har ett EOR som alla i verksamheten känner till'] })
    ).statements;
    const people: Joined[] = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        joinByCode(day.server.url, day.meeting.code, `Deltagare ${i + 1}`, i % 2 ? 'Kungsbacka' : 'Trelleborg'),
      ),
    );
    await accepted(day.facilitator, { type: 'openStatement', statementId: statement!.id });
    day.server.clock.set(NINE_FIVE);
    const acks = await Promise.all(
      people.map((p, i) => send(p.socket, { type: 'place', statementId: statement!.id, ...where(i) })),
    );
    return { statementId: statement!.id, people, acks };
  }

  it('every phone gets ok, and the console and the projector end with exactly the 50 placements the server holds', async () => {
    const { statementId, people, acks } = await rush();
    expect(acks.filter((a) => !a.ok)).toEqual([]);
    const seqs = acks.map((a) => (a.ok ? a.seq : 0));
    expect(new Set(seqs).size).toBe(50);

    await everyoneCaughtUp(Object.values(views));
    const truth = await snapshot(day.facilitator);
    expect(truth.placements).toHaveLength(50);
    expect(byPerson(truth.placements)).toEqual(
      byPerson(people.map((p, i) => ({ participantId: p.participantId, statementId, ...where(i), at: NINE_FIVE }))),
    );
    expect(views.facilitator.state).toEqual(truth);
    expect(views.screen.state).toEqual(await snapshot(day.screen));
    expect(views.screen.state.placements).toEqual(truth.placements);
  });

  it("Omar joins late and places; participant 7's phone sleeps and wakes: after resync each sees their own token", async () => {
    const { statementId, people } = await rush();
    const seven = people[6]!;
    const sevensView = track(seven.socket);
    await sevensView.ready;
    seven.socket.disconnect();
    // While the phone sleeps, two others change their minds.
    await accepted(people[0]!.socket, { type: 'place', statementId, x: 0.95, y: 0.5 });
    await accepted(people[1]!.socket, { type: 'place', statementId, x: 0.05, y: 0.5 });

    const omar = await joinByCode(day.server.url, day.meeting.code, 'Omar Haddad', 'Kungsbacka');
    await accepted(omar.socket, { type: 'place', statementId, x: 0.42, y: 0.61 });
    const omars = (await snapshot(omar.socket)).placements;
    expect(omars.find((p) => p.participantId === omar.participantId)).toMatchObject({ x: 0.42, y: 0.61 });
    expect(omars).toHaveLength(51);

    seven.socket.connect();
    const seq = await serverSeq(day.facilitator);
    await waitFor(() => sevensView.seq === seq, 3_000, 'participant 7 caught up');
    expect(sevensView.resyncs.at(-1)).toMatchObject({ ok: true, kind: 'events' });
    const own = (s: MeetingState) => s.placements.find((p) => p.participantId === seven.participantId);
    expect(own(sevensView.state)).toEqual({
      participantId: seven.participantId,
      statementId,
      ...where(6),
      at: NINE_FIVE,
    });
    expect(sevensView.state).toEqual(await snapshot(seven.socket));
    // A reload of the page: the same token, the same person, the same token on the board.
    const reloaded = await connect(day.server.url, { token: seven.token });
    expect(own(await snapshot(reloaded))).toEqual(own(sevensView.state));
  });
});

describe('[V3] hidden until the reveal, at the socket level', () => {
  let anna: Joined;
  let bo: Joined;
  let phones: { anna: Mirror; bo: Mirror };

  beforeEach(async () => {
    anna = await joinByCode(day.server.url, day.meeting.code, 'Anna Svensson', 'Trelleborg');
    bo = await joinByCode(day.server.url, day.meeting.code, 'Bo Nilsson', 'Kungsbacka');
    phones = { anna: track(anna.socket), bo: track(bo.socket) };
    await Promise.all(Object.values(phones).map((v) => v.ready));
  });

  /** Every object shaped like a placement anywhere in what a socket received. */
  function placementsIn(value: unknown, found: Placement[] = []): Placement[] {
    if (Array.isArray(value)) for (const v of value) placementsIn(v, found);
    else if (value && typeof value === 'object') {
      if ('participantId' in value && 'statementId' in value && 'x' in value && 'y' in value)
        found.push(value as Placement);
      for (const v of Object.values(value)) placementsIn(v, found);
    }
    return found;
  }
  /** The raw `events` batches a socket received, plus every resync answer it asked for. */
  const received = (socket: MeetingSocket, resyncs: readonly unknown[]) => [
    inboxOf(socket)
      .filter((m) => m.event === SERVER_EVENTS.events)
      .map((m) => m.args),
    resyncs,
  ];

  /** A hidden check-in: Anna places, Bo places and moves. */
  async function hiddenRound() {
    const [statement] = (
      await createExercise({ hidden: true, texts: ['Vi vet hur vår produktionsapparat ser ut i dag'] })
    ).statements;
    const statementId = statement!.id;
    const before = await accepted(day.facilitator, { type: 'openStatement', statementId });
    await accepted(anna.socket, { type: 'place', statementId, x: 0.25, y: 0.5 });
    await accepted(bo.socket, { type: 'place', statementId, x: 0.8, y: 0.3 });
    await accepted(bo.socket, { type: 'place', statementId, x: 0.7, y: 0.35 });
    await everyoneCaughtUp([...Object.values(views), ...Object.values(phones)]);
    return { statementId, before };
  }

  it("before the reveal Anna's phone gets only her own token, the projector none, the team both", async () => {
    const { before } = await hiddenRound();
    const annaAsked = [await resync(anna.socket, 0), await resync(anna.socket, before)];
    const screenAsked = [await resync(day.screen, 0), await resync(day.screen, before)];

    const annaGot = placementsIn(received(anna.socket, [...phones.anna.resyncs, ...annaAsked]));
    expect(annaGot.length).toBeGreaterThan(0);
    expect(JSON.stringify(annaGot)).not.toContain(bo.participantId);
    expect(new Set(annaGot.map((p) => p.participantId))).toEqual(new Set([anna.participantId]));
    expect(placementsIn(received(day.screen, [...views.screen.resyncs, ...screenAsked]))).toEqual([]);
    expect(JSON.stringify(placementsIn(received(bo.socket, phones.bo.resyncs)))).not.toContain(anna.participantId);

    expect(phones.anna.state.placements.map((p) => [p.x, p.y])).toEqual([[0.25, 0.5]]);
    expect(views.screen.state.placements).toEqual([]);
    const spots = (placements: readonly Placement[]) =>
      Object.fromEntries(placements.map((p) => [p.participantId, [p.x, p.y]]));
    expect(spots(views.facilitator.state.placements)).toEqual({
      [anna.participantId]: [0.25, 0.5],
      [bo.participantId]: [0.7, 0.35],
    });
    // The team's console saw every move as it happened, Bo's first spot included.
    expect(placementsIn(received(day.facilitator, [])).map((p) => [p.x, p.y])).toEqual([
      [0.25, 0.5],
      [0.8, 0.3],
      [0.7, 0.35],
    ]);
  });

  it('after the reveal at 09:10 every phone, the projector and the console hold both tokens', async () => {
    const { statementId } = await hiddenRound();
    await accepted(day.facilitator, { type: 'lockStatement', statementId });
    await accepted(day.facilitator, { type: 'revealStatement', statementId });
    await everyoneCaughtUp([...Object.values(views), ...Object.values(phones)]);
    const truth = byPerson((await snapshot(day.facilitator)).placements);
    expect(truth).toHaveLength(2);
    // Compared as sets: the order a phone holds them in is the unit test's S1 failure (tests/unit/exercise.test.ts).
    for (const mirror of [...Object.values(views), ...Object.values(phones)])
      expect(byPerson(mirror.state.placements)).toEqual(truth);
    expect(views.screen.state.revealed).toEqual([statementId]);
  });
});

describe('the check-out mirrors the check-in, over sockets', () => {
  it("Anna, Bo and Cia stand at the check-in at 09:05 and again at 15:15: the console's comparison shows how far each moved", async () => {
    const people = [
      await joinByCode(day.server.url, day.meeting.code, 'Anna Svensson', 'Trelleborg'),
      await joinByCode(day.server.url, day.meeting.code, 'Bo Nilsson', 'Trelleborg'),
      await joinByCode(day.server.url, day.meeting.code, 'Cia Ek', 'Kungsbacka'),
    ];
    const checkIn = await createExercise({
      hidden: false,
      texts: ['Vi har ett EOR som alla känner till', 'Vi följer upp våra resultat varje månad'],
    });
    /** Opens each statement, lets the three place at `spots[statement][person]`, locks, and closes the exercise. */
    const run = async (exercise: Exercise, spots: [number, number][][]) => {
      for (const [i, statement] of exercise.statements.entries()) {
        await accepted(day.facilitator, { type: 'openStatement', statementId: statement.id });
        await Promise.all(
          people.map((p, j) =>
            accepted(p.socket, { type: 'place', statementId: statement.id, x: spots[i]![j]![0], y: spots[i]![j]![1] }),
          ),
        );
        await accepted(day.facilitator, { type: 'lockStatement', statementId: statement.id });
      }
      await accepted(day.facilitator, { type: 'closeExercise', exerciseId: exercise.id });
    };
    day.server.clock.set(NINE_FIVE);
    await run(checkIn, [
      [
        [0.2, 0.5],
        [0.4, 0.5],
        [0.1, 0.5],
      ],
      [
        [0.7, 0.5],
        [0.3, 0.5],
        [0.5, 0.5],
      ],
    ]);

    await accepted(day.facilitator, { type: 'mirrorExercise', exerciseId: checkIn.id });
    await everyoneCaughtUp([views.facilitator]);
    const checkOut = views.facilitator.state.exercises.at(-1)!;
    expect(checkOut).toMatchObject({ kind: 'checkOut', mirrorOf: checkIn.id });
    expect(checkOut.statements.map((s) => [s.text, s.mirrorOf])).toEqual(checkIn.statements.map((s) => [s.text, s.id]));
    day.server.clock.set(NINE_FIVE + (6 * 60 + 10) * 60_000);
    await run(checkOut, [
      [
        [0.5, 0.5],
        [0.4, 0.8],
        [0.4, 0.9],
      ],
      [
        [0.6, 0.5],
        [0.6, 0.9],
        [0.5, 0.5],
      ],
    ]);
    await everyoneCaughtUp(Object.values(views));

    const [anna, bo, cia] = people.map((p) => p.participantId);
    const moves = (state: MeetingState) =>
      compareExercises(state, checkIn, checkOut).map((c) =>
        c.moves.map((m) => [m.participantId, +m.distance.toFixed(4), m.scoreDelta]),
      );
    expect(moves(views.facilitator.state)).toEqual([
      [
        [anna, 0.3, 30],
        [bo, 0.3, 0],
        [cia, 0.5, 30],
      ],
      [
        [anna, 0.1, -10],
        [bo, 0.5, 30],
        [cia, 0, 0],
      ],
    ]);
    expect(moves(views.screen.state)).toEqual(moves(views.facilitator.state));
  });
});
