/** [M3] The facilitator's choice comes before the day's own projector scene, and decides the join code. */
import { describe, expect, it } from 'vitest';
import { decidedDay } from '../support/scriptedDay';
import { projectorScene, showsJoinCode } from '../../client/src/model/projector';
import { reduce, type MeetingState } from '../../shared/day/meeting';
import type { ProjectorScreen } from '../../shared/protocol';

const day = (): MeetingState => decidedDay({ createdAt: 0 }).state;
const screen = (state: MeetingState, projectorScreen: ProjectorScreen) =>
  reduce(state, { type: 'projectorScreenSet', screen: projectorScreen, at: 1 });

describe('[M3] the projector follows the facilitator', () => {
  it('[M3] before the start the join hero, unless the facilitator hides the code', () => {
    expect(projectorScene(day()).kind).toBe('join');
    expect(showsJoinCode(day())).toBe(true);
    const hidden = screen(day(), { mode: 'auto', join: 'hide' });
    expect(projectorScene(hidden).kind).toBe('now');
    expect(showsJoinCode(hidden)).toBe(false);
  });

  it('[M3] a blank screen and a break with the facilitator’s words come before the day’s scene', () => {
    expect(projectorScene(screen(day(), { mode: 'blank', join: 'auto' }))).toEqual({ kind: 'blank' });
    const text = 'Kaffe – vi ses 10.45 i kommunklustren';
    expect(projectorScene(screen(day(), { mode: 'break', text, join: 'show' }))).toEqual({ kind: 'pause', text });
  });

  it('[M3] the code shown all day when the facilitator says so, also after the check-in', () => {
    let state = day();
    for (const segment of state.agenda.slice(0, 6))
      state = reduce(state, {
        type: 'segmentChanged',
        fromSegmentId: state.currentSegmentId,
        toSegmentId: segment.id,
        at: 2,
      });
    expect(showsJoinCode(state)).toBe(false);
    expect(showsJoinCode(screen(state, { mode: 'auto', join: 'show' }))).toBe(true);
  });
});
