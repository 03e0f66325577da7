/**
 * axe-core in the page: every default rule (WCAG 2.0/2.1 A and AA and axe's
 * best practices); the test fails on any serious or critical violation, or
 * with `fail: 'any'` on a violation of any impact (minor and moderate too:
 * the views with a pale municipality colour, issue 16's "zero violations").
 * The script is evaluated through the DevTools protocol, which a
 * Content-Security-Policy does not block (an inline <script> would be).
 * Every checked view is listed in test-results/e2e/axe.jsonl for the report.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { RESULTS_DIR } from './browser';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

const BLOCKING = new Set(['serious', 'critical']);

export async function expectAccessible(page: Page, view: string, fail: 'serious' | 'any' = 'serious'): Promise<void> {
  // What a person reads is the page at rest: a fade still running (a new segment's line) would be measured half
  // transparent, and its contrast with it. Endless animations (a spinner) are left to run.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axe.source);
  const violations = (await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html, failureSummary: n.failureSummary })),
    }));
  })) as Violation[];
  const blocking = violations.filter((v) => fail === 'any' || (v.impact !== null && BLOCKING.has(v.impact)));
  mkdirSync(RESULTS_DIR, { recursive: true });
  appendFileSync(
    join(RESULTS_DIR, 'axe.jsonl'),
    `${JSON.stringify({ view, url: page.url(), blocking: blocking.length, other: violations.filter((v) => !blocking.includes(v)).map((v) => `${v.id} (${v.impact})`) })}\n`,
  );
  if (blocking.length > 0) {
    const lines = blocking.flatMap((v) => [
      `${v.impact} ${v.id}: ${v.help}`,
      ...v.nodes
        .slice(0, 4)
        .map(
          (n) =>
            `    ${n.target.join(' ')}  ${n.html.slice(0, 160)}\n      ${(n.failureSummary ?? '').replace(/\n/g, ' ')}`,
        ),
    ]);
    throw new Error(`axe on ${view} (${page.url()}):\n${lines.join('\n')}`);
  }
}

/** What a screen reader is told right now: the text of every live region (aria-live, status, alert) on the page. */
export async function announcements(page: Page): Promise<string[]> {
  const texts = await page
    .locator('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"]')
    .allTextContents();
  return texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Waits until some live region on the page says `text` (a substring). */
export async function expectAnnounced(page: Page, text: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    seen = await announcements(page);
    if (seen.some((s) => s.includes(text))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no live region on ${page.url()} said "${text}"; they said: ${JSON.stringify(seen)}`);
}
