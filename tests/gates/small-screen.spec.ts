import { expect, test } from '@playwright/test';
import { typeSample } from './pages';

test.use({ viewport: { width: 320, height: 640 } });

for (const page of typeSample.filter((p) => p.path !== '/')) {
  test(`fits 320 px without sideways scrolling: ${page.path}`, async ({ page: tab }) => {
    await tab.goto(page.path);
    const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${page.path} is ${overflow}px wider than the screen`).toBeLessThanOrEqual(0);
  });
}
