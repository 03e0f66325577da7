import { describe, expect, it } from 'vitest';
import { boardTemplate } from '../../shared/day/board';
import { BLANK_MEETING, decide, meetingCreated, reduce, type MeetingState } from '../../shared/day/meeting';
import type { Actor, Command } from '../../shared/protocol';
import { progression } from '../../shared/year/progression';

const EOR = 'Vi har ett EOR som alla i verksamheten känner till';
const facilitator: Actor = { role: 'facilitator' };

/** One lärträff: Trelleborg and Ystad people place themselves on the EOR statement (x along the line). */
function meeting(
  id: string,
  date: string,
  places: { name: string; municipality: string; x: number }[],
  text = EOR,
): MeetingState {
  let n = 0;
  const ctx = { now: Date.parse(`${date}T09:00:00Z`), newId: () => `${id}-${++n}` };
  let state = reduce(
    BLANK_MEETING,
    meetingCreated(
      { name: `Lärträff ${id}`, date, municipalities: [{ name: 'Trelleborg' }, { name: 'Ystad' }] },
      id,
      'BWKQYF',
      ctx,
    ),
  );
  const run = (c: Command, actor: Actor = facilitator) => {
    const d = decide(state, c, actor, ctx);
    if (!d.ok) throw new Error(d.error.message);
    state = d.events.reduce(reduce, state);
  };
  run({
    type: 'createExercise',
    kind: 'checkIn',
    title: 'Incheckning',
    anonymous: false,
    hiddenUntilReveal: false,
    statements: [{ text, board: boardTemplate('line') }],
  });
  run({ type: 'openStatement', statementId: state.exercises[0]!.statements[0]!.id });
  for (const p of places) {
    run({ type: 'join', name: p.name, municipality: p.municipality }, { role: 'guest' });
    const participantId = state.participants.at(-1)!.id;
    run(
      { type: 'place', statementId: state.exerciseRun!.statementId, x: p.x, y: 0.5 },
      { role: 'participant', participantId },
    );
  }
  return state;
}

describe('progression of a statement across the lärträffar', () => {
  it('the EOR statement in January and March: where the group and each municipality stood each time', () => {
    // On the line from x 0.12 (0) to 0.88 (100): x 0.12 → 0, 0.5 → 50, 0.88 → 100.
    const jan = meeting('jan', '2027-01-20', [
      { name: 'Anna', municipality: 'Trelleborg', x: 0.12 },
      { name: 'Omar', municipality: 'Ystad', x: 0.5 },
    ]);
    const mar = meeting('mar', '2027-03-17', [
      { name: 'Anna', municipality: 'TRELLEBORG', x: 0.88 },
      { name: 'Lisa', municipality: 'Ystad', x: 0.88 },
      { name: 'Omar', municipality: 'Ystad', x: 0.5 },
    ]);
    const [eor, ...rest] = progression([mar, jan]);
    expect(rest).toEqual([]);
    expect(eor!.text).toBe(EOR);
    expect(eor!.points.map((p) => p.date)).toEqual(['2027-01-20', '2027-03-17']);
    expect(eor!.points[0]!.group).toMatchObject({ n: 2, meanScore: 25 });
    expect(eor!.points[1]!.group.n).toBe(3);
    expect(eor!.points[1]!.group.meanScore).toBeCloseTo(250 / 3, 5);
    const ystad = (i: number) => eor!.points[i]!.byMunicipality.find((m) => m.municipality === 'Ystad')!.standing;
    expect(ystad(0)).toMatchObject({ n: 1, meanScore: 50 });
    expect(ystad(1)).toMatchObject({ n: 2, meanScore: 75 });
    // Anna typing "TRELLEBORG" in March is on Trelleborg's row, as in January.
    expect(eor!.points[1]!.byMunicipality.map((m) => m.municipality).sort()).toEqual(['Trelleborg', 'Ystad']);
  });

  it('a statement asked at only one meeting is not a progression', () => {
    const jan = meeting('jan', '2027-01-20', [{ name: 'Anna', municipality: 'Trelleborg', x: 0.3 }]);
    const mar = meeting(
      'mar',
      '2027-03-17',
      [{ name: 'Anna', municipality: 'Trelleborg', x: 0.3 }],
      'Vi följer upp varje månad',
    );
    expect(progression([jan, mar])).toEqual([]);
  });

  it('statement texts match across meetings despite case and spacing', () => {
    const jan = meeting('jan', '2027-01-20', [{ name: 'Anna', municipality: 'Trelleborg', x: 0.3 }]);
    const mar = meeting(
      'mar',
      '2027-03-17',
      [{ name: 'Anna', municipality: 'Trelleborg', x: 0.6 }],
      `  ${EOR.toUpperCase()} `,
    );
    expect(progression([jan, mar])).toHaveLength(1);
  });
});
