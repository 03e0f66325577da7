/**
 * Where people stand and how far they moved: the board math of check-in and
 * check-out, against cases worked out by hand on paper.
 */
import { wallToWall } from '../support/commandSamples';
import { describe, expect, it } from 'vitest';
import { boardTemplate } from '../../shared/day/board';
import { BLANK_MEETING, decide, meetingCreated, reduce, type MeetingState } from '../../shared/day/meeting';
import {
  compareExercises,
  distance,
  lineScore,
  nearestCard,
  overallShift,
  shiftSize,
  type Shift,
} from '../../shared/day/placement';
import type { Actor, Board, Command, Exercise } from '../../shared/protocol';

const at = (hhmm: string) => Date.parse(`2026-11-23T${hhmm}:00+01:00`);
const facilitator: Actor = { role: 'facilitator' };

/** A board built from a template, with card ids as the server would give them. */
const board = (plan: { kind: Board['kind']; cards: { label: string; x: number; y: number }[] }): Board => ({
  kind: plan.kind,
  cards: plan.cards.map((c, i) => ({ ...c, id: `card${i}` })),
});

describe('distance, in board units', () => {
  it('a 3-4-5 triangle scaled to a tenth: 0.3 across and 0.4 down is 0.5 away, either way round', () => {
    expect(distance({ x: 0.1, y: 0.2 }, { x: 0.4, y: 0.6 })).toBeCloseTo(0.5, 12);
    expect(distance({ x: 0.4, y: 0.6 }, { x: 0.1, y: 0.2 })).toBeCloseTo(0.5, 12);
    expect(distance({ x: 0.7, y: 0.7 }, { x: 0.7, y: 0.7 })).toBe(0);
  });
});

describe('nearestCard on the 4FP board', () => {
  const fourFp = board(boardTemplate('fourFp'));
  const card = (label: string) => fourFp.cards.find((c) => c.label === label)!;
  const eor = card('EOR');
  const reality = card('Se verkligheten');
  /** A spot `t` of the way from the EOR in the centre towards Se verkligheten. */
  const towardsReality = (t: number) => ({ x: eor.x + t * (reality.x - eor.x), y: eor.y + t * (reality.y - eor.y) });
  const gap = distance(eor, reality);

  it('Anna stands 45 % of the way from the EOR towards Se verkligheten: the EOR is nearer, 0.45 of the gap away', () => {
    const nearest = nearestCard(fourFp, towardsReality(0.45));
    expect(nearest.card.label).toBe('EOR');
    expect(nearest.distance).toBeCloseTo(0.45 * gap, 12);
  });

  it('Bo stands 55 % of the way: now Se verkligheten is nearer, 0.45 of the gap away', () => {
    const nearest = nearestCard(fourFp, towardsReality(0.55));
    expect(nearest.card.label).toBe('Se verkligheten');
    expect(nearest.distance).toBeCloseTo(0.45 * gap, 12);
  });

  it('Cia stands on a card: it is the nearest, at distance 0', () => {
    for (const c of fourFp.cards) expect(nearestCard(fourFp, c)).toEqual({ card: c, distance: 0 });
  });
});

