/**
 * The day on paper: after a short scripted day on a demo programme meeting,
 * the facilitator prints the report (the version to hand out and the team's),
 * the statement cards and the join poster to PDF in Chromium, and the PDFs
 * have the pages and the text a person holding them would check.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_PROGRAMME_ID } from '../../shared/year/demoProgramme';
import { formatJoinCode } from '../../shared/day/joinCode';
import { ProgrammeReport } from '../../shared/year/programmeApi';
import { expectAccessible } from './support/axe';
import { browserForFile, expectNoConsoleErrors, openDevice, screenshot, type DevicePage } from './support/browser';
import { DEMO_NOTE, demoOrganiser, runDemoDay } from './support/demoDay';
import { isA4, pdfText, printToPdf } from './support/pdf';

/** A card's words in print, in points, by their size class: what report.css sets for each paper. */
const CARD_POINTS: Record<'a4' | 'a5', Record<string, number>> = {
  a4: { 'label--xl': 80, 'label--l': 54, 'text--xl': 54, 'label--m': 38, 'text--l': 38, 'text--m': 28 },
  a5: { 'label--xl': 56, 'label--l': 38, 'text--xl': 38, 'label--m': 26, 'text--l': 26, 'text--m': 19 },
};

/** Every card's words with the size the print style sheet gives them, in whole points. */
async function printedCardPoints(page: DevicePage['page']) {
  await page.emulateMedia({ media: 'print' });
  const sizes = await page.$$eval('.print-sheet__text, .print-sheet__label', (words) =>
    words.map((w) => ({
      size: /(label|text)--\w+/.exec(w.className)![0],
      points: Math.round(parseFloat(getComputedStyle(w).fontSize) * 0.75),
    })),
  );
  await page.emulateMedia({ media: null });
  return sizes;
}

const browser = browserForFile();
let day: Awaited<ReturnType<typeof runDemoDay>>;
let laptop: DevicePage;
beforeAll(async () => {
  day = await runDemoDay();
  laptop = await openDevice(browser(), 'laptop');
});
afterAll(async () => {
  await laptop?.context.close();
});

