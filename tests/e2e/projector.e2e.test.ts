/**
 * The projector through a whole day, as the back row sees it: a demo
 * programme's lärträff driven over real sockets (the facilitator, twelve
 * phones, the clusters' rounds), and the projector's page in Chromium at the
 * three sizes a venue's projector runs at. A projector cannot scroll, so in
 * every state everything must be on the screen; the room-facing text has
 * minimum sizes at 1080p; axe stays clean. Screenshots at 1920×1080 and
 * 1280×720 are written to test-results/e2e/ (projector-NN-<state>-<size>.png).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { STATEMENT_LIBRARY } from '../../shared/day/board';
import type { MeetingState } from '../../shared/protocol';
import { checkInOf } from '../support/commandSamples';
import { send, waitFor, type MeetingSocket, type Mirror } from '../support/server';
import { expectAccessible } from './support/axe';
import { browserForScenario, expectNoConsoleErrors, openDevice, screenshot, type DevicePage } from './support/browser';
import { DEMO_PEOPLE as PEOPLE, facilitatorOf, joinDemoPeople, startLastDemoMeeting } from './support/demoDay';
import { labelsHiddenOn, wordsBrokenIn } from './support/meetingDay';

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
] as const;

const FYRFALTAREN = STATEMENT_LIBRARY.find((s) => s.board.kind === 'fyrfaltare')!;
const LINE = STATEMENT_LIBRARY[0]!;

const browser = browserForScenario();
let projector: DevicePage;
let facilitator: MeetingSocket;
let view: Mirror;
let people: MeetingSocket[] = [];
let screenLink = '';
let code = '';

async function ok(socket: MeetingSocket, command: unknown): Promise<void> {
  const ack = await send(socket, command);
  if (!ack.ok) throw new Error(`${JSON.stringify(command)} refused: ${ack.error.message}`);
  await waitFor(() => view.seq >= ack.seq, 5_000, `seq ${ack.seq}`);
}
const state = (): MeetingState => view.state;
const next = () => ok(facilitator, { type: 'advanceAgenda', fromSegmentId: state().currentSegmentId });
/** Moves the agenda on until the current segment is of `kind` (the n-th such from here). */
async function advanceToKind(kind: string) {
  for (let i = 0; i < 12; i++) {
    await next();
    if (state().agenda.find((s) => s.id === state().currentSegmentId)?.kind === kind) return;
  }
  throw new Error(`no ${kind} segment came`);
}

