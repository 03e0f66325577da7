/**
 * Rate limits per socket and per event, and per address on the HTTP API
 * (rate-limiter-flexible, in memory): enough for a phone dragging its token
 * at 20 Hz or a facilitator clicking fast, not for a script. Join-code guesses are limited per IP address: with
 * 23^6 ≈ 148 million codes and 20 wrong guesses a minute, finding one of 100
 * live meetings takes on average about 74 000 minutes (51 days).
 */
import ipaddr from 'ipaddr.js';
import RateLimiterMemory from 'rate-limiter-flexible/lib/RateLimiterMemory.js';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../shared/day/joinCode';

export type LimitKind = 'command' | 'resync' | 'time' | 'drag' | 'codeGuess' | 'http' | 'join';

/** Allowed `points` per `duration` seconds. */
export type LimitRules = Record<LimitKind, { points: number; duration: number }>;

export const DEFAULT_LIMITS: LimitRules = {
  command: { points: 60, duration: 10 },
  resync: { points: 30, duration: 10 },
  time: { points: 30, duration: 10 },
  // 20 Hz while dragging, with room for bursts.
  drag: { points: 60, duration: 2 },
  codeGuess: { points: 20, duration: 60 },
  // Requests to /api/ per address; the static files a page load fetches are not counted.
  http: { points: 600, duration: 60 },
  // Joins per address: a venue's NAT where a room of 300 joins within a few minutes passes; a script
  // filling a meeting with ghosts from one address is held to 300 every 5 minutes.
  join: { points: 300, duration: 300 },
};

/** How many join codes there are: 23^6 ≈ 148 million. */
export const JOIN_CODE_SPACE = JOIN_CODE_ALPHABET.length ** JOIN_CODE_LENGTH;

/**
 * Minutes one address needs on average to hit any of `liveMeetings` codes by
 * guessing at the limit: each guess hits with probability live/space.
 */
export function minutesToGuess(liveMeetings: number, rules: LimitRules = DEFAULT_LIMITS): number {
  const perMinute = (rules.codeGuess.points * 60) / rules.codeGuess.duration;
  return JOIN_CODE_SPACE / liveMeetings / perMinute;
}

/**
 * The key an address is limited under. An IPv6 host usually holds a whole
 * /64, so its guesses count per /64, not per address.
 */
export function addressKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  // process() turns an IPv4-mapped IPv6 address (::ffff:a.b.c.d, as a dual-stack socket reports IPv4) into IPv4.
  const ip = ipaddr.process(address);
  if (!(ip instanceof ipaddr.IPv6)) return ip.toString();
  return `${ip.parts
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

export class RateLimits {
  private readonly limiters: Record<LimitKind, RateLimiterMemory>;

  constructor(rules: LimitRules = DEFAULT_LIMITS) {
    this.limiters = Object.fromEntries(
      Object.entries(rules).map(([kind, r]) => [
        kind,
        new RateLimiterMemory({ points: r.points, duration: r.duration, keyPrefix: kind }),
      ]),
    ) as Record<LimitKind, RateLimiterMemory>;
  }

  /** Takes one point; false when the key has none left. */
  async take(kind: LimitKind, key: string): Promise<boolean> {
    try {
      await this.limiters[kind].consume(key);
      return true;
    } catch {
      return false;
    }
  }

  /** Whether the key still has points, without taking one (a correct join code costs nothing). */
  async has(kind: LimitKind, key: string): Promise<boolean> {
    const res = await this.limiters[kind].get(key);
    // A window that has passed counts as fresh even before the store's timer has dropped it (a busy event loop).
    return !res || res.remainingPoints > 0 || res.msBeforeNext <= 0;
  }
}

/** How long an address keeps the meetings it reached with a right code: a meeting day and then some. */
export const REACHED_MS = 24 * 60 * 60 * 1000;

/**
 * The meetings each address reached with a right join code (A4). Out of
 * guesses, an address still gets into those, so a venue's NAT where twenty
 * phones mistyped keeps letting its room in; but a right code of a meeting it
 * never reached is refused like a wrong one, or a guesser past the limit would
 * learn every hit from the answer. In memory, like the limits.
 */
export class ReachedMeetings {
  private readonly byAddress = new Map<string, Map<string, number>>();

  constructor(private readonly keepMs = REACHED_MS) {}

  has(key: string, meetingId: string, now: number): boolean {
    const until = this.byAddress.get(key)?.get(meetingId);
    return until !== undefined && until > now;
  }

  note(key: string, meetingId: string, now: number): void {
    const meetings = this.byAddress.get(key) ?? new Map<string, number>();
    for (const [id, until] of meetings) if (until <= now) meetings.delete(id);
    meetings.set(meetingId, now + this.keepMs);
    this.byAddress.set(key, meetings);
  }
}

/**
 * The client's address behind `hops` trusted proxies (TRUST_PROXY), as Fastify's
 * `trustProxy: hops` reads it: the hops-th entry from the right of
 * X-Forwarded-For, which the nearest proxy appends. With no proxy the peer's own.
 */
export function clientAddress(peer: string, forwardedFor: string | string[] | undefined, hops: number): string {
  if (hops <= 0 || !forwardedFor) return peer;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - hops)] ?? peer;
}
