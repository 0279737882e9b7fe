import { expect, test } from '@playwright/test';

/**
 * Measures, in the browser, the smallest figure text as displayed: each figure's SVG is parsed and
 * laid out off-screen so its <text> sizes resolve, then scaled by the width the <img> is shown at.
 */
async function smallestDisplayedText(page: import('@playwright/test').Page): Promise<{ src: string; px: number }[]> {
  return page.locator('main figure img').evaluateAll(async (imgs) => {
    const results: { src: string; px: number }[] = [];
    for (const img of imgs as HTMLImageElement[]) {
      const source = await (await fetch(img.currentSrc || img.src)).text();
      const svg = new DOMParser().parseFromString(source, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
      const holder = document.createElement('div');
      holder.setAttribute('aria-hidden', 'true');
      holder.append(document.importNode(svg, true));
      document.body.append(holder);
      const laidOut = holder.querySelector('svg') as SVGSVGElement;
      const boxWidth = laidOut.viewBox.baseVal.width;
      const sizes = [...laidOut.querySelectorAll('text, tspan')].map((t) => parseFloat(getComputedStyle(t).fontSize));
      holder.remove();
      const scale = img.getBoundingClientRect().width / boxWidth;
      results.push({ src: img.src, px: Math.min(...sizes) * scale });
    }
    return results;
  });
}

for (const lang of ['en', 'ko']) {
  for (const slug of ['what-is-a-port', 'nat-and-port-forwarding', 'finding-and-freeing-a-port']) {
    test(`${lang} ${slug}: figure text is at least 12 px on a 375 px phone`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto(`/${lang}/lessons/${slug}/`);
      const measured = await smallestDisplayedText(page);
      expect(measured.length).toBeGreaterThan(0);
      for (const m of measured) expect(m.px, m.src).toBeGreaterThanOrEqual(12);
      // A wide figure pans inside a focusable, named region instead of widening the page.
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(pageWidth).toBeLessThanOrEqual(375);
      const pan = page.locator('main figure').getByRole('region').first();
      await expect(pan).toHaveAttribute('tabindex', '0');
      await expect(pan).toHaveAttribute('aria-label', /.+/);
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
  expect(await filter()).toContain('invert');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => {
    localStorage.clear();
  });
  await page.reload();
  expect(await filter()).toContain('invert');
});
