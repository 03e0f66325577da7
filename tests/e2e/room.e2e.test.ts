/**
 * The room in Chromium, across the roles it touches: the project leader's
 * console (1366×768), a phone, the cluster's tablet and the projector.
 * Messages to the room (M1), who has not placed and the nudge (M2), and the
 * facilitator's projector screens (M3), each driven from the console's own
 * buttons and read where the room reads it. axe stays clean on each view.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { lineCheckIn } from '../support/commandSamples';
import type { Mirror } from '../support/server';
import { expectAccessible } from './support/axe';
import { browserForScenario, expectNoConsoleErrors, screenshot, type DevicePage } from './support/browser';
import { openRoom } from './support/smallDay';

const browser = browserForScenario();
let laptop: DevicePage;
let phone: DevicePage;
let tablet: DevicePage;
let projector: DevicePage;
let day: Mirror;
let ok: (command: unknown) => Promise<void>;

beforeAll(async () => {
  ({ day, ok, laptop, phone, tablet, projector } = await openRoom(browser()));
  await laptop.page.getByRole('tab', { name: 'Meddelanden och projektor' }).click();
});

describe('the room, from the console to every screen', () => {
  test('[M1] a ready-made message, edited, reaches the phone, the tablet and the projector; Anna hides it on hers', async () => {
    const console = laptop.page;
    await console.getByRole('button', { name: 'Använd ”Bussen går 16.15”' }).click();
    const field = console.getByLabel('Meddelande', { exact: true });
    await expect.poll(() => field.inputValue()).toBe('Bussen går 16.15');
    await field.fill('Bussen går 16.30 från entrén');
    await console.getByRole('button', { name: 'Skicka' }).click();
    await console.getByText('1 meddelande visas').waitFor();
    await phone.page.getByText('Bussen går 16.30 från entrén').waitFor();
    await tablet.page.getByText('Bussen går 16.30 från entrén').waitFor();
    await projector.page.locator('.projector__message', { hasText: 'Bussen går 16.30 från entrén' }).waitFor();
    await screenshot(phone.page, 'phone-message');
    await screenshot(projector.page, 'projector-message');
    await expectAccessible(console, 'console, messages and projector', 'any');
    await expectAccessible(phone.page, 'phone, a message to the room', 'any');
    await expectAccessible(projector.page, 'projector, a message to the room', 'any');

    await phone.page
      .getByRole('button', { name: 'Dölj meddelandet ”Bussen går 16.30 från entrén” på den här skärmen' })
      .click();
    await expect.poll(() => phone.page.getByText('Bussen går 16.30 från entrén').count()).toBe(0);
    // Hidden on Anna's phone only: the projector still shows it, until the console takes it down.
    expect(await projector.page.locator('.projector__message').innerText()).toBe('Bussen går 16.30 från entrén');
    await console.getByRole('button', { name: 'Ta bort för alla: ”Bussen går 16.30 från entrén”' }).click();
    await expect.poll(() => projector.page.locator('.projector__message').innerText()).toBe('');
    await expect.poll(() => tablet.page.getByText('Bussen går 16.30 från entrén').count()).toBe(0);
  });

  test('[M1] the supervisor writes to their own cluster from the tablet', async () => {
    const { page } = tablet;
    await page.getByText('Meddelande till rummet').click();
    await page.getByRole('button', { name: 'Använd ”Vi börjar igen om fem minuter”' }).click();
    await page.getByRole('button', { name: 'Skicka' }).click();
    await phone.page.getByText('Vi börjar igen om fem minuter').waitFor();
    await phone.page.getByText('Från handledaren').waitFor();
    await expectAccessible(page, 'tablet, writing to the cluster', 'any');
    // The projector is the whole room's: a cluster's message stays in the cluster.
    expect(await projector.page.locator('.projector__message').innerText()).toBe('');
    await page.getByRole('button', { name: 'Ta bort för alla: ”Vi börjar igen om fem minuter”' }).click();
    await expect.poll(() => phone.page.getByText('Vi börjar igen om fem minuter').count()).toBe(0);
  });

  test('[M3] the projector: a break with the facilitator’s words, a blank screen, and back to the day', async () => {
    const console = laptop.page;
    const text = 'Kaffe – vi ses 10.45 i kommunklustren';
    await console.getByLabel('Text på pausskärmen').fill(text);
    await console.getByRole('button', { name: 'Visa pausskärmen' }).click();
    await projector.page.getByRole('heading', { name: text }).waitFor();
    await screenshot(projector.page, 'projector-break');
    await expectAccessible(projector.page, 'projector, the facilitator’s break', 'any');
    await console.getByRole('radio', { name: 'Tom skärm' }).click();
    await expect.poll(() => projector.page.locator('.projector--blank').count()).toBe(1);
    expect(await projector.page.locator('.projector__stage').innerText()).toBe('');
    await screenshot(projector.page, 'projector-blank');
    await expectAccessible(projector.page, 'projector, blank', 'any');
    // The code hidden, then back to the day's screen: before the start that is now and next, not the join hero.
    await console.getByRole('radio', { name: 'Dölj' }).click();
    await console.getByRole('radio', { name: 'Dagens skärm' }).click();
    await expect.poll(() => projector.page.locator('.projector--blank').count()).toBe(0);
    await expect.poll(() => projector.page.locator('.join-panel__code').count()).toBe(0);
    await console.getByRole('radio', { name: 'Automatiskt' }).first().click();
    await projector.page.locator('.join-panel__code').first().waitFor();
  });

  test('[M2] who has not placed, by municipality, and the nudge on their phones; the projector only counts', async () => {
    await ok({ type: 'advanceAgenda', fromSegmentId: null });
    await ok(lineCheckIn('Vi har ett EOR'));
    const statement = day.state.exercises[0]!.statements[0]!;
    await ok({ type: 'openStatement', statementId: statement.id });
    const console = laptop.page;
    await console.getByRole('tab', { name: 'Just nu' }).click();
    const list = console.getByRole('region', { name: /^Inte placerade än/ });
    await list.getByText('1 har inte placerat sig').waitFor();
    await list.getByText('Anna Svensson').waitFor();
    await list.getByText('Kungsbacka, 1 person').waitFor();
    await projector.page.getByText('0 av 1 har placerat sig').waitFor();
    expect(await projector.page.getByText('Anna Svensson').count()).toBe(0);
    await list.getByRole('button', { name: 'Påminn dem' }).click();
    await phone.page.getByText('Dags att ställa dig vid påståendet.').waitFor();
    await list.getByText(/^Nästa påminnelse går att skicka om \d+ sekunder\.$/).waitFor();
    await screenshot(phone.page, 'phone-nudge');
    await screenshot(console, 'console-unplaced');
    // [W3] A meeting dated today has no date note in the band: the live board takes that room and still ends,
    // with its count, on the laptop's first screen.
    const watch = await console.locator('.console-run__board').boundingBox();
    const liveBoard = await console.locator('.console-run__board .board').boundingBox();
    expect(watch!.y + watch!.height, 'the board and its count end within 768 px').toBeLessThanOrEqual(768);
    expect(liveBoard!.height, 'the board uses the height the window has').toBeGreaterThan(360);
    // A taller window (the laptop on a bigger screen) gives the board the difference.
    await console.setViewportSize({ width: 1366, height: 900 });
    await expect
      .poll(async () => (await console.locator('.console-run__board .board').boundingBox())!.height)
      .toBeGreaterThan(liveBoard!.height + 100);
    await console.setViewportSize({ width: 1366, height: 768 });
    await expectAccessible(phone.page, 'phone, nudged', 'any');
    await expectAccessible(console, 'console, who has not placed', 'any');
  });

  test('no page logged an error', () => {
    expectNoConsoleErrors([laptop, phone, tablet, projector]);
  });
});
