/** Server time as this device best knows it, re-rendered every `everyMs`. */
import { useEffect, useState } from 'react';
import { useMeetingStore } from './meetingStore';

export function useServerNow(everyMs = 1000): number {
  const offsetMs = useMeetingStore((s) => s.offsetMs);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    // Tick on the second boundary, so every screen turns its countdown at the same moment.
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      setNow(Date.now());
      timer = setTimeout(tick, everyMs - ((Date.now() + offsetMs) % everyMs));
    };
    tick();
    return () => clearTimeout(timer);
  }, [everyMs, offsetMs]);
  return now + offsetMs;
}
