import { describe, expect, it } from 'vitest';
import { remainingMs as shownOnPhone } from '../../shared/clock';
import { adjust, dueAt, idle, isOvertime, pause, remainingMs, resume, start } from '../../shared/day/timer';

const MIN = 60_000;
/** Seconds into the feedback round, in server time. */
const at = (mmss: string) => {
  const [m, s] = mmss.split(':').map(Number);
  return 1_800_000_000_000 + (m! * 60 + s!) * 1000;
};

describe("[T1] a feedback round's timer, in server time", () => {
  it('the supervisor pauses the 5-minute presentation at 3:10 and the phones show 1:50 left, however long the pause', () => {
    const running = start(5 * MIN, at('0:00'));
    const paused = pause(running, at('3:10'));
    expect(remainingMs(paused, at('3:10'))).toBe(110_000);
    expect(remainingMs(paused, at('9:00'))).toBe(110_000);
    expect(dueAt(paused)).toBeNull();
  });

  it('resumed at 4:00 it ends at 5:50, and +1 min moves the end to 6:50', () => {
    const resumed = resume(pause(start(5 * MIN, at('0:00')), at('3:10')), at('4:00'));
    expect(dueAt(resumed)).toBe(at('5:50'));
    const longer = adjust(resumed, MIN, at('4:00'));
    expect(dueAt(longer)).toBe(at('6:50'));
    expect(remainingMs(longer, at('6:00'))).toBe(50_000);
  });

  it('−1 min on a paused timer takes a minute from what is left', () => {
    const paused = pause(start(10 * MIN, at('0:00')), at('2:00'));
    expect(remainingMs(adjust(paused, -MIN, at('3:00')), at('7:00'))).toBe(7 * MIN);
  });

  it('[T4] −1 min with 0:40 left ends the phase now, never 0:20 ago; in overtime it leaves the end where it was', () => {
    const running = start(5 * MIN, at('0:00'));
    expect(dueAt(adjust(running, -MIN, at('4:20')))).toBe(at('4:20'));
    expect(adjust(running, -MIN, at('4:20')).durationMs).toBe(4 * MIN + 20_000);
    expect(adjust(running, -MIN, at('6:00'))).toEqual(running);
    expect(remainingMs(adjust(pause(running, at('4:20')), -MIN, at('4:30')), at('9:00'))).toBe(0);
  });

  it('past the end it is overtime, counting up; pausing in overtime keeps the overtime', () => {
    const running = start(5 * MIN, at('0:00'));
    expect(isOvertime(running, at('4:59'))).toBe(false);
    expect(remainingMs(running, at('6:30'))).toBe(-90_000);
    expect(isOvertime(running, at('6:30'))).toBe(true);
    expect(remainingMs(pause(running, at('6:30')), at('8:00'))).toBe(-90_000);
  });

  it('pausing twice or resuming a running timer changes nothing', () => {
    const running = start(5 * MIN, at('0:00'));
    const paused = pause(running, at('1:00'));
    expect(pause(paused, at('2:00'))).toBe(paused);
    expect(resume(running, at('2:00'))).toBe(running);
  });

  it('an idle phase is its planned length, adjustable before it starts but never below zero', () => {
    expect(remainingMs(idle(10 * MIN), at('0:00'))).toBe(10 * MIN);
    expect(adjust(idle(MIN), -2 * MIN, at('0:00'))).toEqual(idle(0));
    expect(dueAt(idle(MIN))).toBeNull();
  });

  it('a phone whose clock is 10 minutes slow shows the same time left as the projector', () => {
    const running = start(5 * MIN, at('0:00'));
    const serverNow = at('1:00');
    const projector = shownOnPhone(running.status === 'running' ? running.endsAt : 0, serverNow, 0);
    const slowPhone = shownOnPhone(running.status === 'running' ? running.endsAt : 0, serverNow - 10 * MIN, 10 * MIN);
    expect(slowPhone).toBe(projector);
    expect(projector).toBe(4 * MIN);
  });
});
