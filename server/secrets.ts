/** Ids, secret tokens and their hashes. Only hashes of tokens are stored. */
import { createHash, randomBytes, randomInt } from 'node:crypto';

/** The server's sources of identity and randomness, injected so tests can seed them. */
export interface Ids {
  /** A short unique id for meetings, segments, participants. */
  newId(): string;
  /** A high-entropy secret for links and participant tokens (256 bits). */
  secret(): string;
  /** n random non-negative integers, for join codes. */
  randomInts(n: number): number[];
}

export const cryptoIds: Ids = {
  newId: () => randomBytes(9).toString('base64url'),
  secret: () => randomBytes(32).toString('base64url'),
  randomInts: (n) => Array.from({ length: n }, () => randomInt(0, 2 ** 31)),
};

/** A deterministic id source for tests: ids and secrets from a counter and a seed. */
export function seededIds(seed = 1): Ids {
  let n = 0;
  let x = seed >>> 0 || 1;
  const next = () => {
    // xorshift32: deterministic, good enough to spread join codes in tests.
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
  return {
    // The seed is in every id, so two seeded servers on one database never collide.
    newId: () => `id${(++n).toString(36)}s${seed}`,
    secret: () => `secret-${seed}-${(++n).toString(36)}-${next().toString(36)}`.padEnd(24, 'x'),
    randomInts: (count) => Array.from({ length: count }, next),
  };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/**
 * Time and every timer the server sets: injected, so tests run the day on a
 * fake clock (phase ends, drag frames, presence, the shared sweep) and never sleep.
 */
export interface Clock {
  now(): number;
  /** Calls `fn` once `now()` has reached `at`; returns a cancel. */
  at(at: number, fn: Tick): () => void;
  /** Calls `fn` once, `ms` from now; returns a cancel. */
  after(ms: number, fn: Tick): () => void;
  /** Calls `fn` every `ms` until cancelled; it does not keep the process alive. Returns the cancel. */
  every(ms: number, fn: Tick): () => void;
}

/**
 * A timer's callback. It returns the work it starts (a phase end's command, the
 * nightly erasure) so that the tests' clock can wait for it to finish; the
 * system clock has nothing to wait for and drops it.
 */
export type Tick = () => void | Promise<unknown>;

/** setTimeout caps at ~24.8 days; a phase end is minutes away, but a paused-then-resumed one may be far. */
const MAX_DELAY = 2 ** 31 - 1;

export const systemClock: Clock = {
  now: () => Date.now(),
  at(at, fn) {
    let timer: NodeJS.Timeout;
    const arm = () => {
      const delay = at - Date.now();
      timer = delay > MAX_DELAY ? setTimeout(arm, MAX_DELAY) : setTimeout(fn, Math.max(0, delay));
    };
    arm();
    return () => clearTimeout(timer);
  },
  after(ms, fn) {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  },
  every(ms, fn) {
    const timer = setInterval(fn, ms);
    timer.unref();
    return () => clearInterval(timer);
  },
};