describe('lineScore: 0 at "Stämmer inte alls", 100 at "Stämmer helt"', () => {
  const line = board(boardTemplate('line'));
  const [disagree, agree] = line.cards as [Board['cards'][number], Board['cards'][number]];
  /** The x a fraction `t` of the way from "Stämmer inte alls" to "Stämmer helt" (the poles share a y). */
  const along = (t: number) => disagree.x + t * (agree.x - disagree.x);

  it('standing on a pole gives 0 or 100, halfway between them 50', () => {
    expect(lineScore(line, disagree)).toBe(0);
    expect(lineScore(line, agree)).toBe(100);
    expect(lineScore(line, { x: along(0.5), y: disagree.y })).toBe(50);
  });

  it('a quarter of the way is 25, and walking out from the line (y) changes nothing: projection', () => {
    expect(lineScore(line, { x: along(0.25), y: disagree.y })).toBe(25);
    expect(lineScore(line, { x: along(0.25), y: 0.1 })).toBe(25);
    expect(lineScore(line, { x: along(0.25), y: 0.95 })).toBe(25);
  });

  it('beyond a pole is clamped: behind "Stämmer inte alls" is 0, past "Stämmer helt" is 100', () => {
    expect(lineScore(line, { x: disagree.x / 2, y: 0.5 })).toBe(0);
    expect(lineScore(line, { x: 0, y: 0.9 })).toBe(0);
    expect(lineScore(line, { x: 1, y: 0.2 })).toBe(100);
  });

  it('on a diagonal line from (0.1, 0.1) to (0.9, 0.9), (0.9, 0.1) projects to the middle and (0.3, 0.6) to 43.75 → 44', () => {
    const diagonal = board({
      kind: 'line',
      cards: [
        { label: 'Nej', x: 0.1, y: 0.1 },
        { label: 'Ja', x: 0.9, y: 0.9 },
      ],
    });
    expect(lineScore(diagonal, { x: 0.9, y: 0.1 })).toBe(50);
    // t = ((0.2 · 0.8) + (0.5 · 0.8)) / (0.8² + 0.8²) = 0.56 / 1.28 = 0.4375
    expect(lineScore(diagonal, { x: 0.3, y: 0.6 })).toBe(44);
  });

  it.for(['fourFp', 'fyrfaltare', 'cards'] as const)('a %s board has no score: null', (kind) => {
    expect(lineScore(board(boardTemplate(kind)), { x: 0.5, y: 0.5 })).toBeNull();
  });
});

// ---------------------------------------------------------------- check-in against check-out

const EOR_KNOWN = 'Vi har ett EOR som alla i verksamheten känner till';
const FOLLOW_UP = 'Vi följer upp våra resultat varje månad';

/** Who stands where, in the order they let go of their token. */
type Where = [name: string, x: number, y: number][];

/**
 * The day with Anna and Bo from Trelleborg, Cia and Dan from Kungsbacka, a
 * check-in of two line statements and its mirrored check-out, each statement
 * opened, placed on in the order given, locked, and the exercise closed.
 */
function dayWithPlacements(checkInPlaces: [Where, Where], checkOutPlaces: [Where, Where]) {
  let n = 0;
  const newId = () => `id${++n}`;
  let state: MeetingState = reduce(
    BLANK_MEETING,
    meetingCreated(
      { name: 'Lärträff 2', date: '2026-11-23', municipalities: [{ name: 'Trelleborg' }, { name: 'Kungsbacka' }] },
      'meeting-1',
      'BWKQYF',
      { now: at('07:45'), newId },
    ),
  );
  const send = (actor: Actor, command: Command, hhmm: string) => {
    const decision = decide(state, command, actor, { now: at(hhmm), newId });
    if (!decision.ok) throw new Error(`${command.type} refused: ${decision.error.message}`);
    state = decision.events.reduce(reduce, state);
  };
  const people: Record<string, string> = {};
  for (const [name, municipality] of [
    ['Anna', 'Trelleborg'],
    ['Bo', 'Trelleborg'],
    ['Cia', 'Kungsbacka'],
    ['Dan', 'Kungsbacka'],
  ] as const) {
    send({ role: 'guest' }, { type: 'join', name, municipality }, '08:35');
    people[name] = state.participants.at(-1)!.id;
  }
  send(
    facilitator,
    {
      type: 'createExercise',
      kind: 'checkIn',
      title: 'Incheckning',
      statements: [wallToWall(EOR_KNOWN), wallToWall(FOLLOW_UP)],
      anonymous: false,
      hiddenUntilReveal: false,
    },
    '09:00',
  );
  const checkIn = state.exercises[0]!;
  send(facilitator, { type: 'mirrorExercise', exerciseId: checkIn.id }, '09:01');
  const checkOut = state.exercises[1]!;

  const run = (exercise: Exercise, places: [Where, Where], hhmm: string) => {
    exercise.statements.forEach((statement, i) => {
      send(facilitator, { type: 'openStatement', statementId: statement.id }, hhmm);
      for (const [name, x, y] of places[i]!) {
        send(
          { role: 'participant', participantId: people[name]! },
          { type: 'place', statementId: statement.id, x, y },
          hhmm,
        );
      }
      send(facilitator, { type: 'lockStatement', statementId: statement.id }, hhmm);
    });
    send(facilitator, { type: 'closeExercise', exerciseId: exercise.id }, hhmm);
  };
  run(checkIn, checkInPlaces, '09:10');
  run(checkOut, checkOutPlaces, '15:15');
  const municipality = (name: string) => state.municipalities.find((m) => m.name === name)!.id;
  return {
    state,
    checkIn,
    checkOut,
    people,
    trelleborg: municipality('Trelleborg'),
    kungsbacka: municipality('Kungsbacka'),
  };
}

