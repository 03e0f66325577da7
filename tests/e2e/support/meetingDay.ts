/**
 * What people do on the meeting day, as they do it in the browser: open the
 * demo programme and start a lärträff, join by code or by the QR code's link,
 * drag one's token, move the agenda on. Assertions go through what a user
 * sees (roles, labels, text), never the app's internals.
 */
import QRCode from 'qrcode';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export interface MeetingLinks {
  facilitator: string;
  screen: string;
  evaluator: string;
  /** Cluster name → the supervisor's link. */
  supervisors: Record<string, string>;
}

/** The link (href) written under a `<dt>` label in a list of secret links. */
async function linkUnder(page: Page, label: string): Promise<string> {
  const href = await page
    .locator('dt', { hasText: label })
    .locator('xpath=following-sibling::dd[1]//a')
    .getAttribute('href');
  if (!href) throw new Error(`no link under "${label}"`);
  return href;
}

/** The start page's demo link, then "Starta lärträffen" on its first meeting; returns the links shown once. */
export async function startDemoMeeting(laptop: Page, onProgramme?: () => Promise<void>): Promise<MeetingLinks> {
  await laptop.goto('/');
  await laptop.getByRole('link', { name: 'Öppna demoprogrammet' }).click();
  await laptop.getByRole('heading', { name: 'Lärträffar', exact: true }).waitFor();
  await onProgramme?.();
  await laptop.getByRole('button', { name: 'Starta lärträffen' }).first().click();
  await laptop.getByRole('status').filter({ hasText: 'Lärträff 1 är startad' }).waitFor();
  const clusters = ['Kluster Väst', 'Kluster Syd', 'Kluster Öst'];
  const supervisors: Record<string, string> = {};
  for (const c of clusters) supervisors[c] = await linkUnder(laptop, `Handledarens länk, ${c}`);
  return {
    facilitator: await linkUnder(laptop, 'Projektledarens länk'),
    screen: await linkUnder(laptop, 'Projektorns länk'),
    evaluator: await linkUnder(laptop, 'Följeforskarens länk'),
    supervisors,
  };
}

/** The join code as the console shows it ("BWK QYF" → "BWKQYF"). */
export async function joinCodeOn(page: Page): Promise<string> {
  const text = await page.locator('.join-panel__code').first().innerText();
  return text.replace(/\s+/g, '');
}

/**
 * The address in the console's QR code. The image's text alternative names
 * it; drawing that address again must give exactly the image shown, so the
 * code a phone scans leads there.
 */
