/**
 * The console's run view ("Just nu") puts in front of the project leader only
 * what the room does now. `decide` and `reduce` with fixed times and counter ids.
 */
import { describe, expect, it } from 'vitest';
import { STATEMENT_LIBRARY } from '../../shared/day/board';
import { BLANK_MEETING, decide, meetingCreated, reduce, type MeetingState } from '../../shared/day/meeting';
import type { Actor, Command } from '../../shared/protocol';
import { consoleFocus, nextStatement } from '../../client/src/model/consoleFocus';

const facilitator: Actor = { role: 'facilitator' };

function day() {
  let n = 0;
  const newId = () => `id${++n}`;
  let state: MeetingState = reduce(
    BLANK_MEETING,
    meetingCreated(
      {
        name: 'Lärträff 2',
        date: '2026-11-23',
        municipalities: [{ name: 'Kungsbacka' }, { name: 'Vellinge' }],
        clusters: [{ name: 'Kluster Väst', municipalities: ['Kungsbacka', 'Vellinge'] }],
      },
      'meeting-1',
      'BWKQYF',
      { now: 0, newId },
    ),
  );
  const run = (command: Command) => {
    const decision = decide(state, command, facilitator, { now: 1, newId });
    if (!decision.ok) throw new Error(decision.error.message);
    state = decision.events.reduce(reduce, state);
  };
  const goTo = (kind: string) => {
    const segment = state.agenda.find((s) => s.kind === kind)!;
    run({ type: 'goToSegment', segmentId: segment.id, fromSegmentId: state.currentSegmentId });
  };
  return {
    run,
    goTo,
    get state() {
      return state;
    },
  };
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
