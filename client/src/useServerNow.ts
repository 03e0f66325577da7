/**
 * Server time as this device best knows it, read at each render and
 * re-rendered every `everyMs`. A render between two ticks (a timer resumed, a
 * phase moved on) reads the clock then, so it never shows the last tick's
 * time against new state: a resumed countdown does not show a second more.
 */
import { useEffect, useState } from 'react';
import { useMeetingStore } from './meetingStore';

export function useServerNow(everyMs = 1000): number {
  const offsetMs = useMeetingStore((s) => s.offsetMs);
  const [, setTicks] = useState(0);
  useEffect(() => {
    // Tick on the second boundary, so every screen turns its countdown at the same moment.
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      setTicks((n) => n + 1);
      timer = setTimeout(tick, everyMs - ((Date.now() + offsetMs) % everyMs));
    };
    tick();
    return () => clearTimeout(timer);
  }, [everyMs, offsetMs]);
  return Date.now() + offsetMs;
}