/** Whatever the page shows must be on the screen: no scrolling either way, nothing drawn past the edges. */
async function fits(page: Page) {
  return page.evaluate(() => {
    const outside = [...document.querySelectorAll('#root *')]
      .filter((el) => !el.closest('.visually-hidden'))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0)
      .filter(({ r }) => r.bottom > innerHeight + 1 || r.right > innerWidth + 1 || r.top < -1 || r.left < -1)
      .map(({ el, r }) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.right)}×${Math.round(r.bottom)}`);
    return {
      scrollHeight: document.documentElement.scrollHeight,
      scrollWidth: document.documentElement.scrollWidth,
      innerHeight,
      innerWidth,
      outside: outside.slice(0, 5),
    };
  });
}

/**
 * At each size: the document is no larger than the viewport and no element
 * is drawn outside it. A screenshot at 1080p and 720p. Soft assertions, so
 * one run lists every state that does not fit.
 */
async function expectFitsEverySize(page: Page, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    if (size.height !== 768) await screenshot(page, `${name}-${size.width}x${size.height}`);
    const m = await fits(page);
    expect.soft(m.scrollHeight, `${name} at ${size.width}×${size.height}: height`).toBeLessThanOrEqual(m.innerHeight);
    expect.soft(m.scrollWidth, `${name} at ${size.width}×${size.height}: width`).toBeLessThanOrEqual(m.innerWidth);
    expect.soft(m.outside, `${name} at ${size.width}×${size.height}: drawn outside`).toEqual([]);
  }
  await page.setViewportSize(SIZES[0]);
}

/** A computed font size in CSS px. */
async function fontSizes(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
}

beforeAll(async () => {
  projector = await openDevice(browser(), 'projector');
  const links = await startLastDemoMeeting();
  screenLink = links.screenLink;
  code = links.code;
  ({ socket: facilitator, view } = await facilitatorOf(links));
  people = [...(await joinDemoPeople(code)).values()];
});

afterAll(() => {
  for (const s of [facilitator, ...people]) s?.disconnect();
});

describe('[W6] the projector fits 1920×1080, 1366×768 and 1280×720 in every state of the day', () => {
  test('before the start: the join code, the QR code and the address are the hero', async () => {
    const { page } = projector;
    await page.goto(screenLink);
    await page.locator('.join-panel__code').first().waitFor();
    expect((await page.locator('.join-panel__code').first().innerText()).replace(/\s/g, '')).toBe(code);
    await expectFitsEverySize(page, 'join');
    await expectAccessible(page, 'projector, before the start');
  });

  test('the check-in on the Fyrfältaren board: labels ≥ 28 px, initials ≥ 20 px at 1080p, no token over a label', async () => {
    await advanceToKind('checkIn');
    await ok(facilitator, checkInOf([FYRFALTAREN, LINE]));
    const exercise = state().exercises[0]!;
    const [fyr, line] = exercise.statements as [(typeof exercise.statements)[0], (typeof exercise.statements)[0]];
    await ok(facilitator, { type: 'openStatement', statementId: fyr.id });
    // Some stand right on a card: the label must stay readable.
    for (const [i, socket] of people.entries()) {
      const card = fyr.board.cards[i % fyr.board.cards.length]!;
      const near = i < 4 ? { x: card.x, y: card.y } : { x: card.x + ((i % 3) - 1) * 0.06, y: card.y + 0.12 };
      await ok(socket, { type: 'place', statementId: fyr.id, ...near });
    }
    const { page } = projector;
    await page.getByRole('heading', { name: fyr.text }).waitFor();
    await page.getByText(`${PEOPLE.length} av ${PEOPLE.length} har placerat sig`).waitFor();
    await expectFitsEverySize(page, 'board');

    const labels = await fontSizes(page, '.board__card');
    expect(labels.length).toBe(4);
    for (const px of labels) expect(px).toBeGreaterThanOrEqual(28);
    const initials = await fontSizes(page, '.board .token');
    expect(initials.length).toBe(PEOPLE.length);
    for (const px of initials) expect(px).toBeGreaterThanOrEqual(20);
    // What is drawn at the middle and the corners of each label is the label itself, not a token.
    const covered = await labelsHiddenOn(page.locator('.board'));
    expect(covered).toEqual([]);
    await expectAccessible(page, 'projector, Fyrfältaren board with 12 tokens');

    // The line board, hidden until the facilitator reveals it: the room is told in words for the room.
    await ok(facilitator, { type: 'lockStatement', statementId: fyr.id });
    await ok(facilitator, { type: 'openStatement', statementId: line.id });
    for (const [i, socket] of people.entries())
      await ok(socket, { type: 'place', statementId: line.id, x: 0.1 + (i / PEOPLE.length) * 0.8, y: 0.5 });
    await page.getByRole('heading', { name: line.text }).waitFor();
    await page.getByText(`${PEOPLE.length} av ${PEOPLE.length} har placerat sig`).waitFor();
    // [M1] A message to the room takes the name's place in the bar: the board keeps its room.
    const message = 'Samling i stora salen direkt efter incheckningen – ta med kaffet och mobilen';
    await ok(facilitator, { type: 'sendRoomMessage', text: message });
    await page.locator('.projector__message', { hasText: message }).waitFor();
    await expectFitsEverySize(page, 'board-line');
    await ok(facilitator, { type: 'dismissRoomMessage', messageId: state().roomMessages[0]!.id });
    await ok(facilitator, { type: 'lockStatement', statementId: line.id });
    await ok(facilitator, { type: 'closeExercise', exerciseId: exercise.id });
  });

  test('[M3] the facilitator’s break screen with the code, and the blank screen, fit every size', async () => {
    const { page } = projector;
    const text = 'Kaffe – vi ses 10.45 i kommunklustren. Ta gärna med er koppen till rummet.';
    await ok(facilitator, { type: 'setProjectorScreen', mode: 'break', text, join: 'show' });
    await page.getByRole('heading', { name: text }).waitFor();
    await page.locator('.join-strip, .join-panel').first().waitFor();
    await expectFitsEverySize(page, 'facilitator-break');
    await expectAccessible(page, 'projector, the facilitator’s break with the code');
    await ok(facilitator, { type: 'setProjectorScreen', mode: 'blank', join: 'auto' });
    await page.locator('.projector--blank').waitFor();
    await expectFitsEverySize(page, 'blank');
    await ok(facilitator, { type: 'setProjectorScreen', mode: 'auto', join: 'auto' });
    await expect.poll(() => page.locator('.projector--blank').count()).toBe(0);
  });

  test('the rounds in the clusters: every cluster, each countdown on one line, the presenting municipality’s EOR', async () => {
    await advanceToKind('clusterWork');
    for (const c of state().clusters) await ok(facilitator, { type: 'startFeedback', clusterId: c.id });
    const { page } = projector;
    // Every cluster's first municipality presents at once: their EOR figures side by side.
    await expect
      .poll(() => page.getByRole('region', { name: /presenterar sitt EOR$/ }).count(), { timeout: 15_000 })
      .toBe(3);
    await expectFitsEverySize(page, 'rounds');
    // One line: the countdown is no taller than its own line height.
    const lines = await page.locator('.feedback-timer__time').evaluateAll((els) =>
      els.map((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return tops.size;
      }),
    );
    expect(lines.length).toBe(state().clusters.length);
    for (const n of lines) expect(n).toBe(1);
    await expectAccessible(page, 'projector, the rounds in every cluster');

    // Two clusters move on to the supervisor's feedback: the one presenting now gets its charts too.
    for (const run of state().feedbackRuns.slice(1))
      await ok(facilitator, {
        type: 'feedbackStep',
        clusterId: run.clusterId,
        direction: 'next',
        from: { index: run.index, phase: run.phase },
      });
    await expect
      .poll(() => page.getByRole('region', { name: /presenterar sitt EOR$/ }).count(), { timeout: 15_000 })
      .toBe(1);
    await page.getByRole('img', { name: /^Ackumulerat över året/ }).waitFor();
    await expectFitsEverySize(page, 'rounds-one-presenting');
    await expectAccessible(page, 'projector, one municipality presenting with its charts');
  });

  test('the check-out comparison, one statement at a time', async () => {
    await advanceToKind('checkOut');
    await ok(facilitator, { type: 'mirrorExercise', exerciseId: state().exercises[0]!.id });
    const exercise = state().exercises[1]!;
    for (const statement of exercise.statements) {
      await ok(facilitator, { type: 'openStatement', statementId: statement.id });
      for (const [i, socket] of people.entries())
        await ok(socket, { type: 'place', statementId: statement.id, x: 0.3 + (i % 5) * 0.12, y: 0.4 + (i % 3) * 0.1 });
      await ok(facilitator, { type: 'lockStatement', statementId: statement.id });
    }
    await ok(facilitator, { type: 'closeExercise', exerciseId: exercise.id });
    const { page } = projector;
    await page.getByRole('heading', { name: 'Så långt flyttade sig gruppen' }).waitFor();
    // Whole words for the back row: no card label or table cell breaks a word ("Persone-r", "Produktionsappara-t").
    // Both pages: the Fyrfältaren board's labels, then the line's table with its fourth column (Poäng).
    await page.getByRole('button', { name: 'Stanna på det här påståendet' }).click();
    for (const [n, statement] of exercise.statements.entries()) {
      if (n > 0) await page.getByRole('button', { name: 'Nästa påstående' }).click();
      await page.getByRole('heading', { name: statement.text }).waitFor();
      for (const size of SIZES) {
        await page.setViewportSize(size);
        const cells = page.locator('.comparison__board .board__card, .comparison__table th, .comparison__table td');
        expect(await wordsBrokenIn(cells), `words broken at ${size.width}×${size.height}`).toEqual([]);
        if (size.height === 720) await screenshot(page, `comparison-page-${n + 1}-1280x720`);
      }
    }
    await page.setViewportSize(SIZES[0]);
    await expectFitsEverySize(page, 'comparison');
    await expectAccessible(page, 'projector, check-out comparison');
  });

  test('after the day: thanks, and no join code', async () => {
    for (let i = 0; i < 4 && state().currentSegmentId; i++) await next();
    const { page } = projector;
    await page.getByText('Dagen är slut. Tack för i dag!').waitFor();
    await expectFitsEverySize(page, 'ended');
    await expectAccessible(page, 'projector, the day has ended');
    // The dark theme for a dim room, from the link: the same screen, AA on dark.
    const dark = new URL(screenLink, page.url());
    dark.search = '?theme=dark';
    await page.goto(dark.href);
    await page.getByText('Dagen är slut. Tack för i dag!').waitFor();
    expect(await page.locator('.projector').getAttribute('data-theme')).toBe('dark');
    await expectFitsEverySize(page, 'ended-dark');
    await expectAccessible(page, 'projector, the day has ended, dark theme');
  });

  test('no page logged an error', () => {
    expectNoConsoleErrors([projector]);
  });
});
