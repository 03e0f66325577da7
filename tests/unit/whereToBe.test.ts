import { describe, expect, it } from 'vitest';
import { BLANK_MEETING, decide, meetingCreated, reduce, type MeetingState } from '../../shared/day/meeting';
import type { Actor, Command } from '../../shared/protocol';
import { whereToBe } from '../../client/src/model/whereToBe';
import { formatCountdown } from '../../client/src/model/time';

const facilitator: Actor = { role: 'facilitator' };

/** A day with two clusters; Anna (Ystad) is in Kluster 1, rum B, with Eva. */
function clusterDay() {
  let n = 0;
  const ctx = { now: 0, newId: () => `id${++n}` };
  let state: MeetingState = reduce(
    BLANK_MEETING,
    meetingCreated(
      {
        name: 'Lärträff 3',
        date: '2026-11-23',
        municipalities: [{ name: 'Kungsbacka' }, { name: 'Ystad' }, { name: 'Vellinge' }],
        clusters: [
          { name: 'Kluster 1', municipalities: ['Kungsbacka', 'Ystad'], supervisor: 'Eva', room: 'B' },
          { name: 'Kluster 2', municipalities: ['Vellinge'], supervisor: 'Jonas', room: 'C' },
        ],
      },
      'm1',
      'BWKQYF',
      ctx,
    ),
  );
  const run = (command: Command, actor: Actor = facilitator) => {
    const d = decide(state, command, actor, ctx);
    if (!d.ok) throw new Error(d.error.message);
    state = d.events.reduce(reduce, state);
  };
  run({ type: 'join', name: 'Anna', municipality: 'Ystad' }, { role: 'guest' });
  const anna = state.participants[0]!.id;
  const goTo = (title: string) =>
    run({
      type: 'goToSegment',
      fromSegmentId: state.currentSegmentId,
      segmentId: state.agenda.find((s) => s.title === title)!.id,
    });
  return {
    get state() {
      return state;
    },
    anna,
    goTo,
  };
}

describe("the phone's answer to 'where do I go now?'", () => {
  it('at the coffee before the cluster work Anna reads: regroup 10.45 in Kluster 1, rum B, with Eva', () => {
    const day = clusterDay();
    day.goTo('Kaffe – återsamling 10.45 i kommunklustren');
    expect(whereToBe(day.state, day.anna)).toMatchObject({
      kind: 'break',
      regroup: { at: '10:45', cluster: { name: 'Kluster 1', room: 'B', supervisor: 'Eva' } },
    });
  });

  it('during the cluster work she sees her own cluster, not Kluster 2', () => {
    const day = clusterDay();
    day.goTo('EOR-återkoppling i kommunklustren');
    expect(whereToBe(day.state, day.anna)).toMatchObject({ kind: 'cluster', cluster: { name: 'Kluster 1' } });
  });

  it('at lunch she is told to regroup in her cluster at 13.00; in the plenary there is nowhere else to be', () => {
    const day = clusterDay();
    day.goTo('EOR-återkoppling i kommunklustren');
    day.goTo('Lunch');
    expect(whereToBe(day.state, day.anna)).toMatchObject({
      kind: 'break',
      regroup: { at: '13:00', cluster: { name: 'Kluster 1' } },
    });
    day.goTo('Grupparbete');
    day.goTo('Helgrupp: summering och nästa lärträff');
    expect(whereToBe(day.state, day.anna)).toMatchObject({ kind: 'plenary' });
  });

  it('a break followed by something other than cluster work has no regroup line', () => {
    const day = clusterDay();
    day.goTo('Morgonkaffe och mingel');
    expect(whereToBe(day.state, day.anna)).toMatchObject({ kind: 'break', regroup: null });
  });

  it("during the team's own check-in the room is told the team is preparing, and the coffee is next", () => {
    const day = clusterDay();
    day.goTo('Teamets incheckning');
    expect(whereToBe(day.state, day.anna)).toMatchObject({
      kind: 'teamOnly',
      next: { title: 'Morgonkaffe och mingel' },
    });
  });

  it('someone from a municipality outside every cluster gets the regroup time without a room', () => {
    const day = clusterDay();
    day.goTo('Kaffe – återsamling 10.45 i kommunklustren');
    expect(whereToBe(day.state, 'nobody')).toMatchObject({ kind: 'break', regroup: { at: '10:45', cluster: null } });
  });
});

describe('countdown text', () => {
  it('rounds up while time is left, so 0:00 only shows at the end', () => {
    expect(formatCountdown(4 * 60_000 + 4_300)).toBe('4:05');
    expect(formatCountdown(75 * 60_000)).toBe('75:00');
    expect(formatCountdown(999)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
  });
  it('counts overtime up with a plus', () => {
    expect(formatCountdown(-90_000)).toBe('+1:30');
    expect(formatCountdown(-500)).toBe('+0:00');
  });
});
