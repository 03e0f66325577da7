/** A visitor's device: Swedish first, English on request, and the choice survives a reload. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectAccessible } from './support/axe';
import { expectNoConsoleErrors, launchBrowser, openDevice, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('the start page is Swedish by default; English chosen on a phone is still English after a reload', async () => {
  const phone = await openDevice(browser, 'phone');
  const { page } = phone;
  await page.goto('/');
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('sv');
  await page.getByRole('heading', { name: 'Gå med i en lärträff' }).waitFor();
  await screenshot(page, 'start-sv');
  await expectAccessible(page, 'start page (sv)');

  await page.getByLabel('Språk').selectOption('en');
  await page.getByRole('heading', { name: 'Join a meeting' }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('en');

  await page.reload();
  await page.getByRole('heading', { name: 'Join a meeting' }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  await screenshot(page, 'start-en');
  await expectAccessible(page, 'start page (en)');
  expectNoConsoleErrors([phone]);
  await phone.context.close();
});
