/**
 * The EOR board between the lärträffar, in Chromium: Ystad opens its board
 * from its own link, reads where it stands in the figures and both charts,
 * types April's outcome with the keyboard alone and saves, finds it there
 * after a reload, and prints the board to A4. The organiser then sees every
 * municipality side by side and sets homework, Ystad hands in its answer,
 * and Kluster Syd's supervisor sees who has and gives feedback. A programme of its own, so the demo's boards,
 * which the other files print, stay as they are.
 */
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_PROGRAMME_ID } from '../../shared/year/demoProgramme';
import { blankBoard } from '../../shared/year/eor';
import { LinkResponse } from '../../shared/year/eorApi';
import { SOUTH_COAST, southCoastProgramme } from '../support/programme';
import { expectAccessible } from './support/axe';
import {
  baseUrl,
  browserForFile,
  expectNoConsoleErrors,
  openDevice,
  screenshot,
  type DevicePage,
} from './support/browser';
import { demoOrganiser } from './support/demoDay';
import { tabTo } from './support/keyboard';
import { isA4, pdfText, printToPdf } from './support/pdf';

const browser = browserForFile();
let laptop: DevicePage;
let programmeId: string;
let organiserToken: string;
let ystadLink: string;
let supervisorLink: string;

beforeAll(async () => {
  const { created, organiser, path, plan } = await southCoastProgramme(baseUrl());
  programmeId = created.programmeId;
  organiserToken = created.token;
  const ystad = plan.municipalities.find((m) => m.name === 'Ystad')!.id;
  // Ystad's year so far: 120 people to reach, January to March reported (30), last year 8 a month.
  const board = blankBoard('2026-01');
  board.sentence = 'Vi ska hjälpa 120 ystadbor från försörjningsstöd till arbete eller studier i år.';
  board.measure = 'personer till arbete eller studier';
  board.unit = 'personer';
  board.yearlyTarget = 120;
  board.months.forEach((m, i) => {
    m.lastYear = 8;
    if (i < 3) m.outcome = [8, 12, 10][i]!;
  });
  expect((await organiser.put(`${path}/eor/${ystad}`, { ...board, version: 0 })).status).toBe(200);
  ystadLink = LinkResponse.parse(await (await organiser.post(`${path}/eor/${ystad}/link`)).json()).link;
  const syd = plan.clusters.find((c) => c.name === 'Kluster Syd')!.id;
  supervisorLink = LinkResponse.parse(await (await organiser.post(`${path}/clusters/${syd}/link`)).json()).link;

  laptop = await openDevice(browser(), 'laptop');
});
afterAll(async () => {
  await laptop?.context.close();
});

const figure = (term: string) =>
  laptop.page
    .locator('.eor-figures__list div')
    .filter({ has: laptop.page.getByText(term, { exact: true }) })
    .locator('dd');

