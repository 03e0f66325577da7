/** Moving through a page with the keyboard only, as someone who cannot use a pointer does. */
import type { Locator, Page } from 'playwright-core';

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement).catch(() => false);

/**
 * Presses Tab until `target` has focus (at most `maxTabs` times), then checks
 * that the focus can be seen: a focused control without a visible outline is
 * lost to a sighted keyboard user.
 */
export async function tabTo(page: Page, target: Locator, maxTabs = 40): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < maxTabs && !(await isFocused(target)); i++) await page.keyboard.press('Tab');
  if (!(await isFocused(target))) throw new Error(`${target} was not reached with ${maxTabs} presses of Tab`);
  const outline = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  if (outline.style === 'none' || outline.width < 2)
    throw new Error(`${target} has focus but no visible focus outline (${JSON.stringify(outline)})`);
}
