import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeParts } from './lib/axe-parts';
import { axeViolations, colourRules, watchPage } from './lib/browser';
import { typeSample } from './pages';

/** A desktop and a phone: layouts differ (menus, tables), so axe sees different pages. */
const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 740 },
] as const;

// One test per page, width and part: the page loads once, axe checks it in the light scheme, then
// the colour rules again in the dark one (markup, names and roles do not change with the scheme).
// Only pages with long tables come in parts; on a 2-core machine at load 16 a part takes up to
// ~25 s, and this timeout leaves room for more.
test.describe.configure({ timeout: 120_000 });

for (const viewport of viewports) {
  test.describe(`${viewport.width} px`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });
    for (const page of typeSample) {
      const parts = axeParts(readFileSync(page.file, 'utf8'));
      for (const part of parts) {
        const title = `CSP, console, origins and axe at ${viewport.width} px, light and dark${parts.length > 1 ? `, ${part.label}` : ''}: ${page.path}`;
        test(title, async ({ page: tab, baseURL }) => {
          const origin = new URL(baseURL ?? '').origin;
          const watch = await watchPage(tab, origin);
          await tab.emulateMedia({ colorScheme: 'light' });
          const response = await tab.goto(page.path, { waitUntil: 'load' });
          expect(response?.status(), `${page.path} status`).toBeLessThan(400);
          // The root sends scripted readers on to their language; check where they land.
          if (page.path === '/') await tab.waitForURL(/\/(en|ko)\/$/);
          await tab.waitForLoadState('networkidle');
          const light = await axeViolations(tab, part);
          expect(light, `${page.path} (light, ${part.label})\n${light.join('\n')}`).toEqual([]);
          await tab.emulateMedia({ colorScheme: 'dark' });
          expect(await tab.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
          const dark = await axeViolations(tab, part, colourRules);
          expect(dark, `${page.path} (dark, ${part.label})\n${dark.join('\n')}`).toEqual([]);
          expect(watch.cspViolations, `${page.path}: CSP violations`).toEqual([]);
          expect(watch.consoleErrors, `${page.path}: console errors`).toEqual([]);
          expect(watch.foreignRequests, `${page.path}: requests to other origins`).toEqual([]);
        });
      }
    }
  });
}
