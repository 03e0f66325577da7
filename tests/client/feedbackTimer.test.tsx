/**
 * The feedback round's countdown on a tablet, as the supervisor sees it and a
 * screen reader hears it: a resume shows and announces the time that was left
 * when it was paused (it may have lost the moment since, never gained a
 * second). The countdown redraws on a 250 ms tick, so a resume arrives
 * between two ticks.
 */
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { FeedbackTimer } from '../../client/src/components/feedback/FeedbackTimer';
import { pause, resume, start } from '../../shared/day/timer';

/** On a tick's boundary, so the next tick is 250 ms away. */
const T0 = Date.parse('2026-11-23T11:00:00.000+01:00');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

it('a timer paused at 5:59 and resumed between two ticks shows and announces "5:59 kvar", not a second more', () => {
  // Five minutes started 1 s ago, given a minute more: 5:59 left, paused on a whole second.
  const paused = pause({ ...start(6 * 60_000, T0 - 1_000) }, T0);
  const view = (timer: Parameters<typeof FeedbackTimer>[0]['timer']) => (
    <FeedbackTimer timer={timer} phaseKey="0:presentation" chimeOn={false} />
  );
  const { rerender } = render(view(paused));
  expect(document.querySelector('.feedback-timer__time')!.textContent).toBe('5:59 kvar · Pausad');

  // 200 ms later, before the next tick, the supervisor resumes it.
  act(() => {
    vi.advanceTimersByTime(200);
  });
  rerender(view(resume(paused, T0 + 200)));
  expect(document.querySelector('[aria-live="assertive"]')!.textContent).toBe('5:59 kvar');
  expect(document.querySelector('.feedback-timer__time')!.textContent).toBe('5:59 kvar');
});
