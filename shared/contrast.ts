/**
 * WCAG 2.1 contrast for the municipalities' colours (W9): which ink a token's
 * initials take, and whether a colour stands out from the board. Pure; colours
 * are `#rrggbb` as the protocol's `Colour` accepts them.
 */

/** The board's paper in the light theme (`--board-paper` in client/src/tokens.css). */
export const BOARD_PAPER = '#fbfaf5';

/** WCAG 1.4.11: a graphic that carries meaning needs 3:1 against what is next to it. */
export const MIN_GRAPHIC_CONTRAST = 3;

const channel = (v: number) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance (WCAG 2.1), 0 for black to 1 for white. */
export function luminance(hex: string): number {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** The contrast ratio of two colours, 1 (none) to 21 (black on white); the order does not matter. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on `background`: the ink of initials on a token. */
export function inkOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}

/** The colour's contrast against the board, when it is below 3:1 (hard to tell from the board); null when it is enough. */
export function weakOnBoard(colour: string, board: string = BOARD_PAPER): number | null {
  const ratio = contrastRatio(colour, board);
  return ratio < MIN_GRAPHIC_CONTRAST ? ratio : null;
}
