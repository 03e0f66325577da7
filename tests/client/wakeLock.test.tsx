import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useWakeLock } from '../../client/src/useWakeLock';

/** The browser's Screen Wake Lock API as Chromium behaves: a lock is released when the page is hidden. */
class BrowserWakeLock {
  held: { released: boolean; release(): Promise<void> }[] = [];
  requests = 0;
  refuse = false;
  async request(type: 'screen') {
    expect(type).toBe('screen');
    this.requests += 1;
    if (this.refuse) throw new DOMException('battery saver', 'NotAllowedError');
    const sentinel = {
      released: false,
      release: async () => {
        sentinel.released = true;
      },
    };
    this.held.push(sentinel);
    return sentinel;
  }
  get holding() {
    return this.held.filter((s) => !s.released).length;
  }
}

const flush = () => new Promise((r) => setTimeout(r, 0));
let wakeLock: BrowserWakeLock;
let visibility: DocumentVisibilityState = 'visible';

function setVisibility(v: DocumentVisibilityState) {
  visibility = v;
  if (v === 'hidden') for (const s of wakeLock.held) s.released = true; // the browser lets go of a hidden page's lock
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  wakeLock = new BrowserWakeLock();
  visibility = 'visible';
  Object.defineProperty(navigator, 'wakeLock', { value: wakeLock, configurable: true });
  Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
  Object.defineProperty(document, 'visibilityState', { get: () => visibility, configurable: true });
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'wakeLock');
  Reflect.deleteProperty(window, 'isSecureContext');
  Reflect.deleteProperty(document, 'visibilityState');
});

describe('[W10] the screen stays on while the meeting runs', () => {
  it('holds the lock while active, takes it again when the page comes back, and lets go at the end', async () => {
    const { rerender, unmount } = renderHook(({ active }) => useWakeLock(active), { initialProps: { active: false } });
    await flush();
    expect(wakeLock.requests).toBe(0);

    rerender({ active: true });
    await flush();
    expect(wakeLock.holding).toBe(1);

    // The tablet's cover closed and opened: the browser dropped the lock, the page asks again.
    setVisibility('hidden');
    await flush();
    expect(wakeLock.holding).toBe(0);
    setVisibility('visible');
    await flush();
    expect(wakeLock.holding).toBe(1);
    expect(wakeLock.requests).toBe(2);

    // The day ended.
    rerender({ active: false });
    await flush();
    expect(wakeLock.holding).toBe(0);
    unmount();
  });

  it('says nothing where the page is not a secure context (plain HTTP on a LAN address) or the browser refuses', async () => {
    Object.defineProperty(window, 'isSecureContext', { value: false, configurable: true });
    const insecure = renderHook(() => useWakeLock(true));
    await flush();
    expect(wakeLock.requests).toBe(0);
    insecure.unmount();

    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    wakeLock.refuse = true;
    const refused = renderHook(() => useWakeLock(true));
    await flush();
    expect(wakeLock.requests).toBe(1);
    refused.unmount();

    Reflect.deleteProperty(navigator, 'wakeLock');
    const missing = renderHook(() => useWakeLock(true));
    await flush();
    missing.unmount();
  });
});
