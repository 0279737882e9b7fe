import { expect, test } from '@playwright/test';
import { axeViolations, watchPage } from './lib/browser';
import { typeSample } from './pages';

for (const page of typeSample) {
  test(`CSP, console, origins and axe (light and dark): ${page.path}`, async ({ page: tab, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const watch = await watchPage(tab, origin);
    for (const scheme of ['light', 'dark'] as const) {
      await tab.emulateMedia({ colorScheme: scheme });
      const response = await tab.goto(page.path, { waitUntil: 'load' });
      expect(response?.status(), `${page.path} status`).toBeLessThan(400);
      // The root sends scripted readers on to their language; check where they land.
      if (page.path === '/') await tab.waitForURL(/\/(en|ko)\/$/);
      await tab.waitForLoadState('networkidle');
      const violations = await axeViolations(tab);
      expect(violations, `${page.path} (${scheme})\n${violations.join('\n')}`).toEqual([]);
    }
    expect(watch.cspViolations, `${page.path}: CSP violations`).toEqual([]);
    expect(watch.consoleErrors, `${page.path}: console errors`).toEqual([]);
    expect(watch.foreignRequests, `${page.path}: requests to other origins`).toEqual([]);
  });
}
