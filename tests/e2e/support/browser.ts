/**
 * Debian's Chromium through playwright-core (no browser download), one fresh
 * profile per launch, and the devices of the meeting day: phones, the
 * facilitator's laptop, the supervisor's tablet, the projector. Every page
 * gets short default timeouts (nothing in a test may hang) and records its
 * console errors, so a Content-Security-Policy violation or a crash fails the
 * test that caused it.
 */
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const RESULTS_DIR = join(process.cwd(), 'test-results', 'e2e');

const ACTION_TIMEOUT_MS = 15_000;
const NAVIGATION_TIMEOUT_MS = 30_000;

/** The address of the server globalSetup started. */
export function baseUrl(): string {
  return inject('baseUrl');
}

/**
 * Playwright adds `--headless` (headless: true) and its own fresh temporary
 * `--user-data-dir` for every launch (launch() refuses one in args); the rest
 * keep Chromium from talking to anything but 127.0.0.1.
 */
function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: 60_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * The file's Chromium: launched before its tests, closed after them, then
 * `cleanUp` (e.g. `closeAll` for the servers and sockets the tests opened).
 * Call it once at the top of the file; the browser is there from the file's
 * own beforeAll on.
 */
export function browserForFile(cleanUp?: () => Promise<void>): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await cleanUp?.();
  });
  return () => {
    if (!browser) throw new Error('no browser: browserForFile() is called at the top of the file');
    return browser;
  };
}

export type Device = 'phone' | 'laptop' | 'tablet' | 'projector';

const DEVICES: Record<Device, BrowserContextOptions> = {
  // A mid-size phone (390×844 CSS px) with touch.
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  // The project leader's laptop as it is in the hired room (issue 16): 1366x768.
  laptop: { viewport: { width: 1366, height: 768 } },
  tablet: { viewport: { width: 820, height: 1180 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  projector: { viewport: { width: 1920, height: 1080 } },
};

export interface DevicePage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far on this page. */
  errors: string[];
}

/**
 * A new browser context (its own storage: one person's device) with one page.
 * `options` override the device's, e.g. `{ reducedMotion: 'reduce' }`.
 */
export async function openDevice(
  browser: Browser,
  device: Device,
  options: BrowserContextOptions = {},
): Promise<DevicePage> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    ...DEVICES[device],
    ...options,
  });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`));
  return { context, page, errors };
}

/** One device of each kind named, in that order, each its own context, opened together. */
export function openDevices<const D extends readonly Device[]>(
  browser: Browser,
  ...devices: D
): Promise<{ [K in keyof D]: DevicePage }> {
  return Promise.all(devices.map((device) => openDevice(browser, device))) as Promise<{ [K in keyof D]: DevicePage }>;
}

let shot = 0;
/**
 * A full-page screenshot under test-results/e2e/, named by its test file and
 * numbered in the order taken: meetingDay-07-phone-join-form.png.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  shot += 1;
  const file = basename(expect.getState().testPath ?? 'e2e').replace(/\.e2e\.test\.ts$/, '');
  const path = join(RESULTS_DIR, `${file}-${String(shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled', timeout: ACTION_TIMEOUT_MS });
  return path;
}

/**
 * A finger drag on a touch screen (touchstart, moves, touchend through the
 * DevTools protocol), from one viewport point to another.
 */
export async function touchDrag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  steps = 8,
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const touch = (x: number, y: number) => [{ x: Math.round(x), y: Math.round(y), id: 1 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: touch(from.x, from.y) });
    for (let i = 1; i <= steps; i++) {
      const f = i / steps;
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: touch(from.x + (to.x - from.x) * f, from.y + (to.y - from.y) * f),
      });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp.detach();
  }
}

/** Fails when any page logged a console error (a CSP violation, a failed script, a crash). */
export function expectNoConsoleErrors(devices: DevicePage[], allowed: RegExp[] = []): void {
  const errors = devices.flatMap((d) => d.errors).filter((e) => !allowed.some((re) => re.test(e)));
  if (errors.length > 0) throw new Error(`console errors:\n${errors.join('\n')}`);
}

/**
 * Steps that share one day: after a failed step the rest would only fail on
 * its leftovers, so they are skipped.
 */
function stopAfterFirstFailure(): void {
  let broken = false;
  beforeEach((ctx) => {
    if (broken) ctx.skip();
  });
  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail') broken = true;
  });
}

/**
 * A scenario's Chromium: as browserForFile, and its steps share one day, so
 * after a failed step the rest are skipped. Call it once at the top of the file.
 */
export function browserForScenario(cleanUp?: () => Promise<void>): () => Browser {
  stopAfterFirstFailure();
  return browserForFile(cleanUp);
}
