import { expect, test } from '@playwright/test';

for (const lang of ['en', 'ko']) {
  test(`${lang}: at 320 px the header is one row and search is one tap away`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`/${lang}/lessons/port-ranges/`);
    const header = page.locator('.site-header');
    const controls = header.locator('a:visible, button:visible');
    const tops = await controls.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => r.top + r.height / 2));
    expect(tops.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(4);
    expect((await header.boundingBox())?.height).toBeLessThan(64);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await header.getByRole('button', { name: lang === 'en' ? 'Search' : '검색' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
  });
}