describe("Ystad's EOR board", () => {
  test('its own link opens the board: the sentence, where it stands, and both charts with their legends', async () => {
    const { page } = laptop;
    await page.goto(ystadLink);
    await page.getByRole('heading', { level: 1, name: 'EOR-tavla: Ystad' }).waitFor();
    await page
      .getByRole('heading', {
        level: 2,
        name: 'Vi ska hjälpa 120 ystadbor från försörjningsstöd till arbete eller studier i år.',
      })
      .waitFor();
    // 30 of 120 after March: 90 left over nine months, 10 a month; last year had 24 by March.
    expect(await figure('Kvar till årsmålet').innerText()).toBe('90 personer');
    expect(await figure('Takt som behövs').innerText()).toBe('10 per månad (9 månader kvar)');
    expect(await figure('Förra året samma period').innerText()).toMatch(/^24/);
    await page
      .getByRole('img', { name: 'Per månad: personer till arbete eller studier, i år mot förra året' })
      .waitFor();
    await page.getByRole('img', { name: 'Ackumulerat över året, med målkurvan och takten som behövs' }).waitFor();
    await screenshot(page, 'eor-board');
    await expectAccessible(page, "EOR board, a municipality's own link");
  });

  test('April typed and saved with the keyboard alone moves the backward plan, and is there after a reload', async () => {
    const { page } = laptop;
    await tabTo(page, page.getByLabel('Utfall, april 2026'), 80);
    await page.keyboard.type('15');
    // 45 of 120: 75 left over eight months.
    await expect.poll(() => figure('Kvar till årsmålet').innerText()).toBe('75 personer');
    await page.getByText('Du har ändringar som inte är sparade.').waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Spara' }), 80);
    await page.keyboard.press('Enter');
    await page.getByText('Tavlan är sparad.').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'EOR-tavla: Ystad' }).waitFor();
    expect(await page.getByLabel('Utfall, april 2026').inputValue()).toBe('15');
    expect(await figure('Kvar till årsmålet').innerText()).toBe('75 personer');
  });

  test('a negative outcome is marked on its cell in Swedish and nothing is saved', async () => {
    const { page } = laptop;
    const may = page.getByLabel('Utfall, maj 2026');
    await may.fill('-3');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('alert').filter({ hasText: 'Inget sparades. Rätta de markerade fälten (1).' }).waitFor();
    expect(await may.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'eor-board-bad-number');
    await expectAccessible(page, 'EOR board, a refused number');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'EOR-tavla: Ystad' }).waitFor();
    expect(await page.getByLabel('Utfall, maj 2026').inputValue()).toBe('');
  });

  test('[N2] printed, the board is the sentence, the figures and the charts on one A4 page, without the form', async () => {
    const { page } = laptop;
    await page.emulateMedia({ media: 'print' });
    const pages = await printToPdf(page, 'eor-board');
    await page.emulateMedia({ media: 'screen' });
    const text = pdfText(pages);
    expect(pages.length).toBe(1);
    expect(pages.every((p) => isA4(p, 'portrait'))).toBe(true);
    expect(text).toContain('Vi ska hjälpa 120 ystadbor');
    expect(text).toContain('Ackumulerat över året');
    expect(text).not.toContain('Spara');
    expect(text).not.toContain('Siffrorna månad för månad');
  });
});

describe("the demo's Höör board on paper", () => {
  test('[N2] printed to A4, a whole board (sentence, figures and both charts) is one page', async () => {
    const { page } = laptop;
    await page.goto(`/eor/${DEMO_PROGRAMME_ID}#${(await demoOrganiser()).token}`);
    await page.getByRole('region', { name: 'Alla EOR sida vid sida' }).getByRole('link', { name: 'Höör' }).click();
    await page.getByRole('heading', { level: 1, name: 'EOR-tavla: Höör' }).waitFor();
    await page.getByRole('img', { name: /^Ackumulerat/ }).waitFor();
    // Printed as the browser prints (a test before may have left the page emulating the screen).
    await page.emulateMedia({ media: 'print' });
    // Chromium's A4 with its default margins, and the page's own @page size and margins ("Save as PDF").
    for (const [name, options] of [
      ['chromium-a4', { format: 'A4' }],
      ['page-size', { preferCSSPageSize: true }],
    ] as const) {
      const pages = await printToPdf(page, `eor-board-hoor-${name}`, options);
      expect(
        pages.map((p) => isA4(p, 'portrait')),
        name,
      ).toEqual([true]);
      const text = pages[0]!.text.replace(/\s+/g, ' ');
      expect(text).toContain('Per månad');
      expect(text).toContain('Ackumulerat över året');
    }
    await page.emulateMedia({ media: null });
  });
});

describe("the organiser's view of the programme", () => {
  test("every municipality's progress side by side, Ystad with what it saved", async () => {
    const { page } = laptop;
    await page.goto(`/eor/${programmeId}#${organiserToken}`);
    const overview = page.getByRole('region', { name: 'Alla EOR sida vid sida' });
    await overview.getByRole('img', { name: 'Hur långt varje kommun har kommit mot sitt årsmål' }).waitFor();
    for (const name of SOUTH_COAST.municipalities) await overview.getByRole('link', { name }).waitFor();
    expect(await overview.getByRole('row', { name: /Ystad/ }).innerText()).toContain('45');
    // Skurup has set no yearly target: nothing is "left" to it (a dash, not a 0 that reads as reached).
    const skurup = overview.getByRole('row', { name: /Skurup/ }).getByRole('cell');
    expect(await skurup.nth(3).innerText()).toBe('–');
    await screenshot(page, 'eor-programme');
    await expectAccessible(page, 'EOR overview of the programme');
    expectNoConsoleErrors([laptop]);
  });
});

