/**
 * The screen wake lock in a real Chromium (W10): the projector, the
 * supervisor's tablet and the console keep their screens on while the day
 * runs and let them sleep when it has ended; a phone never asks.
 *
 * Headless Chromium on http://localhost is a secure context and grants
 * `navigator.wakeLock.request('screen')` for real. A page cannot ask whether
 * it holds a lock, so an init script wraps `WakeLock.prototype.request`: it
 * calls the browser's own request and records each sentinel it returns and
 * when it is released (by our code or by the browser). Our code is not
 * replaced. Headless Chromium keeps every page visible (a second tab, a
 * minimised window and a popup leave `visibilityState` at "visible"), so the
 * release and re-request on a hidden page are covered in jsdom only
 * (tests/client/wakeLock.test.tsx).
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { closeAll } from '../support/server';
import { browserForFile, expectNoConsoleErrors, openDevice, type Device, type DevicePage } from './support/browser';
import { joinByCode } from './support/meetingDay';
import { createDay } from './support/smallDay';

/** Runs before the app in every page: records each real wake lock the page is granted. */
function recordWakeLocks() {
  const locks: { type: string; released: boolean }[] = [];
  (window as unknown as { wakeLocks: typeof locks }).wakeLocks = locks;
  if (!('wakeLock' in navigator)) return;
  const request = WakeLock.prototype.request;
  WakeLock.prototype.request = async function (this: WakeLock, type?: WakeLockType) {
    const sentinel = await request.call(this, type);
    const lock = { type: sentinel.type, released: sentinel.released };
    locks.push(lock);
    sentinel.addEventListener('release', () => (lock.released = true));
    return sentinel;
  };
}

/** What the page was granted: how many locks in all, how many it holds now. */
const wakeLocks = (page: Page) =>
  page.evaluate(() => {
    const locks = (window as unknown as { wakeLocks: { type: string; released: boolean }[] }).wakeLocks;
    return { granted: locks.length, held: locks.filter((l) => !l.released && l.type === 'screen').length };
  });

const browser = browserForFile(closeAll);
const devices: DevicePage[] = [];

async function open(device: Device, link: string): Promise<Page> {
  const d = await openDevice(browser(), device);
  devices.push(d);
  await d.context.addInitScript(recordWakeLocks);
  if (link) await d.page.goto(link);
  return d.page;
}

test('[W10] the projector, the tablet and the console hold a screen wake lock while the day runs; a phone does not', async () => {
  const { meeting, ok, day } = await createDay();
  const projector = await open('projector', meeting.screenLink);
  const tablet = await open('tablet', meeting.supervisorLinks[0]!.link);
  const laptop = await open('laptop', meeting.facilitatorLink);
  const phone = await open('phone', '');
  await joinByCode(phone, meeting.code, 'Anna Svensson', 'Kungsbacka');
  expect(await phone.evaluate(() => window.isSecureContext)).toBe(true);

  // From loading the meeting, before the first segment starts: each holds one lock.
  const roomScreens = [projector, tablet, laptop];
  for (const page of roomScreens) await expect.poll(() => wakeLocks(page)).toEqual({ granted: 1, held: 1 });
  await ok({ type: 'advanceAgenda', fromSegmentId: null });
  await ok({ type: 'advanceAgenda', fromSegmentId: day.state.currentSegmentId });
  // Still one lock each as the day moves on: not one request per change of state.
  for (const page of roomScreens) expect(await wakeLocks(page)).toEqual({ granted: 1, held: 1 });

  // The day ends: the screens may sleep again.
  await ok({ type: 'advanceAgenda', fromSegmentId: day.state.currentSegmentId });
  for (const page of roomScreens) await expect.poll(() => wakeLocks(page)).toEqual({ granted: 1, held: 0 });

  // A phone never keeps its screen on: the participant's own setting applies.
  expect(await wakeLocks(phone)).toEqual({ granted: 0, held: 0 });
  expectNoConsoleErrors(devices);
});
