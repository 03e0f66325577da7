import { describe, expect, it } from 'vitest';
import { effectsOf, writesOnlyEvents } from '../../server/commitEffects';
import type { MeetingEvent } from '../../shared/protocol';
import { scriptedDay } from '../support/scriptedDay';

/** A scripted day, then a rotated and a revoked link, Omar leaving and the facilitator's erasure. */
function dayWithEveryEffect(): MeetingEvent[] {
  const day = scriptedDay();
  const after = (command: Parameters<typeof day.apply>[0], actor?: Parameters<typeof day.apply>[2]) =>
    expect(day.apply(command, '11:00', actor)).toBe('ok');
  after({ type: 'changeLink', link: 'supervisor', clusterId: day.state.clusters[0]!.id, action: 'rotate' });
  after({ type: 'changeLink', link: 'evaluator', action: 'revoke' });
  after({ type: 'leave' }, day.phone('Omar'));
  after({ type: 'erasePersonalData' });
  return day.log;
}

const hasEffects = (event: MeetingEvent) => {
  const effects = effectsOf('meeting-3', [event], () => 'secret');
  return effects.tokens.length > 0 || effects.revoke.length > 0 || effects.erasure !== null;
};

describe('what a commit does beside its events', () => {
  it('[D5] an event that issues or revokes a token or erases the log never shares a group append', () => {
    const log = dayWithEveryEffect();
    const withEffects = log.filter(hasEffects);
    // Joins, a rotation, a revocation, a leaving and an erasure: each kind of side effect is in the day.
    expect(new Set(withEffects.map((e) => e.type))).toEqual(
      new Set(['participantJoined', 'linkChanged', 'participantLeft', 'personalDataErased']),
    );
    for (const event of log)
      expect({ type: event.type, writesOnly: writesOnlyEvents(event) }).toEqual({
        type: event.type,
        writesOnly: !hasEffects(event),
      });
    expect(log.filter(writesOnlyEvents).length).toBeGreaterThan(20);
  });

  it("a rotated supervisor link comes back once in the ack, and the cluster's old token is revoked", () => {
    const event: MeetingEvent = { type: 'linkChanged', link: 'supervisor', clusterId: 'c1', action: 'rotate', at: 0 };
    const effects = effectsOf('meeting-3', [event], () => 'new-secret');
    expect(effects.revoke).toEqual([{ role: 'supervisor', clusterId: 'c1' }]);
    expect(effects.issued).toMatchObject({ link: 'supervisor', clusterId: 'c1' });
    expect(effects.issued?.path).toContain('new-secret');
    expect(effects.tokens).toHaveLength(1);
  });
});
