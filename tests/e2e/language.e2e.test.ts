/**
 * Per-device settings a visitor brings: Swedish first, English on request
 * (remembered across a reload, with `lang` on <html> following), and a phone
 * that asks for less motion gets no movement.
 */
import { expect, test } from 'vitest';
import { createMeeting } from '../support/server';
import { expectAccessible } from './support/axe';
import { baseUrl, browserForFile, expectNoConsoleErrors, openDevice, screenshot } from './support/browser';
import { joinByLink } from './support/meetingDay';

const browser = browserForFile();

const htmlLang = (page: import('playwright-core').Page) => page.locator('html').getAttribute('lang');

test('[L1] [W1] the start page is Swedish by default; English chosen on a phone is still English after a reload', async () => {
  const phone = await openDevice(browser(), 'phone');
  const { page } = phone;
  await page.goto('/');
  await expect.poll(() => htmlLang(page)).toBe('sv');
  await page.getByRole('heading', { name: 'Gå med i en lärträff' }).waitFor();
  await screenshot(page, 'start-sv');
  await expectAccessible(page, 'start page (sv)');

  await page.getByLabel('Språk').selectOption('en');
  await page.getByRole('heading', { name: 'Join a meeting' }).waitFor();
  expect(await htmlLang(page)).toBe('en');

  await page.reload();
  await page.getByRole('heading', { name: 'Join a meeting' }).waitFor();
  expect(await htmlLang(page)).toBe('en');
  await screenshot(page, 'start-en');
  await expectAccessible(page, 'start page (en)');
  expectNoConsoleErrors([phone]);
  await phone.context.close();
});

test('[L1] a participant switches to English in the meeting; the reload keeps it; another phone stays Swedish', async () => {
  const meeting = await createMeeting(baseUrl(), {
    name: 'Lärträff 4 – Stödstrukturen',
    date: '2026-12-08',
    municipalities: [{ name: 'Ystad' }, { name: 'Skurup' }],
  });
  const english = await openDevice(browser(), 'phone');
  const swedish = await openDevice(browser(), 'phone');
  await joinByLink(english.page, `/join/${meeting.code}`, 'Noor Ahmadi', 'Ystad');
  await joinByLink(swedish.page, `/join/${meeting.code}`, 'Karl Nyström', 'Skurup');

  await english.page.getByLabel('Språk').selectOption('en');
  await english.page.getByText('Hello Noor Ahmadi!').waitFor();
  await english.page.reload();
  await english.page.getByText('Hello Noor Ahmadi!').waitFor();
  await english.page.getByText('The meeting has not started yet.').waitFor();
  expect(await htmlLang(english.page)).toBe('en');
  await screenshot(english.page, 'phone-en');
  await expectAccessible(english.page, 'phone, joined (en)');

  await swedish.page.reload();
  await swedish.page.getByText('Hej Karl Nyström!').waitFor();
  expect(await htmlLang(swedish.page)).toBe('sv');
  expectNoConsoleErrors([english, swedish]);
  await english.context.close();
  await swedish.context.close();
});

test('[W5] a phone that asks for reduced motion gets no fade or slide; one that does not, does', async () => {
  const meeting = await createMeeting(baseUrl(), {
    name: 'Lärträff 5 – Ledningsmöte',
    date: '2026-12-08',
    municipalities: [{ name: 'Sjöbo' }],
  });
  const still = await openDevice(browser(), 'phone', { reducedMotion: 'reduce' });
  const moving = await openDevice(browser(), 'phone', { reducedMotion: 'no-preference' });
  const animationOf = async (page: import('playwright-core').Page) => {
    const line = page.getByRole('region', { name: 'Nu' }).locator('.now__line');
    await line.waitFor();
    return line.evaluate((el) => ({
      name: getComputedStyle(el).animationName,
      reduced: matchMedia('(prefers-reduced-motion: reduce)').matches,
    }));
  };
  await joinByLink(still.page, `/join/${meeting.code}`, 'Hanna Björk', 'Sjöbo');
  await joinByLink(moving.page, `/join/${meeting.code}`, 'Leila Karimi', 'Sjöbo');
  expect(await animationOf(still.page)).toEqual({ name: 'none', reduced: true });
  expect(await animationOf(moving.page)).toEqual({ name: 'now-in', reduced: false });
  await screenshot(still.page, 'phone-reduced-motion');
  await still.context.close();
  await moving.context.close();
});
