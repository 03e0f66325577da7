/**
 * The supervisor's tablet and the participants' phones on the sizes of the
 * day, in Chromium on the production build: the tablet in portrait (820×1180)
 * and landscape (1180×820), phones at 390 and 320 px. Kungsbacka's colour is a
 * pale yellow (#ffff99), the hardest for initials and outlines; axe finds
 * no violation of any impact with it, on the phones, the tablet, the console
 * and the projector. The project leader's commands come from a real socket; the
 * supervisor presses the tablet's own buttons. Screenshots of the key states
 * go to test-results/e2e/ and, with DESIGN_SCREENSHOTS=1, to docs/design/.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { STATEMENT_LIBRARY } from '../../shared/day/board';
import { checkInOf } from '../support/commandSamples';
import { closeAll, waitFor } from '../support/server';
import { expectAccessible } from './support/axe';
import {
  browserForFile,
  expectNoConsoleErrors,
  openDevice,
  openDevices,
  screenshot,
  type DevicePage,
} from './support/browser';
import { boardOf, fillJoinForm, wordsBrokenIn } from './support/meetingDay';
import { createDay } from './support/smallDay';

const LINE = STATEMENT_LIBRARY[0]!;
const FYRFALTAREN = STATEMENT_LIBRARY.find((s) => s.board.kind === 'fyrfaltare')!;
const PORTRAIT = { width: 820, height: 1180 };
const LANDSCAPE = { width: 1180, height: 820 };
const PHONE_WIDTHS = [390, 320] as const;
const DESIGN_DIR = join(process.cwd(), 'docs', 'design');

const browser = browserForFile(closeAll);

const SLOW = { timeout: 10_000 };
const settle = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * A screenshot in test-results/e2e/ and, with DESIGN_SCREENSHOTS=1, for docs/DESIGN.md too: an ordinary
 * run leaves the committed pictures (and the checkout) as they are.
 */
async function designShot(page: Page, name: string) {
  const path = await screenshot(page, name);
  if (!process.env.DESIGN_SCREENSHOTS) return;
  mkdirSync(DESIGN_DIR, { recursive: true });
  copyFileSync(path, join(DESIGN_DIR, `${name}.png`));
}

/** Sideways scroll, and every card label that reaches past its card or the board's edge. */
async function overflow(page: Page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth,
    spilling: [...document.querySelectorAll('.board')].flatMap((board) => {
      const edge = board.getBoundingClientRect();
      return [...board.querySelectorAll<HTMLElement>('.board__card')]
        .filter((card) => {
          const r = card.getBoundingClientRect();
          const textWider = card.scrollWidth > card.clientWidth + 1;
          return textWider || r.left < edge.left - 1 || r.right > edge.right + 1;
        })
        .map((card) => card.textContent);
    }),
  }));
}

/** At 390 and 320 px: no sideways scroll, no label spilling; a screenshot at each width. */
async function expectPhoneFits(phone: Page, name: string, design = false) {
  for (const width of PHONE_WIDTHS) {
    await phone.setViewportSize({ width, height: 844 });
    await settle(phone);
    const m = await overflow(phone);
    expect.soft(m.scrollWidth, `${name} at ${width} px: sideways scroll`).toBeLessThanOrEqual(m.innerWidth);
    expect.soft(m.spilling, `${name} at ${width} px: labels past their card or the board`).toEqual([]);
    expect
      .soft(await wordsBrokenIn(phone.locator('.board__card')), `${name} at ${width} px: words broken on a card`)
      .toEqual([]);
    if (design && width === 390) await designShot(phone, `phone-${name}`);
    else await screenshot(phone, `phone-${name}-${width}`);
  }
  await phone.setViewportSize({ width: 390, height: 844 });
}

/** The tablet's two columns: side by side in landscape, one above the other in portrait; no sideways scroll. */
async function tabletColumns(tablet: Page) {
  return tablet.evaluate(() => {
    const run = document.querySelector('.tablet__run')!.getBoundingClientRect();
    const side = document.querySelector('.tablet__side')!.getBoundingClientRect();
    return {
      sideBySide: side.left >= run.right && Math.abs(side.top - run.top) < 2,
      runWidth: Math.round(run.width),
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth,
    };
  });
}

