import { expect, type Locator, type Page } from '@playwright/test';
import { axeViolations } from '../../gates/lib/browser';

/** Presses Tab (or Shift+Tab) until `target` has the keyboard focus, as a keyboard-only reader would. */
export async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 300): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/** Waits until the custom element's module has loaded and upgraded it. */
export async function upgraded(page: Page, tag: string): Promise<void> {
  await page.waitForFunction((t) => customElements.get(t) !== undefined, tag);
}

/** axe (WCAG 2.x A/AA) on one interactive at 375 and 1280 px, light and dark; returns every violation. */
export async function axeEverywhere(page: Page, selector: string): Promise<string[]> {
  const found: string[] = [];
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const v of await axeViolations(page, { include: selector })) found.push(`${width}px ${colorScheme} ${v}`);
    }
  }
  return found;
}

/** The page does not scroll sideways (320 px and 200 % zoom checks). */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
