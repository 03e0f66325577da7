/**
 * The console's run view ("Just nu") puts in front of the project leader only
 * what the room does now. `decide` and `reduce` with fixed times and counter ids.
 */
import { describe, expect, it } from 'vitest';
import { decidedDay } from '../support/scriptedDay';
import { STATEMENT_LIBRARY } from '../../shared/day/board';
import { consoleFocus, nextStatement } from '../../client/src/model/consoleFocus';

function day() {
  const d = decidedDay({
    request: {
      municipalities: [{ name: 'Kungsbacka' }, { name: 'Vellinge' }],
      clusters: [{ name: 'Kluster Väst', municipalities: ['Kungsbacka', 'Vellinge'] }],
    },
    createdAt: 0,
    sendAt: 1,
  });
  return Object.assign(d, {
    goTo: (kind: string) => {
      const segment = d.state.agenda.find((s) => s.kind === kind)!;
      d.run({ type: 'goToSegment', segmentId: segment.id, fromSegmentId: d.state.currentSegmentId });
    },
  });
}

describe("the console's run view", () => {
  it('before the day: the code and who has come', () => {
    expect(consoleFocus(day().state)).toEqual({ kind: 'arrival' });
  });

  it('at the check-in: the check-in exercise, then Nästa påstående opens the second statement, none after the last', () => {
    const d = day();
    d.run({
      type: 'createExercise',
      kind: 'checkIn',
      title: 'Incheckning',
      statements: STATEMENT_LIBRARY.slice(0, 2),
      anonymous: false,
      hiddenUntilReveal: false,
    });
    d.run({ type: 'mirrorExercise', exerciseId: d.state.exercises[0]!.id });
    const [checkIn, checkOut] = d.state.exercises;
    expect(consoleFocus(d.state)).toEqual({ kind: 'arrival' });
    d.goTo('checkIn');
    expect(consoleFocus(d.state)).toEqual({ kind: 'exercise', exercise: checkIn });
    expect(nextStatement(d.state, checkIn!)).toBeNull();
    d.run({ type: 'openStatement', statementId: checkIn!.statements[0]!.id });
    expect(nextStatement(d.state, checkIn!)).toEqual(checkIn!.statements[1]);
    d.run({ type: 'openStatement', statementId: checkIn!.statements[1]!.id });
    expect(nextStatement(d.state, checkIn!)).toBeNull();
    d.goTo('checkOut');
    expect(consoleFocus(d.state)).toEqual({ kind: 'exercise', exercise: checkIn }); // still running: it comes first
    d.run({ type: 'closeExercise', exerciseId: checkIn!.id });
    expect(consoleFocus(d.state)).toEqual({ kind: 'exercise', exercise: checkOut });
  });

  it("during cluster work: the clusters' rounds", () => {
    const d = day();
    d.goTo('clusterWork');
    expect(consoleFocus(d.state)).toEqual({ kind: 'clusters' });
  });
});
