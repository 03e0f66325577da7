/**
 * [G5] [G6] [G7] A lärträff of two days in Chromium, across the roles it
 * touches: the project leader adds a second day from the console's agenda,
 * every screen (console, phone, tablet, projector) says "Dag 1 av 2", the
 * day ends and the next one starts from the console's own button, Anna's
 * phone is still Anna on day 2, and the report has each day and the whole
 * meeting. axe stays clean on each view.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { CreatedMeeting, Mirror } from '../support/server';
import { expectAccessible } from './support/axe';
import { browserForScenario, expectNoConsoleErrors, screenshot, type DevicePage } from './support/browser';
import { openRoom } from './support/smallDay';

const browser = browserForScenario();
let laptop: DevicePage;
let phone: DevicePage;
let tablet: DevicePage;
let projector: DevicePage;
let meeting: CreatedMeeting;
let day: Mirror;

beforeAll(async () => {
  ({ meeting, day, laptop, phone, tablet, projector } = await openRoom(browser()));
});

/** "Dag 1 av 2" where the screen shows it: above now and next, or in the projector's bar. */
const dayOf = (page: DevicePage) => page.page.locator('.now-next__day, .projector__day').first().innerText();

describe('two days in one lärträff, from the console to every screen', () => {
  test('[G5] a one-day meeting says nothing of days; "Lägg till dag 2" from 08:30 puts "Dag 1 av 2" on every screen', async () => {
    const console = laptop.page;
    await phone.page.getByText('Lärträffen har inte börjat än.').waitFor();
    expect(await phone.page.locator('.now-next__day').count()).toBe(0);
    expect(await console.locator('.now-next__day').count()).toBe(0);
    expect(await projector.page.locator('.projector__day').count()).toBe(0);

    await console.getByRole('tab', { name: 'Agenda' }).click();
    await console.getByText('Lägg till en dag').click();
    await console.getByLabel('Dag 2 börjar').fill('08:30');
    await console.getByRole('button', { name: 'Lägg till dag 2' }).click();
    await console.getByRole('heading', { name: /^Dag 2 av 2 · / }).waitFor();
    await console.getByRole('heading', { name: /^Dag 1 av 2 · / }).waitFor();
    expect(await console.getByLabel('Dag 2 börjar').first().inputValue()).toBe('08:30');
    for (const screen of [laptop, phone, tablet, projector]) {
      await expect.poll(() => dayOf(screen)).toBe('Dag 1 av 2');
    }
    // The console's band: "Dag 1 av 2" on its own line, "Nu" and "Sedan" sharing the width beneath it.
    const band = await console.locator('.console-bar .now-next').boundingBox();
    const now = await console.locator('.console-bar .now').boundingBox();
    const next = await console.locator('.console-bar .next').boundingBox();
    expect(next!.x + next!.width - now!.x, '"Nu" and "Sedan" span the band').toBeGreaterThan(band!.width - 2);
    await screenshot(console, 'console-two-days');
    await screenshot(projector.page, 'projector-day-1-of-2');
    await expectAccessible(console, 'console, an agenda of two days', 'any');
    await expectAccessible(phone.page, 'phone, day 1 of 2', 'any');
    await expectAccessible(projector.page, 'projector, day 1 of 2', 'any');
  });

  test('[G7] the project leader compares the first check-in with the last check-out; the meeting logs the choice', async () => {
    const console = laptop.page;
    await console.getByLabel('Första incheckningen med sista utcheckningen').click();
    await expect.poll(() => day.state.comparisonSpan).toBe('meeting');
    await console.getByLabel('Varje dag för sig').click();
    await expect.poll(() => day.state.comparisonSpan).toBe('day');
  });

  test('[G5] [G6] "Avsluta dag 1" ends the day on every phone; "Starta dag 2" starts it, and Anna is still Anna', async () => {
    const console = laptop.page;
    await console.getByRole('button', { name: 'Starta dag 1' }).click();
    await phone.page.getByText('Incheckning', { exact: true }).first().waitFor();
    await console.getByRole('button', { name: 'Nästa programpunkt' }).click();
    await console.getByRole('button', { name: 'Avsluta dag 1' }).click();
    await phone.page.getByText('Dag 1 är slut. Tack för i dag – vi ses i morgon!').waitFor();
    await projector.page.getByText('Dag 1 är slut. Tack för i dag – vi ses i morgon!').waitFor();
    // The console already looks ahead: day 2, its own plan, from 08:30 tomorrow.
    await expect.poll(() => dayOf(laptop)).toBe('Dag 2 av 2');
    await screenshot(console, 'console-between-days');
    await console
      .getByText(/Planerat slut 17[.:]00/)
      .first()
      .waitFor();
    await expectAccessible(phone.page, 'phone, between the two days', 'any');

    await phone.page.reload();
    await phone.page.getByText('Hej Anna Svensson!').waitFor();
    await console.getByRole('button', { name: 'Starta dag 2' }).click();
    for (const screen of [phone, tablet, projector]) {
      await expect.poll(() => dayOf(screen)).toBe('Dag 2 av 2');
    }
    await phone.page.getByText('Teamet förbereder dagen.').waitFor();
    expect(day.state.participants.map((p) => p.name)).toEqual(['Anna Svensson']);

    await phone.page.getByLabel('Språk').selectOption('en');
    await expect.poll(() => dayOf(phone)).toBe('Day 2 of 2');
    await phone.page.getByLabel('Language').selectOption('sv');
  });

  test('[G6] the report has each day with its own programme, and the whole lärträff', async () => {
    const report = await laptop.context.newPage();
    await report.goto(`/report/${encodeURIComponent(meeting.meetingId)}#${meeting.facilitatorToken}`);
    await report.getByRole('heading', { name: 'Programmet: planerat och faktiskt' }).waitFor();
    await expect.poll(() => report.getByRole('heading', { name: /^Dag [12] av 2 · / }).count()).toBe(4);
    await report.getByRole('heading', { name: 'Hela lärträffen' }).waitFor();
    await screenshot(report, 'report-two-days');
    await expectAccessible(report, 'report of two days', 'any');
    await report.close();
    expectNoConsoleErrors([laptop, phone, tablet, projector]);
  });
});
