import { useEffect } from 'react';

/**
 * Keeps the screen on while `active` (W10): the projector's laptop, the
 * supervisor's tablet and the console must not sleep in a 10-minute round.
 * The Screen Wake Lock API releases the lock whenever the page is hidden, so
 * it is asked for again when the page is shown. Where there is no API (an
 * older browser, or a page served over plain HTTP on a LAN address, which is
 * not a secure context) or the browser refuses (battery saver), nothing is
 * said: the device's own sleep setting applies (README, "HTTPS").
 */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    const api = typeof navigator !== 'undefined' && window.isSecureContext ? navigator.wakeLock : undefined;
    if (!active || !api) return;
    let lock: WakeLockSentinel | null = null;
    let stopped = false;
    const acquire = async () => {
      if (document.visibilityState !== 'visible' || (lock && !lock.released)) return;
      try {
        const got = await api.request('screen');
        if (stopped) void got.release();
        else lock = got;
      } catch {
        // Refused (hidden page, battery saver, a policy): the screen may sleep as it would anyway.
      }
    };
    const onVisibility = () => void acquire();
    void acquire();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', onVisibility);
      void lock?.release().catch(() => undefined);
    };
  }, [active]);
}
