/**
 * Timers are state, not ticks (DESIGN.md, "Time"): a running timer is its
 * end in server time; a paused one is the time it had left. Clients render
 * `endsAt - (Date.now() + offset)`, so every screen shows the same countdown.
 * Pure: `now` is always an argument. Time left may go negative: overtime.
 */
import type { Timer } from '../protocol';

export type { Timer };

export const idle = (durationMs: number): Timer => ({ status: 'idle', durationMs });

/** Starts (or restarts) the full duration now. */
export const start = (durationMs: number, now: number): Timer => ({
  status: 'running',
  durationMs,
  endsAt: now + durationMs,
});

export function remainingMs(timer: Timer, now: number): number {
  switch (timer.status) {
    case 'idle':
      return timer.durationMs;
    case 'running':
      return timer.endsAt - now;
    case 'paused':
      return timer.remainingMs;
  }
}

/** Pausing keeps what was left (negative in overtime); pausing a paused or idle timer changes nothing. */
export function pause(timer: Timer, now: number): Timer {
  return timer.status === 'running'
    ? { status: 'paused', durationMs: timer.durationMs, remainingMs: timer.endsAt - now }
    : timer;
}

/** Resuming sets a new end from what was left. */
export function resume(timer: Timer, now: number): Timer {
  return timer.status === 'paused'
    ? { status: 'running', durationMs: timer.durationMs, endsAt: now + timer.remainingMs }
    : timer;
}

/**
 * +1 / −1 min: moves the end (running) or what is left (paused); an idle timer gets a longer or shorter phase.
 * [T4] An adjustment never puts the end in the past: what it would move past `now` ends the phase now
 * (a paused timer keeps 0:00), so auto-advance starts the next phase now instead of backdating it. An end
 * already in overtime stays where it is.
 */
export function adjust(timer: Timer, deltaMs: number, now: number): Timer {
  switch (timer.status) {
    case 'idle':
      return { ...timer, durationMs: Math.max(0, timer.durationMs + deltaMs) };
    case 'running': {
      const endsAt = Math.max(timer.endsAt + deltaMs, Math.min(timer.endsAt, now));
      return { ...timer, durationMs: timer.durationMs + endsAt - timer.endsAt, endsAt };
    }
    case 'paused': {
      const remaining = Math.max(timer.remainingMs + deltaMs, Math.min(timer.remainingMs, 0));
      return { ...timer, durationMs: timer.durationMs + remaining - timer.remainingMs, remainingMs: remaining };
    }
  }
}

export const isOvertime = (timer: Timer, now: number): boolean =>
  timer.status !== 'idle' && remainingMs(timer, now) < 0;

/** When the server must act (auto-advance or mark overtime): the end of a running timer, else never. */
export const dueAt = (timer: Timer): number | null => (timer.status === 'running' ? timer.endsAt : null);
