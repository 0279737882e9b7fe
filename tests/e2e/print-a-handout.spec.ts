import { expect, test } from '@playwright/test';

for (const lang of ['en', 'ko'] as const) {
  test(`${lang}: a printed lesson hides the answers under the questions and ends with the answer key`, async ({ page, baseURL }) => {
    await page.goto(`/${lang}/lessons/port-ranges/`);
    const questions = page.locator('.quiz > li');
    const key = page.locator('.answer-key');
    await expect(key).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(key).toBeVisible();
    await expect(key.locator('ol > li')).toHaveCount(await questions.count());
    await expect(key).toHaveCSS('break-before', 'page');
    for (const q of await questions.all()) {
      await expect(q.locator('details')).toBeHidden();
      await expect(q).toHaveCSS('break-inside', 'avoid');
    }
    const head = page.locator('.handout-head');
    await expect(head).toBeVisible();
    await expect(head).toContainText(`${new URL(baseURL ?? '').protocol === 'http:' ? '' : ''}/${lang}/lessons/port-ranges/`);
    await expect(head.getByRole('img')).toBeVisible();
    expect(await head.getByRole('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(page.locator('.lesson-aside')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  });
}

test('the answer key gives each right option and the explanation', async ({ page }) => {
  await page.goto('/en/lessons/port-ranges/');
  await page.emulateMedia({ media: 'print' });
  const first = page.locator('.answer-key ol > li').first();
  await expect(first).toContainText('Answer: A. User Ports (registered).');
  await expect(first).toContainText('8080 lies between 1024 and 49151');
});

test('the print date is filled in when the reader prints, not before', async ({ page }) => {
  await page.goto('/ko/lessons/what-is-a-port/');
  await page.mouse.wheel(0, 200);
  // The first scroll loads the page's UI module; it leaves the date (and the date data it needs) for printing.
  await page.waitForFunction(() => 'paUi' in window);
  await page.waitForTimeout(200);
  await expect(page.locator('[data-print-date]')).toHaveText('');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('[data-print-date]')).toHaveText(/\d{4}/);
});

test('a port page prints with its address on at most two pages', async ({ page }) => {
  await page.goto('/en/ports/443/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout-head')).toContainText('/en/ports/443/');
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(2);
});
