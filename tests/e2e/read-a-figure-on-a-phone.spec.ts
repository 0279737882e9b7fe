import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { courseOrder } from './lib/course';

/** One figure as a phone shows it: which file, its smallest text and whether it fits its frame. */
interface Shown {
  file: string;
  px: number;
  width: number;
  frame: number;
}

/**
 * Measures, in the browser, the smallest figure text as displayed: each figure's SVG (the one the
 * <picture> chose) is parsed and laid out off-screen so its <text> sizes resolve, then scaled by the
 * width the <img> is shown at. Lazy figures are scrolled to first so each has chosen its file.
 */
async function figuresAsShown(page: import('@playwright/test').Page): Promise<Shown[]> {
  for (const img of await page.locator('main figure img').all()) {
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.currentSrc !== '')).toBe(true);
  }
  return page.locator('main figure img').evaluateAll(async (imgs) => {
    const results: Shown[] = [];
    for (const img of imgs as HTMLImageElement[]) {
      const source = await (await fetch(img.currentSrc)).text();
      const svg = new DOMParser().parseFromString(source, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
      const holder = document.createElement('div');
      holder.setAttribute('aria-hidden', 'true');
      holder.append(document.importNode(svg, true));
      document.body.append(holder);
      const laidOut = holder.querySelector('svg') as SVGSVGElement;
      const boxWidth = laidOut.viewBox.baseVal.width;
      const sizes = [...laidOut.querySelectorAll('text, tspan')].map((t) => parseFloat(getComputedStyle(t).fontSize));
      holder.remove();
      const width = img.getBoundingClientRect().width;
      const frame = (img.closest('figure')?.querySelector('[tabindex]') as HTMLElement).clientWidth;
      results.push({ file: new URL(img.currentSrc).pathname, px: Math.min(...sizes) * (width / boxWidth), width, frame });
    }
    return results;
  });
}

for (const lang of ['en', 'ko'] as const) {
  for (const slug of courseOrder(lang)) {
    test(`${lang} ${slug}: figures are readable on a phone without panning`, async ({ page }) => {
      for (const phone of [375, 320]) {
        await page.setViewportSize({ width: phone, height: 812 });
        await page.goto(`/${lang}/lessons/${slug}/`);
        const shown = await figuresAsShown(page);
        expect(shown.length).toBeGreaterThan(0);
        for (const figure of shown) {
          expect(figure.px, `${figure.file} at ${phone} px`).toBeGreaterThanOrEqual(12);
          // A figure drawn narrow for phones is the one shown there, and fits its frame: no panning.
          const name = /\/figures\/([\w-]+)\./.exec(figure.file)?.[1];
          if (existsSync(`public/figures/${name}.narrow.${lang}.svg`)) {
            expect(figure.file, `at ${phone} px`).toMatch(/\.narrow\./);
            expect(figure.width, `${figure.file} at ${phone} px`).toBeLessThanOrEqual(figure.frame);
          }
        }
        // A wide figure pans inside a focusable, named region instead of widening the page (the
        // page's own width at 320 px is checked by the browser gate, for every lesson).
        const pan = page.locator('main figure').getByRole('region').first();
        await expect(pan).toHaveAttribute('tabindex', '0');
        await expect(pan).toHaveAttribute('aria-label', /.+/);
      }
    });
  }
}

test('every figure opens full size from its caption', async ({ page, request }) => {
  await page.goto('/ko/lessons/nat-and-port-forwarding/');
  const figures = page.locator('main figure');
  expect(await figures.count()).toBeGreaterThan(0);
  for (const figure of await figures.all()) {
    const src = await figure.locator('img').getAttribute('src');
    const link = figure.getByRole('link', { name: '그림을 원래 크기로 열기' });
    await expect(link).toHaveAttribute('href', src ?? '');
    expect((await request.get(src ?? '')).ok()).toBe(true);
  }
});

test('figures follow the dark theme, chosen by the reader or by the system', async ({ page }) => {
  await page.goto('/en/lessons/what-is-a-port/');
  const img = page.locator('main figure img').first();
  const filter = () => img.evaluate((el) => getComputedStyle(el).filter);
  expect(await filter()).toBe('none');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  // The theme button's module loads on that first click, so the change may come a moment later.
  await expect.poll(filter).toContain('invert');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => {
    localStorage.clear();
  });
  await page.reload();
  await expect.poll(filter).toContain('invert');
});
