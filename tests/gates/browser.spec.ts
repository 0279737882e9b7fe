import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeParts } from './lib/axe-parts';
import { axeViolations, watchPage } from './lib/browser';
import { typeSample } from './pages';

/** A desktop and a phone: layouts differ (menus, tables), so axe sees different pages. */
const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 740 },
] as const;

// One test per page, width, colour scheme and part keeps each axe run short; on a 2-core machine
// at load 16 a part takes up to ~25 s, and this timeout leaves room for more.
test.describe.configure({ timeout: 120_000 });

for (const viewport of viewports) {
  test.describe(`${viewport.width} px`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });
    for (const page of typeSample) {
      const parts = axeParts(readFileSync(page.file, 'utf8'));
      for (const scheme of ['light', 'dark'] as const) {
        for (const part of parts) {
          const title = `CSP, console, origins and axe at ${viewport.width} px, ${scheme}${parts.length > 1 ? `, ${part.label}` : ''}: ${page.path}`;
          test(title, async ({ page: tab, baseURL }) => {
            const origin = new URL(baseURL ?? '').origin;
            const watch = await watchPage(tab, origin);
            await tab.emulateMedia({ colorScheme: scheme });
            const response = await tab.goto(page.path, { waitUntil: 'load' });
            expect(response?.status(), `${page.path} status`).toBeLessThan(400);
            // The root sends scripted readers on to their language; check where they land.
            if (page.path === '/') await tab.waitForURL(/\/(en|ko)\/$/);
            await tab.waitForLoadState('networkidle');
            const violations = await axeViolations(tab, part);
            expect(violations, `${page.path} (${scheme}, ${part.label})\n${violations.join('\n')}`).toEqual([]);
            expect(watch.cspViolations, `${page.path}: CSP violations`).toEqual([]);
            expect(watch.consoleErrors, `${page.path}: console errors`).toEqual([]);
            expect(watch.foreignRequests, `${page.path}: requests to other origins`).toEqual([]);
          });
        }
      }
    }
  });
}
