/**
 * What a printed PDF holds, read with poppler-utils (pdfinfo, pdftotext):
 * the page count, each page's size and text. `.ci/run` installs
 * poppler-utils when it is missing.
 */
import { execFileSync } from 'node:child_process';

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

/** A4 in points, rounded: portrait 595 × 842. */
export const isA4 = (p: PdfPage, orientation: 'portrait' | 'landscape') => {
  const [w, h] = orientation === 'portrait' ? [595, 842] : [842, 595];
  return Math.abs(p.width - w) < 2 && Math.abs(p.height - h) < 2;
};
