import { expect, test } from '@playwright/test';
import { expectWholeTokens } from './lib/lines';

test.use({ viewport: { width: 375, height: 812 } });

for (const lang of ['en', 'ko']) {
  test(`${lang}: lesson tables scroll in focusable, named regions at 375 px (axe: the browser gate)`, async ({ page }) => {
    await page.goto(`/${lang}/lessons/nat-and-port-forwarding/`);
    // Visible ones: the walkthrough's other steps (and their tables) are hidden until reached.
    const regions = page.locator('main section.table-wrap:visible');
    expect(await regions.count()).toBeGreaterThan(1);
    for (const region of await regions.all()) {
      await expect(region).toHaveAttribute('tabindex', '0');
      await expect(region).toHaveRole('region');
      await expect(region).toHaveAccessibleName(/.+/);
    }
  });

  test(`${lang}: addresses and ports in tables never break across lines`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(`/${lang}/lessons/nat-and-port-forwarding/`);
    await expectWholeTokens(page, 'main td', ['10.0.0.0/8', '192.168.0.2:51234', '203.0.113.7:40001', '192.168.0.2']);
    // Port ranges: a line may break after an en dash, so "1024–49151" could read as two numbers.
    await page.goto(`/${lang}/lessons/port-ranges/`);
    await expectWholeTokens(page, 'main td', ['1024–49151', '49152–65535', '32768–60999']);
    // The walkthrough's translation table, at the step where it holds both rows, struck out.
    await page.goto(`/${lang}/lessons/nat-and-port-forwarding/?step=8`);
    await page.locator('pa-nat-walkthrough').scrollIntoViewIfNeeded();
    await expect(page.locator('pa-nat-walkthrough [data-current]')).toContainText('203.0.113.7:40002');
    await expectWholeTokens(page, 'pa-nat-walkthrough [data-current] td', ['192.168.0.3:51234', '203.0.113.7:40002', '198.51.100.20:443']);
  });
}

test('Korean table headers keep whole words', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/ko/lessons/nat-and-port-forwarding/');
  const header = page.locator('main th').filter({ hasText: '프로토콜' }).first();
  const height = await header.evaluate((th) => {
    const range = document.createRange();
    range.selectNodeContents(th);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
  expect(height).toBe(1);
});