export async function qrLinkOn(page: Page): Promise<string> {
  const img = page.getByRole('img', { name: /^QR-kod som leder till / }).first();
  const alt = (await img.getAttribute('alt')) ?? '';
  const url = alt.replace(/^QR-kod som leder till /, '');
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  expect(await img.getAttribute('src')).toBe(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
  return url;
}

/** Name and municipality on the join page, then "Gå med"; waits for the phone's greeting. */
export async function fillJoinForm(
  phone: Page,
  name: string,
  municipality: string,
  beforeSubmit?: () => Promise<void>,
): Promise<void> {
  await phone.getByLabel('Ditt namn').fill(name);
  await phone.getByLabel('Kommun', { exact: true }).selectOption(municipality);
  await beforeSubmit?.();
  await phone.getByRole('button', { name: 'Gå med' }).click();
  await phone.getByText(`Hej ${name.split(' ')[0]}`).waitFor();
}

/** Typed on the start page, as someone reading the code off the projector does. */
export async function joinByCode(
  phone: Page,
  code: string,
  name: string,
  municipality: string,
  beforeSubmit?: () => Promise<void>,
): Promise<void> {
  await phone.goto('/');
  await phone.getByLabel('Kod').fill(code.toLowerCase());
  await phone.getByRole('button', { name: 'Fortsätt' }).click();
  await phone.getByRole('heading', { name: /^Gå med i / }).waitFor();
  await fillJoinForm(phone, name, municipality, beforeSubmit);
}

/** The QR code's address, opened as the phone's camera would. */
export async function joinByLink(phone: Page, url: string, name: string, municipality: string): Promise<void> {
  await phone.goto(url);
  await phone.getByRole('heading', { name: /^Gå med i / }).waitFor();
  await fillJoinForm(phone, name, municipality);
}

/** The statement's board on a page (a group named by the statement). */
export function boardOf(page: Page, statement: string): Locator {
  return page.getByRole('group', { name: statement, exact: true }).first();
}

/**
 * The card labels on a board that a token hides: what is drawn at a label's
 * middle or near its corners is something else (labels let the pointer
 * through to the board, so they take it for the look-up while asked).
 */
export function labelsHiddenOn(board: Locator): Promise<string[]> {
  return board.locator('.board__card').evaluateAll((cards) =>
    cards
      .filter((card) => {
        (card as HTMLElement).style.pointerEvents = 'auto';
        const r = card.getBoundingClientRect();
        const points = [
          [r.left + r.width / 2, r.top + r.height / 2],
          [r.left + 4, r.top + 4],
          [r.right - 4, r.bottom - 4],
        ] as const;
        const hidden = points.some(([x, y]) => !card.contains(document.elementFromPoint(x, y)));
        (card as HTMLElement).style.pointerEvents = '';
        return hidden;
      })
      .map((c) => c.textContent ?? ''),
  );
}

/** Each card label on a board whose box meets a token's box, with the token's text: "Stämmer helt / MA". */
export function labelsTouchingTokensOn(board: Locator): Promise<string[]> {
  return board.evaluate((el) => {
    const boxes = (selector: string) =>
      [...el.querySelectorAll(selector)].map((e) => ({ text: e.textContent ?? '', r: e.getBoundingClientRect() }));
    const tokens = boxes('.token');
    return boxes('.board__card').flatMap((card) =>
      tokens
        .filter(
          ({ r }) => r.left < card.r.right && card.r.left < r.right && r.top < card.r.bottom && card.r.top < r.bottom,
        )
        .map((token) => `${card.text} / ${token.text}`),
    );
  });
}

/**
 * The words wider than the room their element gives them, which the browser
 * breaks mid-word ("Produktionsappara-t"): readable, but not what we want.
 */
export function wordsBrokenIn(elements: Locator): Promise<string[]> {
  return elements.evaluateAll((els) =>
    els.flatMap((el) => {
      const style = getComputedStyle(el);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return (el.textContent ?? '').split(/\s+/).filter((w) => ctx.measureText(w).width > room + 0.5);
    }),
  );
}

/**
 * Drags the phone's own token with a finger to (fx, fy) of the board, then
 * waits until the phone says it is saved.
 */
export async function dragTokenTo(
  phone: Page,
  statement: string,
  fx: number,
  fy: number,
  drag: (from: { x: number; y: number }, to: { x: number; y: number }) => Promise<void>,
): Promise<void> {
  const board = boardOf(phone, statement);
  await board.scrollIntoViewIfNeeded();
  const token = board.getByRole('button', { name: 'Jag – din placering' });
  const box = await token.boundingBox();
  const area = await board.boundingBox();
  if (!box || !area) throw new Error('the board is not on screen');
  await drag(
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    { x: area.x + area.width * fx, y: area.y + area.height * fy },
  );
  await phone.getByRole('button', { name: 'Sparad' }).waitFor();
}

/** The segment the page shows under "Nu". */
export function nowOn(page: Page): Locator {
  return page.getByRole('region', { name: 'Nu' }).locator('.segment__title');
}

/**
 * Presses the console's next button until `title` is the current segment.
 * One press at a time, each after the console shows its result: a press on a
 * stale view is refused as a conflict (SPEC E3).
 */
export async function advanceTo(console: Page, title: string, maxSteps = 12): Promise<void> {
  for (let i = 0; i < maxSteps; i++) {
    const now = (await nowOn(console).count()) ? await nowOn(console).first().innerText() : '';
    if (now === title) return;
    await console.getByRole('button', { name: /^(Starta dagen|Nästa programpunkt)$/ }).click();
    await expect
      .poll(async () => ((await nowOn(console).count()) ? nowOn(console).first().innerText() : ''), { timeout: 10_000 })
      .not.toBe(now);
  }
  throw new Error(`"${title}" did not come within ${maxSteps} steps`);
}
