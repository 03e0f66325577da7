import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOARD_PAPER, contrastRatio, inkOn, weakOnBoard } from '../../shared/contrast';
import { weakColourRatio } from '../../client/src/model/colour';

/** The custom properties of one theme's block in tokens.css (`:root` for light, `[data-theme='dark']`). */
function themeTokens(selector: string): Record<string, string> {
  const css = readFileSync(join(__dirname, '../../client/src/tokens.css'), 'utf8');
  const block = css.slice(css.indexOf(`${selector}`)).split('}')[0]!;
  return Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

describe('[W9] municipality colours on the board', () => {
  it('gives the contrast ratios WCAG gives', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    // The order does not matter.
    expect(contrastRatio('#1f3a5f', '#ffff99')).toBe(contrastRatio('#ffff99', '#1f3a5f'));
  });

  it('writes initials in black on a pale yellow token and in white on a dark blue one, each at least 4.5:1', () => {
    expect(inkOn('#ffff99')).toBe('#000000');
    expect(inkOn('#1f3a5f')).toBe('#ffffff');
    for (const colour of ['#ffff99', '#1f3a5f', '#e63946', '#2a9d8f', '#f4a261', '#808080', '#00ff00', '#0000ff']) {
      expect(contrastRatio(inkOn(colour), colour), colour).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('warns of a colour below 3:1 against the board, with the ratio rounded down', () => {
    expect(weakOnBoard('#ffff99')).toBeCloseTo(1.0, 1);
    expect(weakOnBoard('#1f3a5f')).toBeNull();
    expect(weakColourRatio('#ffff99', 'sv')).toBe('1,0');
    expect(weakColourRatio('#9aa5b1', 'en')).toBe('2.3');
    expect(weakColourRatio('#1f3a5f', 'sv')).toBeNull();
  });

  it('rejects what is not a #rrggbb colour', () => {
    expect(() => contrastRatio('red', '#ffffff')).toThrow(/not a #rrggbb/);
  });

  it("draws the boards' guide lines and edges at 3:1 or more on the board, in both themes", () => {
    const light = themeTokens(':root');
    const dark = themeTokens("[data-theme='dark']");
    expect(light['--board-paper']).toBe(BOARD_PAPER);
    for (const theme of [light, dark]) {
      for (const token of ['--board-line', '--board-edge']) {
        expect(contrastRatio(theme[token]!, theme['--board-paper']!), token).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
