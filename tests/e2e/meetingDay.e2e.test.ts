/**
 * A whole lärträff in the browser: the project leader's laptop, the projector,
 * the supervisor's tablet for Kluster Väst and four phones from Kungsbacka and
 * Vellinge, each its own browser context. Every view gets a screenshot and an
 * axe-core check. The steps run in order and share the day.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { expectAccessible, expectAnnounced } from './support/axe';
import {
  browserForScenario,
  expectNoConsoleErrors,
  openDevice,
  openDevices,
  screenshot,
  touchDrag,
  type DevicePage,
} from './support/browser';
import {
  advanceTo,
  boardOf,
  dragTokenTo,
  fillJoinForm,
  joinByCode,
  joinByLink,
  joinCodeOn,
  labelsHiddenOn,
  labelsTouchingTokensOn,
  nowOn,
  qrLinkOn,
  startDemoMeeting,
  type MeetingLinks,
  wordsBrokenIn,
} from './support/meetingDay';

const STATEMENT_1 = 'Vi har ett EOR som alla i verksamheten känner till';
const STATEMENT_2 = 'Vi vet hur vår produktionsapparat ser ut i dag';
const PEOPLE = [
  { name: 'Anna Svensson', initials: 'AS', municipality: 'Kungsbacka' },
  { name: 'Lars Persson', initials: 'LP', municipality: 'Kungsbacka' },
  { name: 'Sara Ekström', initials: 'SE', municipality: 'Vellinge' },
  { name: 'Mohammed Ali', initials: 'MA', municipality: 'Vellinge' },
] as const;

const browser = browserForScenario();
let laptop: DevicePage;
let projector: DevicePage;
let tablet: DevicePage;
let evaluator: DevicePage;
const phones: DevicePage[] = [];
let links: MeetingLinks;
let code: string;

/** Where each phone puts its token, along the line "Stämmer inte alls" → "Stämmer helt". */
const checkInAt = [0.2, 0.35, 0.6, 0.75];
const checkOutAt = [0.55, 0.7, 0.8, 0.9];

const all = () => [laptop, projector, tablet, evaluator, ...phones];
const drag = (p: DevicePage) => (from: { x: number; y: number }, to: { x: number; y: number }) =>
  touchDrag(p.page, from, to);

beforeAll(async () => {
  [laptop, projector, tablet, evaluator] = await openDevices(browser(), 'laptop', 'projector', 'tablet', 'laptop');
  for (let i = 0; i < PEOPLE.length; i++) phones.push(await openDevice(browser(), 'phone'));
});

/**
 * At the laptop's 1366x768 the project leader sees, without scrolling, the open
 * statement's board with its count and the next actions (Lås, Nästa påstående);
 * the console never scrolls sideways, and at 200 % and 400 % zoom (a 683 and a
 * 341 px wide window) it reflows to one column (WCAG 1.4.10).
 */
async function expectRunViewInSight(page: Page, statement: string): Promise<void> {
  const inSight = async (what: Locator, name: string) => {
    const box = await what.boundingBox();
    expect(box, name).not.toBeNull();
    expect(box!.y, name).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height, `${name} ends within 768 px`).toBeLessThanOrEqual(768);
    expect(box!.x + box!.width, `${name} ends within 1366 px`).toBeLessThanOrEqual(1366);
  };
  expect(page.viewportSize()).toEqual({ width: 1366, height: 768 });
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const board = page.getByRole('region', { name: statement, exact: true });
  await inSight(board.locator('.board'), 'the live board');
  await inSight(board.getByText('4 av 4 har placerat sig'), 'the count');
  await inSight(page.getByRole('button', { name: `Lås: ${statement}` }), 'Lås');
  if (statement === STATEMENT_1)
    await inSight(page.getByRole('button', { name: 'Nästa påstående' }), 'Nästa påstående');
  await inSight(page.getByRole('button', { name: 'Nästa programpunkt' }), 'Nästa programpunkt');
  // "Nu" and "Sedan" read from a step away: a segment's name ("Incheckningsövning") is not broken mid-word.
  expect(await wordsBrokenIn(page.locator('.console-bar .segment__title')), 'words broken in the band').toEqual([]);
  for (const width of [1366, 683, 341]) {
    await page.setViewportSize({ width, height: Math.round((width * 768) / 1366) });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      `no sideways scroll at ${width} px`,
    ).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

