/**
 * The product's basics, in Chromium on the production build: every view names
 * itself and its state in the browser tab, the focus goes to the new page's
 * heading after a route change and stays on a button that changes its action.
 * The project leader's and the supervisor's commands that set the scene come
 * from a real socket client; what is asserted is what the browser shows.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { lineCheckIn } from '../support/commandSamples';
import { closeAll, waitFor } from '../support/server';
import { expectAccessible } from './support/axe';
import { browserForFile, expectNoConsoleErrors, openDevice, openDevices, screenshot } from './support/browser';
import { fillJoinForm } from './support/meetingDay';
import { tabTo } from './support/keyboard';
import { createDay } from './support/smallDay';

const STATEMENT = 'Vi följer upp våra resultat varje månad';

const browser = browserForFile(closeAll);

// The meeting comes over a socket: give a loaded machine time.
const SLOW = { timeout: 10_000 };
const titleOf = (page: Page) => page.evaluate(() => document.title);
const focusedHeading = (page: Page) =>
  page.evaluate(() => (document.activeElement?.tagName === 'H1' ? document.activeElement.textContent : null));

test('[W7] every view names itself and the state of the day in the browser tab', async () => {
  const { meeting, day, ok } = await createDay();
  const [projector, tablet, laptop, phone] = await openDevices(browser(), 'projector', 'tablet', 'laptop', 'phone');
  await projector.page.goto(meeting.screenLink);
  await tablet.page.goto(meeting.supervisorLinks[0]!.link);
  await laptop.page.goto(meeting.facilitatorLink);
  await phone.page.goto(`/join/${meeting.code}`);
  await expect
    .poll(() => titleOf(phone.page), SLOW)
    .toBe('Gå med i Lärträff 4: Bakåtplanering – Lärprojekt Sydkusten – Lärträff');
  await fillJoinForm(phone.page, 'Anna Svensson', 'Kungsbacka');

  // Before the start the meeting's short name and the view.
  await expect.poll(() => titleOf(projector.page), SLOW).toBe('Lärträff 4 – projektor');
  await expect.poll(() => titleOf(tablet.page), SLOW).toBe('Kluster Väst – Lärträff 4 – handledare');
  await expect.poll(() => titleOf(laptop.page), SLOW).toBe('Lärträff 4 – projektledare');
  await expect.poll(() => titleOf(phone.page), SLOW).toBe('Lärträff 4');

  await ok({ type: 'advanceAgenda', fromSegmentId: null });
  await expect.poll(() => titleOf(projector.page), SLOW).toBe('Incheckning – Lärträff 4 – projektor');
  await expect.poll(() => titleOf(phone.page), SLOW).toBe('Incheckning – Lärträff 4');
  await expect.poll(() => titleOf(laptop.page), SLOW).toBe('Incheckning – Lärträff 4 – projektledare');

  // In the rounds the tablet and the cluster's phones say who has the floor.
  await ok({ type: 'advanceAgenda', fromSegmentId: day.state.currentSegmentId });
  await ok({ type: 'startFeedback', clusterId: day.state.clusters[0]!.id });
  await expect
    .poll(() => titleOf(tablet.page), SLOW)
    .toBe('Kungsbacka presenterar – Kluster Väst – Lärträff 4 – handledare');
  await expect.poll(() => titleOf(phone.page), SLOW).toBe('Kungsbacka presenterar – Lärträff 4');
  await expect
    .poll(() => titleOf(projector.page), SLOW)
    .toBe('EOR-återkoppling i kommunklustren – Lärträff 4 – projektor');

  await ok({ type: 'advanceAgenda', fromSegmentId: day.state.currentSegmentId });
  await expect.poll(() => titleOf(projector.page), SLOW).toBe('Dagen är slut – Lärträff 4 – projektor');

  // In English the views' names follow.
  await phone.page.getByLabel('Språk').selectOption('en');
  await expect.poll(() => titleOf(phone.page), SLOW).toBe('The day is over – Lärträff 4');

  // A wrong link names what went wrong.
  await projector.page.goto('about:blank');
  await projector.page.goto(`/screen/${meeting.meetingId}#nope`);
  await expect.poll(() => titleOf(projector.page), SLOW).toBe('Länken gäller inte – Lärträff');

  expectNoConsoleErrors([projector, tablet, laptop, phone], [/#nope/]);
  for (const d of [projector, tablet, laptop, phone]) await d.context.close();
});

test('[W8] after a route change the focus is on the new page’s heading; a button that changes its action keeps it', async () => {
  const { meeting, day, ok } = await createDay();
  const device = await openDevice(browser(), 'laptop');
  const { page } = device;

  // The first load leaves the focus where the browser puts it.
  await page.goto('/');
  expect(await focusedHeading(page)).toBeNull();
  await tabTo(page, page.getByLabel('Kod'));
  await page.keyboard.type(meeting.code.toLowerCase());
  await page.keyboard.press('Enter');
  await expect
    .poll(() => focusedHeading(page), SLOW)
    .toBe('Gå med i Lärträff 4: Bakåtplanering – Lärprojekt Sydkusten');
  await fillJoinForm(page, 'Sara Ekström', 'Vellinge');
  await expect.poll(() => focusedHeading(page), SLOW).toBe('Lärträff 4');
  // The heading takes the focus without showing a ring: it is not a control.
  await screenshot(page, 'focus-on-heading');
  await expectAccessible(page, 'participant, after joining', 'any');

  // The console: Öppna becomes Lås on the same button, and the keyboard stays there.
  await ok({ type: 'advanceAgenda', fromSegmentId: null });
  await ok(lineCheckIn(STATEMENT));
  await waitFor(() => day.state.exercises.length === 1, 5_000, 'the exercise');
  await page.goto(meeting.facilitatorLink);
  const open = page.getByRole('button', { name: `Öppna: ${STATEMENT}` });
  await tabTo(page, open, 200);
  await page.keyboard.press('Enter');
  const lock = page.getByRole('button', { name: `Lås: ${STATEMENT}` });
  await lock.waitFor();
  expect(await lock.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  await open.waitFor();
  expect(await open.evaluate((el) => el === document.activeElement)).toBe(true);

  expectNoConsoleErrors([device]);
  await device.context.close();
});