describe('homework between the lärträffar', () => {
  const TASK = 'Gör en bakåtplan';
  const ANSWER = 'Vi behöver 10 i månaden resten av året: två nya arbetsgivare i maj.';
  const FEEDBACK = 'Bra! Ta med planen till lärträff 2 och visa hur ni följer upp den.';
  /** What a municipality's line under the assignment says, in words (the shape before it is hidden from screen readers). */
  const stateOf = (task: Locator, name: string) =>
    task
      .getByRole('listitem')
      .filter({ has: task.page().getByText(name, { exact: true }) })
      .locator('p')
      .first()
      .innerText();

  test('the organiser sets an assignment for the second lärträff; every municipality has it, none has handed in', async () => {
    const { page } = laptop;
    await page.getByLabel('Uppgift', { exact: true }).fill(TASK);
    await page
      .getByLabel('Instruktioner', { exact: true })
      .fill('Från ert årsmål: vad behövs varje månad som är kvar?');
    await page.getByRole('combobox', { name: /^Till/ }).selectOption({ label: 'till lärträff 2 (2026-05-12)' });
    await page.getByRole('button', { name: 'Ge hemuppgiften' }).click();
    const task = page.getByRole('article', { name: new RegExp(TASK) });
    await task.getByText('till lärträff 2 (2026-05-12)').waitFor();
    await task.getByRole('listitem').first().waitFor();
    for (const name of SOUTH_COAST.municipalities) expect(await stateOf(task, name)).toMatch(/: ○ inte inlämnad$/);
  });

  test('Ystad hands in from its board; the supervisor of Kluster Syd sees who has, gives feedback, and Ystad reads it', async () => {
    const { page } = laptop;
    await page.goto(ystadLink);
    const form = page.getByRole('form', { name: TASK });
    await form.getByText('Inte inlämnat än.').waitFor();
    await form.getByLabel('Ert svar').fill(ANSWER);
    await form.getByRole('button', { name: 'Lämna in' }).click();
    await form.getByText('Inlämnat.').waitFor();

    const tablet = await openDevice(browser(), 'tablet');
    await tablet.page.goto(supervisorLink);
    const task = tablet.page.getByRole('article', { name: new RegExp(TASK) });
    await task.getByText(ANSWER).waitFor();
    expect(await stateOf(task, 'Ystad')).toMatch(/inlämnad, väntar på återkoppling$/);
    expect(await stateOf(task, 'Skurup')).toMatch(/inte inlämnad$/);
    // Only Kluster Syd's municipalities; no form to set homework.
    expect(await task.getByRole('listitem').count()).toBe(2);
    expect(await tablet.page.getByRole('button', { name: 'Ge hemuppgiften' }).count()).toBe(0);
    await task.getByLabel('Återkoppling till Ystad').fill(FEEDBACK);
    await task.getByRole('button', { name: 'Spara återkopplingen' }).click();
    await task.getByText('Återkopplingen är sparad.').waitFor();
    await expect.poll(() => stateOf(task, 'Ystad')).toMatch(/inlämnad och återkopplad$/);
    await screenshot(tablet.page, 'eor-supervisor-homework');
    await expectAccessible(tablet.page, "EOR page, a supervisor's homework review");

    await page.reload();
    await form.getByText('Ni har lämnat in. Ni kan ändra och lämna in igen.').waitFor();
    await form.getByText(FEEDBACK).waitFor();
    await expectAccessible(page, 'EOR board with handed-in homework and feedback');
    expectNoConsoleErrors([laptop, tablet]);
    await tablet.context.close();
  });
});