/**
 * [W12] The evaluator's laptop: one h1, the room now on the left with her
 * notes beside it (both starting on the first screen), one heading for the
 * live view, and no sideways scroll; at 200 % zoom (683 px) one column.
 */
async function expectEvaluatorLayout(page: Page, live: Locator, notes: Locator): Promise<void> {
  expect(page.viewportSize()).toEqual({ width: 1366, height: 768 });
  expect(await page.locator('h1').count()).toBe(1);
  expect(await live.getByRole('heading').allInnerTexts()).toEqual([
    'Just nu i rummet',
    'Kluster Väst · Rum 1',
    'Kluster Syd · Rum 2',
    'Kluster Öst · Rum 3',
  ]);
  const [room, mine] = [(await live.boundingBox())!, (await notes.boundingBox())!];
  expect(room.width, 'the live view is wider than the old 560 px column').toBeGreaterThan(700);
  expect(mine.x, 'the notes are beside the live view').toBeGreaterThanOrEqual(room.x + room.width);
  expect(mine.y, 'the notes start on the first screen').toBeLessThan(768 / 2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
  await page.setViewportSize({ width: 683, height: 384 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(683);
  const [narrowRoom, narrowMine] = [(await live.boundingBox())!, (await notes.boundingBox())!];
  expect(narrowMine.y, 'at 200 % the notes come under the live view').toBeGreaterThanOrEqual(
    narrowRoom.y + narrowRoom.height,
  );
  await page.setViewportSize({ width: 1366, height: 768 });
}

describe('[W1] a lärträff from start to check-out', () => {
  test('the project leader opens the demo programme and starts its first lärträff', async () => {
    const { page } = laptop;
    links = await startDemoMeeting(page, async () => {
      await screenshot(page, 'programme');
      await expectAccessible(page, 'programme page (demo)');
    });
    await screenshot(page, 'programme-meeting-started');
    await expectAccessible(page, 'programme page, meeting started with its links');

    await page.goto(links.facilitator);
    await page.getByRole('heading', { name: /Deltagare \(0\)/ }).waitFor();
    // The date in words, through Intl (sv-SE): "Projektledare · 8 december 2026".
    await page
      .getByText(
        /^Projektledare · \d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4}$/,
      )
      .waitFor();
    code = await joinCodeOn(page);
    expect(code).toMatch(/^[A-Z]{6}$/);
    await screenshot(page, 'console-before-start');
    await expectAccessible(page, 'facilitator console, day not started');
  });

  test('the evaluator opens the team’s view', async () => {
    await evaluator.page.goto(links.evaluator);
    await evaluator.page.getByRole('heading', { name: 'Följeforskarens anteckningar' }).waitFor();
    await screenshot(evaluator.page, 'evaluator');
    await expectAccessible(evaluator.page, 'evaluator (team view)');
  });

  test('the projector and the supervisor’s tablet open their links', async () => {
    await projector.page.goto(links.screen);
    await projector.page.getByText('Lärträffen har inte börjat än.').waitFor();
    expect(await joinCodeOn(projector.page)).toBe(code);
    await screenshot(projector.page, 'screen-before-start');
    await expectAccessible(projector.page, 'projector, day not started');

    await tablet.page.goto(links.supervisors['Kluster Väst']!);
    await tablet.page.getByText('Rundorna har inte börjat.').waitFor();
    await screenshot(tablet.page, 'supervisor-before-rounds');
    await expectAccessible(tablet.page, 'supervisor tablet, rounds not started');
  });

  test('two phones join with the code, two with the QR code’s link', async () => {
    const [a, b, c, d] = phones as [DevicePage, DevicePage, DevicePage, DevicePage];
    await joinByCode(a.page, code, PEOPLE[0].name, PEOPLE[0].municipality, async () => {
      await screenshot(a.page, 'phone-join-form');
      await expectAccessible(a.page, 'phone join form, filled in');
    });
    await screenshot(a.page, 'phone-joined');
    await expectAccessible(a.page, 'phone, joined, day not started');
    // Lars mistypes the code first, then leaves the form empty: both errors are said in words, next to the field.
    await b.page.goto('/');
    await b.page.getByLabel('Kod').fill('QQQQQQ');
    await b.page.getByRole('button', { name: 'Fortsätt' }).click();
    await b.page.getByText('Ingen lärträff har den koden. Kontrollera koden.').waitFor();
    await screenshot(b.page, 'phone-wrong-code');
    await expectAccessible(b.page, 'phone, wrong join code');
    await b.page.getByLabel('Kod').fill(code);
    await b.page.getByRole('button', { name: 'Fortsätt' }).click();
    await b.page.getByRole('heading', { name: /^Gå med i / }).waitFor();
    await b.page.getByRole('button', { name: 'Gå med' }).click();
    await b.page.getByText('Skriv ditt namn.').waitFor();
    await b.page.getByText('Välj din kommun.').waitFor();
    expect(await b.page.getByLabel('Ditt namn').getAttribute('aria-invalid')).toBe('true');
    await screenshot(b.page, 'phone-join-errors');
    await expectAccessible(b.page, 'phone join form with validation errors');
    await fillJoinForm(b.page, PEOPLE[1].name, PEOPLE[1].municipality);

    const url = await qrLinkOn(laptop.page);
    expect(url).toMatch(new RegExp(`/join/${code}$`));
    await joinByLink(c.page, url, PEOPLE[2].name, PEOPLE[2].municipality);
    await joinByLink(d.page, url, PEOPLE[3].name, PEOPLE[3].municipality);

    await laptop.page.getByRole('heading', { name: 'Deltagare (4)' }).waitFor();
    for (const p of PEOPLE) await laptop.page.getByText(p.name).first().waitFor();
    await screenshot(laptop.page, 'console-roster');
  });

  test('[W3] [W6] the check-in: two statements, placed by dragging on the phones, tokens on the projector', async () => {
    const { page } = laptop;
    // Building exercises is set-up: its own tab, away from the run view.
    await page.getByRole('tab', { name: 'Övningar' }).click();
    await page.getByText('Skapa en incheckningsövning').click();
    await page.getByRole('button', { name: `Lägg till: ${STATEMENT_1}` }).click();
    await page.getByRole('button', { name: `Lägg till: ${STATEMENT_2}` }).click();
    await screenshot(page, 'console-exercise-draft');
    await expectAccessible(page, 'facilitator console, check-in being built');
    await page.getByRole('button', { name: 'Skapa övningen' }).click();
    const checkIn = page.getByRole('article').filter({ hasText: '· incheckning' });
    await checkIn.waitFor();
    await page.getByRole('button', { name: 'Skapa utcheckning (spegling)' }).click();
    await page.getByRole('article').filter({ hasText: '· utcheckning' }).waitFor();

    await advanceTo(page, 'Incheckningsövning');
    for (const p of phones) await expect.poll(() => nowOn(p.page).first().innerText()).toBe('Incheckningsövning');
    // The run view shows the check-in the segment is for, with its statements to open.
    await page.getByRole('tab', { name: 'Just nu' }).click();
    expect(await page.getByRole('article').count()).toBe(1);

    for (const [n, statement] of [STATEMENT_1, STATEMENT_2].entries()) {
      // The second statement in one step: Nästa påstående.
      if (n === 0) await checkIn.getByRole('button', { name: `Öppna: ${statement}` }).click();
      else await checkIn.getByRole('button', { name: 'Nästa påstående' }).click();
      for (const [i, p] of phones.entries()) {
        await p.page.getByRole('heading', { name: statement }).waitFor();
        if (i === 0 && n === 0) {
          // The board comes in its own chunk: the picture and axe are of the board, not of its "…" while it loads.
          await boardOf(p.page, statement).getByRole('button', { name: 'Jag – din placering' }).waitFor();
          await screenshot(p.page, 'phone-statement-open');
          await expectAccessible(p.page, 'phone, statement open, not placed');
        }
        await dragTokenTo(p.page, statement, checkInAt[i]! + 0.05 * n, 0.5, drag(p));
      }
      await phones[0]!.page
        .getByText(/Närmast|av 100/)
        .first()
        .waitFor();
      // The room sees everyone's token, marked with initials next to the municipality colour.
      const board = boardOf(projector.page, statement);
      for (const p of PEOPLE) await board.getByTitle(`${p.name}, ${p.municipality}`).getByText(p.initials).waitFor();
      await projector.page.getByText('4 av 4 har placerat sig').waitFor();
      // Colour is never alone: under the board each colour is named with its people's initials.
      await projector.page.getByRole('listitem').filter({ hasText: 'Kungsbacka: AS, LP' }).waitFor();
      await projector.page.getByRole('listitem').filter({ hasText: 'Vellinge: MA, SE' }).waitFor();
      await screenshot(projector.page, `screen-checkin-statement-${n + 1}`);
      await expectAccessible(projector.page, `projector, check-in statement ${n + 1} with 4 tokens`);
      if (n === 0) {
        await screenshot(phones[0]!.page, 'phone-statement-placed');
        await expectAccessible(phones[0]!.page, 'phone, statement placed');
        await screenshot(page, 'console-statement-open');
        // [W6] As on the projector, no token hides a card's label on the console's live board: the poles of the line
        // are lifted clear of the tokens standing on it (AS near "Stämmer inte alls", MA near "Stämmer helt").
        const live = boardOf(page, statement);
        expect(await live.locator('.token').count()).toBe(4);
        expect(await labelsTouchingTokensOn(live)).toEqual([]);
        expect(await labelsHiddenOn(live)).toEqual([]);
        // The evaluator's page shows the same live board, as wide as her left column allows.
        const watched = boardOf(evaluator.page, statement);
        await expect.poll(() => watched.locator('.token').count()).toBe(4);
        await evaluator.page.getByRole('heading', { name: statement }).waitFor();
        const watchedBox = (await watched.boundingBox())!;
        expect(watchedBox.y + watchedBox.height, 'the board ends on the first screen').toBeLessThanOrEqual(768);
        const watchedCount = (await evaluator.page.getByText('4 av 4 har placerat sig').boundingBox())!;
        expect(watchedCount.y + watchedCount.height, 'and so does its count').toBeLessThanOrEqual(768);
        expect(await labelsTouchingTokensOn(watched)).toEqual([]);
        await screenshot(evaluator.page, 'evaluator-statement-open');
        await expectAccessible(page, 'facilitator console, statement open with live board');
        await expectRunViewInSight(page, statement);
      }
    }
    await checkIn.getByRole('button', { name: `Lås: ${STATEMENT_2}` }).click();
    await phones[0]!.page.getByText('Påståendet är låst. Din placering är sparad.').waitFor();
    await screenshot(phones[0]!.page, 'phone-statement-locked');
    await expectAccessible(phones[0]!.page, 'phone, statement locked');
    await page.getByRole('button', { name: 'Avsluta övningen' }).click();
    await phones[0]!.page.getByRole('heading', { name: STATEMENT_2 }).waitFor({ state: 'detached' });
  });

  test('the agenda moves on to the cluster rooms; phones say where to go', async () => {
    await advanceTo(laptop.page, 'EOR-återkoppling i kommunklustren');
    for (const p of phones)
      await expect.poll(() => nowOn(p.page).first().innerText()).toBe('EOR-återkoppling i kommunklustren');
    await phones[0]!.page.getByText(/Kluster Väst, rum 1, handledare Karin Nilsson/i).waitFor();
    await screenshot(phones[0]!.page, 'phone-cluster-work');
    await expectAccessible(phones[0]!.page, 'phone, cluster work, where to be');
  });

  test('[W4] a feedback round from the supervisor’s tablet: pause, +1 min, questions from the phones', async () => {
    const { page } = tablet;
    await page.getByRole('button', { name: 'Starta rundorna' }).click();
    const floor = page.locator('.feedback-run__floor');
    await expect.poll(() => floor.innerText()).toBe('Kungsbacka presenterar');
    // Who has the floor is a live region on the tablet, the phones and the projector.
    for (const p of [tablet, phones[0]!]) await expectAnnounced(p.page, 'Kungsbacka presenterar');
    // The projector shows every cluster: its announcement says whose.
    await expectAnnounced(projector.page, 'Kluster Väst: Kungsbacka presenterar');
    // While Kungsbacka presents, its EOR board is on the cluster's tablet and on the projector: the sentence and both charts.
    const boardOn = (p: DevicePage) => p.page.getByRole('region', { name: 'Kungsbacka presenterar sitt EOR' });
    for (const p of [tablet, projector]) {
      await boardOn(p).getByText('Vi ska hjälpa 150 personer i Kungsbacka', { exact: false }).waitFor();
      expect(
        await boardOn(p)
          .getByRole('img', { name: /^Per månad|^Ackumulerat över året/ })
          .count(),
      ).toBe(2);
    }
    expect(await boardOn(phones[0]!).count()).toBe(0);
    const time = page.locator('.feedback-timer__time');
    await expect.poll(() => time.innerText()).toMatch(/^[45]:\d\d kvar$/);
    await screenshot(page, 'supervisor-presentation');
    await expectAccessible(page, 'supervisor tablet, presentation running');

    await page.getByRole('button', { name: 'Pausa' }).click();
    await expect.poll(() => time.innerText()).toMatch(/· Pausad$/);
    await phones[2]!.page.getByText('· Pausad').waitFor();
    for (const p of [tablet, phones[2]!]) await expectAnnounced(p.page, 'Pausad');
    const before = await time.innerText();
    await page.getByRole('button', { name: '+1 min' }).click();
    await expect.poll(() => time.innerText()).not.toBe(before);
    const [m, s] = before.split(' ')[0]!.split(':').map(Number) as [number, number];
    expect(await time.innerText()).toBe(`${m + 1}:${String(s).padStart(2, '0')} kvar · Pausad`);
    await phones[2]!.page.getByText(`${m + 1}:${String(s).padStart(2, '0')} kvar`).waitFor();
    await screenshot(page, 'supervisor-paused');
    await expectAccessible(page, 'supervisor tablet, paused');
    await screenshot(phones[2]!.page, 'phone-feedback-paused');
    await expectAccessible(phones[2]!.page, 'phone, feedback round paused');
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await expect.poll(() => time.innerText()).not.toMatch(/Pausad/);
    await expectAnnounced(page, `${m + 1}:`);

    await page.getByRole('button', { name: 'Nästa fas' }).click();
    await expect.poll(() => floor.innerText()).toBe('Handledaren ger Kungsbacka återkoppling');
    await boardOn(tablet).waitFor({ state: 'detached' });
    for (const p of [tablet, phones[1]!, projector])
      await expectAnnounced(p.page, 'Handledaren ger Kungsbacka återkoppling');
    await page.getByRole('button', { name: 'Nästa fas' }).click();
    await expect.poll(() => floor.innerText()).toBe('Frågor till Kungsbacka');

    // Vellinge asks Kungsbacka; Kungsbacka's own phones get no raised hand.
    const asker = phones[2]!.page;
    await asker.getByLabel('Kort fråga eller kommentar (valfritt)').fill('Hur mäter ni det?');
    await screenshot(asker, 'phone-peer-question');
    await expectAccessible(asker, 'phone, peer feedback with the question form');
    await asker.getByRole('button', { name: 'Räck upp handen' }).click();
    await asker.getByText('Du står i kön som nummer 1.').waitFor();
    expect(await phones[0]!.page.getByRole('button', { name: 'Räck upp handen' }).count()).toBe(0);
    await page.getByRole('heading', { name: 'Frågor och kommentarer (1)' }).waitFor();
    await page.getByText('Hur mäter ni det?').waitFor();
    await screenshot(page, 'supervisor-queue');
    await expectAccessible(page, 'supervisor tablet, peer feedback with a queued question');
    await page.getByRole('button', { name: 'Markera som tagen: Sara Ekström' }).click();
    await page.getByRole('heading', { name: 'Frågor och kommentarer (0)' }).waitFor();

    // The main room sees every cluster while they work.
    await projector.page.getByText('Kluster Väst').first().waitFor();
    await screenshot(projector.page, 'screen-cluster-overview');
    await expectAccessible(projector.page, 'projector, cluster overview');
    await screenshot(laptop.page, 'console-cluster-work');
    await expectAccessible(laptop.page, 'facilitator console, cluster work with the overview and timing log');
  });

  test('[T6] [O1] [O2] [W12] the console runs Kluster Väst’s round for a moment; the evaluator follows it and notes it', async () => {
    const { page } = laptop;
    await page.getByRole('tab', { name: 'Kluster' }).click();
    const fallback = page.getByRole('region', { name: 'Kör ett klusters rundor' });
    await fallback.getByRole('radio', { name: 'Kluster Väst' }).check();
    await fallback.getByText('Du kör rundorna i Kluster Väst').waitFor();
    await fallback.getByRole('button', { name: 'Nästa fas' }).click();
    await expect.poll(() => tablet.page.locator('.feedback-run__floor').innerText()).toBe('Kungsbacka svarar');
    await screenshot(page, 'console-runs-cluster');
    await expectAccessible(page, 'facilitator console, running a cluster’s round');

    const live = evaluator.page.getByRole('region', { name: 'Just nu i rummet' });
    await live.getByText('Kungsbacka svarar').waitFor();
    const notes = evaluator.page.getByRole('region', { name: 'Följeforskarens anteckningar' });
    await notes.getByLabel('Ny anteckning').fill('Kungsbacka svarade kort');
    await notes.getByLabel('Kommun').selectOption({ label: 'Kungsbacka' });
    await notes.getByRole('button', { name: 'Lägg till' }).click();
    const note = notes.getByRole('listitem').filter({ hasText: 'Kungsbacka svarade kort' });
    await note.getByText('EOR-återkoppling i kommunklustren').waitFor();
    await note.getByRole('button', { name: /^Ändra anteckningen från/ }).click();
    await note.getByRole('textbox').fill('Kungsbacka svarade kort och tydligt');
    await note.getByRole('button', { name: 'Spara ändringen' }).click();
    await notes.getByText('Kungsbacka svarade kort och tydligt').waitFor();
    await notes.getByRole('status').getByText('Anteckningen är ändrad.').waitFor();
    await screenshot(evaluator.page, 'evaluator-cluster-work');
    await expectAccessible(evaluator.page, 'evaluator, live view in cluster work with an edited note');
    await expectEvaluatorLayout(evaluator.page, live, notes);
    await page.getByRole('tab', { name: 'Just nu' }).click();
  });

  test('the check-out: the same statements again, and the projector shows how far the group moved', async () => {
    const { page } = laptop;
    await advanceTo(page, 'Utcheckningsövning');
    const checkOut = page.getByRole('article').filter({ hasText: '· utcheckning' });
    for (const statement of [STATEMENT_1, STATEMENT_2]) {
      await checkOut.getByRole('button', { name: `Öppna: ${statement}` }).click();
      for (const [i, p] of phones.entries()) {
        await p.page.getByRole('heading', { name: statement }).waitFor();
        await dragTokenTo(p.page, statement, checkOutAt[i]!, 0.5, drag(p));
      }
      await projector.page.getByText('4 av 4 har placerat sig').waitFor();
    }
    await screenshot(projector.page, 'screen-checkout-statement');
    await page.getByRole('button', { name: 'Avsluta övningen' }).click();

    const screen = projector.page;
    await screen.getByRole('heading', { name: 'Så långt flyttade sig gruppen' }).waitFor();
    const figure = screen.locator('.comparison__figure');
    await expect
      .poll(() => figure.innerText())
      .toMatch(
        /^Gruppen flyttade sig (en liten bit|märkbart|mycket): i snitt \d+ % av brädet \(8 placeringar\)\. På linjerna: \+\d+ poäng i snitt mot ”Stämmer helt”\.$/,
      );
    const table = screen.getByRole('table', { name: `Förflyttning per kommun: ${STATEMENT_1}` });
    await table.getByRole('rowheader', { name: 'Kungsbacka' }).waitFor();
    await table.getByRole('rowheader', { name: 'Vellinge' }).waitFor();
    await screen.getByRole('listitem').filter({ hasText: 'Kungsbacka: AS, LP' }).first().waitFor();
    await screenshot(screen, 'screen-comparison');
    await expectAccessible(screen, 'projector, check-out comparison');
    await screenshot(page, 'console-comparison');
    await expectAccessible(page, 'facilitator console, comparison and exports');
    // The project leader's console in English reads the same day in English.
    await page.getByLabel('Språk').selectOption('en');
    await page.getByRole('heading', { name: 'How far the group moved' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'console-comparison-en');
    await expectAccessible(page, 'facilitator console, comparison (en)');
    await screenshot(phones[1]!.page, 'phone-check-out-done');
    await expectAccessible(phones[1]!.page, 'phone, check-out segment after the exercise');
  });

  test('no page logged an error (a Content-Security-Policy violation, a failed script)', () => {
    expectNoConsoleErrors(all());
  });
});
