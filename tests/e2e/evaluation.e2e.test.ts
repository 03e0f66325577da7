/**
 * The day's evaluation in Chromium, across the roles it touches: the project
 * leader's console (1366×768) keeps two of the default questions, rewrites the
 * third and opens it (EV1); Anna answers on her phone, once (EV2), and eight
 * more from four municipalities on theirs; the team's report shows the means,
 * the figures of Kungsbacka and Vellinge (3 answers each), only the counts of
 * Höör and Skurup (1 and 2), and the free text without names, which the
 * handout leaves out (EV3).
 * axe stays clean on each view.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { joinByCode as joinBySocket, send, type CreatedMeeting, type Mirror } from '../support/server';
import { expectAccessible } from './support/axe';
import {
  baseUrl,
  browserForScenario,
  expectNoConsoleErrors,
  openDevices,
  screenshot,
  type DevicePage,
} from './support/browser';
import { joinByCode } from './support/meetingDay';
import { createDay } from './support/smallDay';

const CLUSTER_QUESTION = 'Hur väl fungerade återkopplingen i Kluster Väst?';

const browser = browserForScenario();
let laptop: DevicePage;
let phone: DevicePage;
let meeting: CreatedMeeting;
let day: Mirror;

beforeAll(async () => {
  ({ meeting, day } = await createDay());
  [laptop, phone] = await openDevices(browser(), 'laptop', 'phone');
  await joinByCode(phone.page, meeting.code, 'Anna Svensson', 'Kungsbacka');
  await laptop.page.goto(meeting.facilitatorLink);
  await laptop.page.getByRole('tab', { name: 'Dagens utvärdering' }).click();
});

describe("the day's evaluation, from the console to the phones and into the report", () => {
  test('[EV1] the console shows the default questions; the facilitator rewrites the third and opens it', async () => {
    const console = laptop.page;
    const first = console.getByRole('group', { name: 'Fråga 1' });
    await expect
      .poll(() => first.getByLabel('Frågans text').inputValue())
      .toBe('Hur användbar var dagen för ditt arbete?');
    expect(await first.getByLabel('1 betyder').inputValue()).toBe('Inte alls');
    await console.getByRole('group', { name: 'Fråga 3' }).getByLabel('Frågans text').fill(CLUSTER_QUESTION);
    await console.getByText('Inte öppnad än.').waitFor();
    await expectAccessible(console, 'console, the evaluation before it opens');
    await screenshot(console, 'console-evaluation');
    await console.getByRole('button', { name: 'Öppna utvärderingen i mobilerna' }).click();
    await console.getByText('Öppen i mobilerna. 0 av 1 har svarat.').waitFor();
    await expect.poll(() => day.state.evaluation.questions[2]?.text).toBe(CLUSTER_QUESTION);
  });

  test('[EV2] [W11] Anna answers on her phone: every question first, then once, and the phone thanks her', async () => {
    const { page } = phone;
    const card = page.getByRole('region', { name: 'Dagens utvärdering' });
    await card.getByText(CLUSTER_QUESTION).waitFor();
    await card.getByText('1 = Inte alls, 5 = Mycket användbar').waitFor();
    await expectAccessible(page, 'phone, the evaluation');
    await card.getByRole('radio', { name: '4' }).first().click();
    await card.getByRole('button', { name: 'Skicka svaren' }).click();
    await card.getByRole('alert').getByText('Välj en siffra på varje fråga innan du skickar.').waitFor();
    await card
      .getByRole('group', { name: /Hur säker känner du dig/ })
      .getByRole('radio', { name: '3' })
      .click();
    await card
      .getByRole('group', { name: /fungerade återkopplingen/ })
      .getByRole('radio', { name: '5' })
      .click();
    await card
      .getByLabel('Vad tar du med dig hem – och vad kan vi göra bättre?')
      .fill('Mer tid för frågorna i klustret.');
    await screenshot(page, 'phone-evaluation');
    // [W11] At 320 px the five choices still fit across: no sideways scroll.
    const viewport = page.viewportSize()!;
    await page.setViewportSize({ width: 320, height: viewport.height });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize(viewport);
    await card.getByRole('button', { name: 'Skicka svaren' }).click();
    await card.getByText('Tack! Dina svar är inskickade.').waitFor();
    await expectAccessible(page, 'phone, the evaluation answered');
    // A reload does not offer the form again: the server knows the phone has answered.
    await page.reload();
    await page.getByText('Tack! Dina svar är inskickade.').waitFor();
    expect(await page.getByRole('button', { name: 'Skicka svaren' }).count()).toBe(0);
  });

  test('[EV2] eight more phones answer; the console counts them and closes the evaluation, and the phone lets it go', async () => {
    const scores = (n: number) => day.state.evaluation.questions.map((q) => ({ questionId: q.id, score: n }));
    for (const [name, municipality, score, text] of [
      ['Bo Ek', 'Kungsbacka', 5, 'Bra dag'],
      ['Eva Lund', 'Kungsbacka', 3, undefined],
      ['Per Holm', 'Vellinge', 2, 'För lite paus'],
      ['Lisa Berg', 'Vellinge', 4, undefined],
      ['Ola Dahl', 'Vellinge', 4, undefined],
      // Two municipalities that came by joining: 1 and 2 answers, 3 between them.
      ['Sara Ek', 'Höör', 1, undefined],
      ['Nils Ek', 'Skurup', 5, undefined],
      ['Maja Ek', 'Skurup', 4, undefined],
    ] as const) {
      const joined = await joinBySocket(baseUrl(), meeting.code, name, municipality);
      const ack = await send(joined.socket, {
        type: 'answerEvaluation',
        scores: scores(score),
        ...(text ? { text } : {}),
      });
      expect(ack.ok, name).toBe(true);
    }
    const console = laptop.page;
    await console.getByText('Öppen i mobilerna. 9 av 9 har svarat.').waitFor();
    await console.getByText('Frågorna kan inte ändras när någon har svarat.').waitFor();
    await console.getByRole('button', { name: 'Stäng utvärderingen' }).click();
    await console.getByText('Stängd. 9 av 9 har svarat.').waitFor();
    await expect.poll(() => phone.page.getByRole('region', { name: 'Dagens utvärdering' }).count()).toBe(0);
  });

  test("[EV3] the team's report: means and distributions, Kungsbacka's and Vellinge's figures, Höör's and Skurup's counts only, the free text without names", async () => {
    const { page } = laptop;
    await page.goto(`/report/${meeting.meetingId}#${meeting.facilitatorToken}`);
    const section = page.getByRole('region', { name: 'Dagens utvärdering' });
    await section.getByText('9 svar av 9 deltagare, anonymt. Skala 1–5.').waitFor();
    // Hur användbar: Anna 4, Bo 5, Eva 3, Per 2, Lisa 4, Ola 4, Sara 1, Nils 5, Maja 4 = 32 / 9.
    const useful = section.getByRole('row', { name: /Hur användbar var dagen/ });
    expect(await useful.getByRole('cell').allInnerTexts()).toEqual(['9', '3,6', '1', '1', '1', '4', '2']);
    await section.getByText('Kommunernas siffror och fritextsvaren finns bara i teamets version.').waitFor();
    expect(await section.getByText('Mer tid för frågorna i klustret.').count()).toBe(0);
    await expectAccessible(page, 'report (handout), the evaluation');

    await page.getByRole('checkbox', { name: /Teamets version/ }).check();
    // Kungsbacka: Anna 4, Bo 5, Eva 3 on the first question; 3, 5, 3 on the second; 5, 5, 3 on the third.
    const kungsbacka = section.getByRole('row', { name: /^Kungsbacka/ });
    expect(await kungsbacka.getByRole('cell').allInnerTexts()).toEqual(['3', '4,0', '3,7', '4,3']);
    const vellinge = section.getByRole('row', { name: /^Vellinge/ });
    expect(await vellinge.getByRole('cell').allInnerTexts()).toEqual(['3', '3,3', '3,3', '3,3']);
    for (const [name, count] of [
      ['Höör', '1'],
      ['Skurup', '2'],
    ])
      expect(
        await section
          .getByRole('row', { name: new RegExp(`^${name}`) })
          .getByRole('cell')
          .allInnerTexts(),
      ).toEqual([count, 'visas inte']);
    for (const text of ['Bra dag', 'För lite paus', 'Mer tid för frågorna i klustret.'])
      await section.getByRole('listitem').filter({ hasText: text }).waitFor();
    expect(await section.getByText(/\bAnna\b|Svensson|Per Holm|Sara Ek/).count()).toBe(0);
    await screenshot(page, 'report-evaluation-team');
    await expectAccessible(page, 'report (team), the evaluation');
  });

  test('no page logged an error', () => {
    expectNoConsoleErrors([laptop, phone]);
  });
});