async function expectTabletLayout(tablet: Page, name: string) {
  await tablet.setViewportSize(PORTRAIT);
  await settle(tablet);
  const portrait = await tabletColumns(tablet);
  expect.soft(portrait.sideBySide, `${name}, portrait: one column`).toBe(false);
  // The tablet's width, not a 560 px phone column.
  expect.soft(portrait.runWidth, `${name}, portrait: width used`).toBeGreaterThanOrEqual(740);
  expect.soft(portrait.scrollWidth, `${name}, portrait: sideways scroll`).toBeLessThanOrEqual(portrait.innerWidth);
  await designShot(tablet, `tablet-${name}-portrait`);
  await tablet.setViewportSize(LANDSCAPE);
  await settle(tablet);
  const landscape = await tabletColumns(tablet);
  expect.soft(landscape.sideBySide, `${name}, landscape: two columns`).toBe(true);
  expect.soft(landscape.scrollWidth, `${name}, landscape: sideways scroll`).toBeLessThanOrEqual(landscape.innerWidth);
  await designShot(tablet, `tablet-${name}-landscape`);
}

test('[W9] [W11] the tablet uses its width and names the presenter in every phase; phones never scroll sideways', async () => {
  const { meeting, day, ok } = await createDay();
  const [tablet, anna, sara, laptop] = await openDevices(browser(), 'tablet', 'phone', 'phone', 'laptop');
  const devices: DevicePage[] = [tablet, anna, sara, laptop];
  await tablet.page.goto(meeting.supervisorLinks[0]!.link);
  for (const [phone, name, municipality] of [
    [anna, 'Anna Svensson', 'Kungsbacka'],
    [sara, 'Sara Ekström', 'Vellinge'],
  ] as const) {
    await phone.page.goto(`/join/${meeting.code}`);
    await fillJoinForm(phone.page, name, municipality);
  }

  // The phone's heading is the meeting's short name, the rest under it.
  await expect.poll(() => anna.page.getByRole('heading', { level: 1 }).innerText(), SLOW).toBe('Lärträff 4');

  // The check-in: a line with its slider, then the Fyrfältaren board ("Produktionsapparat" stays on its card).
  await ok({ type: 'advanceAgenda', fromSegmentId: null });
  await ok(checkInOf([LINE, FYRFALTAREN]));
  const [line, fyrfaltaren] = day.state.exercises[0]!.statements;
  await ok({ type: 'openStatement', statementId: line!.id });
  const slider = anna.page.getByRole('slider', { name: 'Eller välj på skalan' });
  await slider.waitFor();
  await slider.fill('80');
  await anna.page.getByRole('button', { name: 'Spara min placering' }).click();
  await anna.page.getByRole('button', { name: 'Sparad' }).waitFor();
  await expectPhoneFits(anna.page, 'line', true);
  await expectAccessible(anna.page, 'phone, line board with a slider, pale yellow token', 'any');
  // The pale yellow token where the room and the project leader see it: the projector's board and key, the console's
  // live board. Zero axe violations of any impact with it, as with the phone's.
  const projector = await openDevice(browser(), 'projector');
  devices.push(projector);
  await projector.page.goto(meeting.screenLink);
  const yellow = (p: Page) => boardOf(p, LINE.text).getByTitle('Anna Svensson, Kungsbacka');
  await yellow(projector.page).waitFor();
  await expectAccessible(projector.page, 'projector, line board, pale yellow token', 'any');
  await laptop.page.goto(meeting.facilitatorLink);
  await yellow(laptop.page).waitFor();
  await expectAccessible(laptop.page, 'console, live board, pale yellow token', 'any');

  await ok({ type: 'openStatement', statementId: fyrfaltaren!.id });
  await boardOf(anna.page, FYRFALTAREN.text).getByText('Produktionsapparat').waitFor();
  await expectPhoneFits(anna.page, 'fyrfaltaren', true);
  await expectAccessible(anna.page, 'phone, Fyrfältaren board, pale yellow token', 'any');
  // Black initials on the pale yellow token, white on Vellinge's dark blue.
  const ink = (p: Page) => p.locator('.token--mine').evaluate((el) => getComputedStyle(el).color);
  expect(await ink(anna.page)).toBe('rgb(0, 0, 0)');
  expect(await ink(sara.page)).toBe('rgb(255, 255, 255)');

  // The console warns of the pale yellow: it hardly shows on the board.
  await laptop.page.goto(meeting.facilitatorLink);
  await laptop.page.getByRole('tab', { name: 'Deltagare' }).click();
  await laptop.page.getByText('Färgen syns svagt mot tavlan (1,0:1, under 3:1)').waitFor();
  await expectAccessible(laptop.page, 'console, roster with a weak municipality colour', 'any');

  // The rounds: the check-in is closed, and the supervisor starts them on the tablet.
  await ok({ type: 'lockStatement', statementId: fyrfaltaren!.id });
  await ok({ type: 'closeExercise', exerciseId: day.state.exercises[0]!.id });
  await ok({ type: 'advanceAgenda', fromSegmentId: day.state.currentSegmentId });
  await tablet.page.setViewportSize(LANDSCAPE);
  await tablet.page.getByRole('button', { name: 'Starta rundorna' }).click();
  const floor = tablet.page.locator('.feedback-run__floor');
  await expect.poll(() => floor.innerText(), SLOW).toBe('Kungsbacka presenterar');
  // The round's countdown and the segment's, each labelled; when the clusters regroup is not shown (nothing follows).
  const tabletText = () => tablet.page.locator('.tablet__now').innerText();
  await expect.poll(tabletText, SLOW).toMatch(/Fas: Presentation\s+\d+:\d\d kvar/);
  await expect.poll(tabletText, SLOW).toMatch(/Programpunkt: EOR-återkoppling i kommunklustren\s+\d+:\d\d kvar/);
  // Switches, not tiny checkboxes.
  expect(await tablet.page.getByRole('checkbox').count()).toBe(0);
  await tablet.page.getByRole('switch', { name: 'Ljudsignal när tiden är slut' }).waitFor();
  await tablet.page.getByRole('switch', { name: 'Vellinge: Frånvarande' }).waitFor();
  await expectTabletLayout(tablet.page, 'presenting');
  await expectAccessible(tablet.page, 'tablet, Kungsbacka presents', 'any');

  await tablet.page.getByRole('button', { name: 'Nästa fas' }).click();
  await expect.poll(() => floor.innerText(), SLOW).toBe('Handledaren ger Kungsbacka återkoppling');
  await tablet.page.getByRole('button', { name: 'Nästa fas' }).click();
  await expect.poll(() => floor.innerText(), SLOW).toBe('Frågor till Kungsbacka');

  // Sara from Vellinge asks; her phone labels both countdowns.
  await sara.page.getByLabel('Kort fråga eller kommentar (valfritt)').fill('Hur fick ni med socialtjänsten?');
  await sara.page.getByRole('button', { name: 'Räck upp handen' }).click();
  await sara.page.getByText('Du står i kön som nummer 1.').waitFor();
  const phoneText = () => sara.page.locator('main').innerText();
  await expect.poll(phoneText, SLOW).toMatch(/Fas: Övriga kommuner\s+\d+:\d\d kvar/);
  await expect.poll(phoneText, SLOW).toMatch(/Programpunkt: EOR-återkoppling i kommunklustren\s+\d+:\d\d kvar/);
  await expectPhoneFits(sara.page, 'questions', true);
  await expectAccessible(sara.page, 'phone, questions to Kungsbacka', 'any');
  await expectPhoneFits(anna.page, 'questions-presenter');
  await expectAccessible(anna.page, 'phone of the presenting municipality, questions', 'any');

  await tablet.page.getByRole('button', { name: 'Markera som tagen: Sara Ekström' }).waitFor();
  await expectTabletLayout(tablet.page, 'questions');
  await expectAccessible(tablet.page, 'tablet, questions to Kungsbacka', 'any');

  // Auto-advance is a switch the supervisor turns on with a finger.
  const auto = tablet.page.getByRole('switch', { name: 'Gå vidare automatiskt när tiden är slut' });
  const before = await auto.getAttribute('aria-checked');
  await auto.click();
  await waitFor(() => String(day.state.feedbackRuns[0]!.autoAdvance) !== before, 5_000, 'auto-advance');
  await expect.poll(() => auto.getAttribute('aria-checked'), SLOW).not.toBe(before);

  expectNoConsoleErrors(devices);
  for (const d of devices) await d.context.close();
});