/** Shifts rounded to four decimals, so hand-computed thirds compare cleanly. */
const approx = (s: Shift) => ({
  n: s.n,
  meanDistance: +s.meanDistance.toFixed(4),
  meanScoreDelta: s.meanScoreDelta === null ? null : +s.meanScoreDelta.toFixed(4),
});

describe('compareExercises: how far the group moved between the check-in at 09:10 and the check-out at 15:15', () => {
  const day = dayWithPlacements(
    [
      [
        ['Anna', 0.2, 0.5],
        ['Bo', 0.4, 0.5],
        ['Cia', 0.1, 0.5],
        ['Dan', 0.6, 0.5],
      ],
      // Dan was getting coffee during the second statement.
      [
        ['Anna', 0.7, 0.5],
        ['Bo', 0.3, 0.5],
        ['Cia', 0.5, 0.5],
      ],
    ],
    [
      // Dan left at lunch. Anna first stood at the far wall, then changed her mind.
      [
        ['Anna', 0.9, 0.5],
        ['Bo', 0.4, 0.8],
        ['Cia', 0.4, 0.9],
        ['Anna', 0.5, 0.5],
      ],
      [
        ['Anna', 0.6, 0.5],
        ['Bo', 0.6, 0.9],
        ['Cia', 0.5, 0.5],
        ['Dan', 0.9, 0.5],
      ],
    ],
  );
  const comparisons = compareExercises(day.state, day.checkIn, day.checkOut);
  const { Anna, Bo, Cia, Dan } = day.people as Record<'Anna' | 'Bo' | 'Cia' | 'Dan', string>;

  it("one comparison per mirrored statement, in the check-out's order, with the text and board", () => {
    expect(comparisons.map((c) => [c.statementId, c.text])).toEqual([
      [day.checkOut.statements[0]!.id, EOR_KNOWN],
      [day.checkOut.statements[1]!.id, FOLLOW_UP],
    ]);
    expect(comparisons[0]!.board).toEqual(day.checkIn.statements[0]!.board);
    expect(comparisons[0]!.before.map((p) => p.participantId)).toEqual([Anna, Bo, Cia, Dan]);
    expect(comparisons[0]!.after.map((p) => p.participantId)).toEqual([Anna, Bo, Cia]);
  });

  it('the EOR statement: Anna walked 0.3 right (+30), Bo 0.3 out from the wall (±0), Cia 0.3 right and 0.4 out (0.5, +30); Dan left at lunch', () => {
    const [eor] = comparisons;
    expect(
      eor!.moves.map((m) => ({
        who: m.participantId,
        from: m.from,
        to: m.to,
        distance: +m.distance.toFixed(4),
        scoreDelta: m.scoreDelta,
      })),
    ).toEqual([
      { who: Anna, from: { x: 0.2, y: 0.5 }, to: { x: 0.5, y: 0.5 }, distance: 0.3, scoreDelta: 30 },
      { who: Bo, from: { x: 0.4, y: 0.5 }, to: { x: 0.4, y: 0.8 }, distance: 0.3, scoreDelta: 0 },
      { who: Cia, from: { x: 0.1, y: 0.5 }, to: { x: 0.4, y: 0.9 }, distance: 0.5, scoreDelta: 30 },
    ]);
    expect(eor!.moves.map((m) => m.municipalityId)).toEqual([day.trelleborg, day.trelleborg, day.kungsbacka]);
    // Group: (0.3 + 0.3 + 0.5) / 3 = 0.3667; (30 + 0 + 30) / 3 = 20.
    expect(approx(eor!.group)).toEqual({ n: 3, meanDistance: 0.3667, meanScoreDelta: 20 });
    expect(eor!.byMunicipality.map((m) => [m.municipalityId, approx(m.shift)])).toEqual([
      [day.trelleborg, { n: 2, meanDistance: 0.3, meanScoreDelta: 15 }],
      [day.kungsbacka, { n: 1, meanDistance: 0.5, meanScoreDelta: 30 }],
    ]);
  });

  it('the follow-up statement: Anna stepped back 0.1 (−10), Bo 0.3 right and 0.4 out (0.5, +30), Cia stayed; Dan only placed at the check-out', () => {
    const [, followUp] = comparisons;
    expect(followUp!.moves.map((m) => [m.participantId, +m.distance.toFixed(4), m.scoreDelta])).toEqual([
      [Anna, 0.1, -10],
      [Bo, 0.5, 30],
      [Cia, 0, 0],
    ]);
    expect(followUp!.moves.map((m) => m.participantId)).not.toContain(Dan);
    // Group: (0.1 + 0.5 + 0) / 3 = 0.2; (−10 + 30 + 0) / 3 = 6.6667.
    expect(approx(followUp!.group)).toEqual({ n: 3, meanDistance: 0.2, meanScoreDelta: 6.6667 });
    expect(followUp!.byMunicipality.map((m) => [m.municipalityId, approx(m.shift)])).toEqual([
      [day.trelleborg, { n: 2, meanDistance: 0.3, meanScoreDelta: 10 }],
      [day.kungsbacka, { n: 1, meanDistance: 0, meanScoreDelta: 0 }],
    ]);
  });

  it('overallShift: six moves, (1.1 + 0.6) / 6 = 0.2833 board units and (60 + 20) / 6 = +13.33 points: a moderate shift', () => {
    const overall = overallShift(comparisons);
    expect(approx(overall)).toEqual({ n: 6, meanDistance: 0.2833, meanScoreDelta: 13.3333 });
    expect(shiftSize(overall.meanDistance)).toBe('moderate');
  });

  it('nobody placed twice: no moves, no municipalities, a shift of none', () => {
    const empty = dayWithPlacements(
      [[['Anna', 0.2, 0.5]], [['Bo', 0.3, 0.5]]],
      [[['Cia', 0.9, 0.5]], [['Dan', 0.1, 0.5]]],
    );
    const compared = compareExercises(empty.state, empty.checkIn, empty.checkOut);
    expect(compared.map((c) => [c.moves, c.group, c.byMunicipality])).toEqual([
      [[], { n: 0, meanDistance: 0, meanScoreDelta: null }, []],
      [[], { n: 0, meanDistance: 0, meanScoreDelta: null }, []],
    ]);
    expect(overallShift(compared)).toEqual({ n: 0, meanDistance: 0, meanScoreDelta: null });
    expect(shiftSize(overallShift(compared).meanDistance)).toBe('none');
  });
});

describe('shiftSize: the plain-language reading of a mean move', () => {
  it.for([
    [0, 'none'],
    [0.049, 'none'],
    [0.05, 'small'],
    [0.149, 'small'],
    [0.15, 'moderate'],
    [0.299, 'moderate'],
    [0.3, 'large'],
    [Math.SQRT2, 'large'],
  ] as const)('%s of the board is %s', ([meanDistance, size]) => {
    expect(shiftSize(meanDistance)).toBe(size);
  });
});
