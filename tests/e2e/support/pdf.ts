/**
 * A page printed to PDF as Chromium prints it, and what the PDF holds, read
 * with poppler-utils (pdfinfo, pdftotext): the page count, each page's size
 * and text. `.ci/run` installs poppler-utils when it is missing.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { RESULTS_DIR } from './browser';

export interface PdfPage {
  /** Width and height in points (A4 is 595 × 842). */
  width: number;
  height: number;
  text: string;
}

export function pdfPages(file: string): PdfPage[] {
  const info = execFileSync('pdfinfo', ['-l', '9999', file], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
  return Array.from({ length: count }, (_, i) => ({
    ...(sizes[i] ?? { width: 0, height: 0 }),
    text: execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    }),
  }));
}

/**
 * Prints the page into test-results/e2e/<name>.pdf, by default as "Save as
 * PDF" does (the page's own @page sizes), and reads it back.
 */
export async function printToPdf(
  page: Page,
  name: string,
  options: Parameters<Page['pdf']>[0] = { preferCSSPageSize: true },
): Promise<PdfPage[]> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.pdf`);
  await page.pdf({ path, printBackground: true, ...options });
  const pages = pdfPages(path);
  console.info(`${name}.pdf: ${pages.length} pages`);
  return pages;
}

/** The text of every page, its white space folded to single spaces. */
export const pdfText = (pages: PdfPage[]) =>
  pages
    .map((p) => p.text)
    .join('\n')
    .replace(/\s+/g, ' ');

/** A4 in points, rounded: portrait 595 × 842. */
export const isA4 = (p: PdfPage, orientation: 'portrait' | 'landscape') => {
  const [w, h] = orientation === 'portrait' ? [595, 842] : [842, 595];
  return Math.abs(p.width - w) < 2 && Math.abs(p.height - h) < 2;
};