describe('printing the day', () => {
  test("the report to hand out: A4 portrait, every section, no buttons, no team notes; the team's version has them on a page of their own", async () => {
    const { page } = laptop;
    await page.goto(`/report/${day.meetingId}#${day.facilitatorToken}`);
    await page.getByRole('region', { name: 'Närvaro' }).waitFor();
    await page.getByRole('region', { name: 'Återkopplingsrundornas tider' }).waitFor();
    // The EOR boards of the municipalities that presented, read from the server: Kungsbacka and Vellinge finished
    // their rounds, and Svedala's presentation was running when lunch ended the rounds (G4 logs it).
    const boards = page.getByRole('region', { name: 'Kommunernas EOR-tavlor' });
    for (const name of ['Kungsbacka', 'Vellinge', 'Svedala'])
      await boards
        .getByRole('region', { name })
        .getByRole('img', { name: /^Ackumulerat/ })
        .waitFor();
    expect(await boards.getByRole('region').count()).toBe(3);
    await screenshot(page, 'report-screen');
    await expectAccessible(page, 'report (handout)');

    const handout = await printToPdf(page, 'report-handout');
    const text = handout.map((p) => p.text).join('\n');
    expect(handout.length).toBeGreaterThanOrEqual(3);
    expect(handout.length).toBeLessThanOrEqual(10);
    expect(handout.every((p) => isA4(p, 'portrait'))).toBe(true);
    for (const heading of [
      'Närvaro',
      'Programmet: planerat och faktiskt',
      'Incheckning och utcheckning',
      'Återkopplingsrundornas tider',
      'Frågor från övriga kommuner',
      'Kommunernas EOR-tavlor',
    ]) {
      expect(text).toContain(heading);
    }
    for (const municipality of ['Kungsbacka', 'Vellinge', 'Svedala', 'Ystad', 'Höör'])
      expect(text).toContain(municipality);
    expect(text).toContain('Hur fick ni med socialtjänsten?');
    // Each board's sentence and charts are on paper, a board never split over two pages.
    const flat = (t: string) => t.replace(/\s+/g, ' ');
    for (const target of [150, 60]) {
      const on = handout.filter((p) => flat(p.text).includes(`Vi ska hjälpa ${target} personer`));
      expect(on, `the board with target ${target}`).toHaveLength(1);
      expect(flat(on[0]!.text)).toContain('Ackumulerat över året');
    }
    expect(text).toContain('Totalt');
    // No controls on paper, nothing of the team's.
    expect(text).not.toContain('Skriv ut eller spara som PDF');
    expect(text).not.toContain('Ladda ner');
    expect(text).not.toContain(DEMO_NOTE);
    expect(text).not.toContain('Anna Svensson');

    await page.getByRole('checkbox', { name: /Teamets version/ }).check();
    await page.getByText(DEMO_NOTE).waitFor();
    const team = await printToPdf(page, 'report-team');
    expect(team.length).toBeGreaterThan(handout.length);
    const teamPages = team.filter((p) => p.text.includes('Teamets egen del'));
    expect(teamPages.length).toBeGreaterThanOrEqual(1);
    // The team's part starts a page, so the handout can be the pages before it.
    expect(teamPages[0]!.text.trimStart().startsWith('Teamets egen del')).toBe(true);
    expect(teamPages.map((p) => p.text).join('\n')).toContain(DEMO_NOTE);
    expect(team.map((p) => p.text).join('\n')).toContain('Anna Svensson');
  });

  test('the statement cards: each statement and each distinct card label on its own A4 landscape page, large; A5 on request', async () => {
    const { page } = laptop;
    await page.goto(`/report/${day.meetingId}/cards#${day.facilitatorToken}`);
    await page.getByText('Vi har ett EOR som alla i verksamheten känner till').first().waitFor();
    await screenshot(page, 'cards-screen');
    await expectAccessible(page, 'statement cards');
    const cards = await printToPdf(page, 'cards-a4');
    // The line statement and its two poles, the 4FP statement and its five cards.
    const expected = [
      'Vi har ett EOR som alla i verksamheten känner till',
      'Stämmer inte alls',
      'Stämmer helt',
      'Var i 4FP-cykeln befinner sig din verksamhet just nu?',
      'EOR',
      'Se verkligheten',
      'Formulera framtiden',
      'Agera',
      'Fullfölja',
    ];
    expect(cards).toHaveLength(expected.length);
    expect(cards.every((p) => isA4(p, 'landscape'))).toBe(true);
    cards.forEach((p, i) => expect(p.text.replace(/\s+/g, ' '), `page ${i + 1}`).toContain(expected[i]!));
    expect(cards[1]!.text).toContain('Kort till påstående 1');
    const a4Points = await printedCardPoints(page);
    expect(a4Points).toHaveLength(expected.length);
    for (const { size, points } of a4Points) expect(points, size).toBe(CARD_POINTS.a4[size]);

    await page.getByLabel('Pappersstorlek').selectOption('a5');
    const a5 = await printToPdf(page, 'cards-a5');
    expect(a5).toHaveLength(expected.length);
    expect(a5.every((p) => Math.abs(p.width - 595) < 2 && Math.abs(p.height - 420) < 2)).toBe(true);
    for (const { size, points } of await printedCardPoints(page)) expect(points, size).toBe(CARD_POINTS.a5[size]);
  });

  test("the join poster: one A4 page with the meeting's code and a QR code that the phones can scan", async () => {
    const { page } = laptop;
    await page.goto(`/report/${day.meetingId}/poster#${day.facilitatorToken}`);
    const qr = page.getByRole('img', { name: /QR-kod som leder till/ });
    await qr.waitFor();
    expect(await qr.getAttribute('alt')).toContain(`/join/${day.code}`);
    await screenshot(page, 'poster-screen');
    await expectAccessible(page, 'join poster');
    const poster = await printToPdf(page, 'poster');
    expect(poster).toHaveLength(1);
    expect(isA4(poster[0]!, 'portrait')).toBe(true);
    expect(poster[0]!.text).toContain('Gå med i lärträffen');
    // Spaced out in large type, which pdftotext reads with spaces of its own between letters.
    expect(poster[0]!.text.replace(/\s+/g, '')).toContain(day.code);
    expect(await page.getByText(formatJoinCode(day.code)).isVisible()).toBe(true);
  });

  test('the annual report from the programme page: A4, attendance per lärträff with the day just held, timekeeping, no buttons', async () => {
    const { page } = laptop;
    const demo = await demoOrganiser();
    await page.goto(demo.organiserLink.replace(/#/, '/report#'));
    await page.getByRole('region', { name: 'Närvaro per lärträff' }).waitFor();
    await page.getByRole('region', { name: 'Tidhållning per lärträff' }).getByRole('table').waitFor();
    await screenshot(page, 'annual-report-screen');
    await expectAccessible(page, 'annual report');
    const year = await printToPdf(page, 'annual-report');
    const text = pdfText(year);
    expect(year.length).toBeGreaterThanOrEqual(1);
    expect(year.every((p) => isA4(p, 'portrait'))).toBe(true);
    expect(text).toContain('Närvaro per lärträff');
    expect(text).toContain('Tidhållning per lärträff');
    expect(text).toContain('Kungsbacka');
    // "inte hållen" under each lärträff not yet started (the layout puts the header's two lines across all columns).
    const report = ProgrammeReport.parse(
      await (await demo.api.get(`/api/programmes/${DEMO_PROGRAMME_ID}/report`)).json(),
    );
    expect(text.match(/hållen/g)?.length).toBe(report.meetings.filter((m) => !m.held).length);
    expect(report.totals).toContain(day.people.length);
    expect(text).not.toContain('Ladda ner');
    expectNoConsoleErrors([laptop]);
  });
});
