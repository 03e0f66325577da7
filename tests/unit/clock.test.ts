import { describe, expect, it } from 'vitest';
import { bestEstimate, estimateFromSample, remainingMs } from '../../shared/clock';

const MIN = 60_000;
/** A client clock reading (ms); what the server reads is this plus the true offset. */
const T = Date.parse('2026-11-23T09:20:00+01:00');

describe('[T1] clock offset from one ping', () => {
  it('a phone 10 minutes behind, 40 ms each way: the offset is +10 minutes exactly', () => {
    // Sent at T (client), stamped by the server 40 ms later at T + 40 + 10 min, back at T + 80.
    const e = estimateFromSample({ sentAt: T, receivedAt: T + 80, serverNow: T + 40 + 10 * MIN });
    expect(e).toEqual({ offsetMs: 600_000, roundTripMs: 80 });
  });

  it('a phone 10 minutes behind, RTT 80 ms all on the way there: the estimate is off by half the round trip, +600040 ms', () => {
    const e = estimateFromSample({ sentAt: T, receivedAt: T + 80, serverNow: T + 80 + 10 * MIN });
    expect(e).toEqual({ offsetMs: 600_040, roundTripMs: 80 });
  });

  it('a laptop 2.5 s ahead of the server gets a negative offset', () => {
    const e = estimateFromSample({ sentAt: T, receivedAt: T + 20, serverNow: T + 10 - 2_500 });
    expect(e.offsetMs).toBe(-2_500);
  });

  it('a clock stepped back mid-ping gives a round trip of 0, not a negative one', () => {
    expect(estimateFromSample({ sentAt: T, receivedAt: T - 5, serverNow: T }).roundTripMs).toBe(0);
  });
});

describe('[T1] the best of five pings', () => {
  it('trusts the ping with the smallest round trip, wherever it is in the list', () => {
    const samples = [
      { sentAt: T, receivedAt: T + 300, serverNow: T + 250 + MIN }, // offset +59 900, rtt 300
      { sentAt: T + 1_000, receivedAt: T + 1_030, serverNow: T + 1_015 + MIN }, // offset +60 000, rtt 30
      { sentAt: T + 2_000, receivedAt: T + 2_120, serverNow: T + 2_100 + MIN }, // offset +60 040, rtt 120
    ];
    expect(bestEstimate(samples)).toEqual({ offsetMs: MIN, roundTripMs: 30 });
    expect(bestEstimate([...samples].reverse())).toEqual({ offsetMs: MIN, roundTripMs: 30 });
  });

  it('on a tie the earlier ping wins', () => {
    const first = { sentAt: T, receivedAt: T + 50, serverNow: T + 25 + 1_000 };
    const second = { sentAt: T, receivedAt: T + 50, serverNow: T + 25 + 2_000 };
    expect(bestEstimate([first, second])?.offsetMs).toBe(1_000);
  });

  it('with no answers there is no estimate', () => {
    expect(bestEstimate([])).toBeNull();
  });
});

describe('countdowns agree across screens', () => {
  const coffeeEndsAt = Date.parse('2026-11-23T09:00:00+01:00'); // server time

  it('a phone 10 minutes behind, reading 08:49:30, shows 30 s left of the coffee break', () => {
    const phoneNow = Date.parse('2026-11-23T08:49:30+01:00');
    expect(remainingMs(coffeeEndsAt, phoneNow, +10 * MIN)).toBe(30_000);
  });

  it('the projector laptop 2 s ahead shows the same 30 s', () => {
    const laptopNow = Date.parse('2026-11-23T08:59:32+01:00');
    expect(remainingMs(coffeeEndsAt, laptopNow, -2_000)).toBe(30_000);
  });

  it('after the end the remaining time is negative (overtime), not clamped', () => {
    expect(remainingMs(coffeeEndsAt, coffeeEndsAt + 5_000, 0)).toBe(-5_000);
  });
});
