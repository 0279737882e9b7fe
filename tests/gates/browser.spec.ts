import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { markRepeatedRows, rowsAlwaysChecked, sampledOutAttribute } from './lib/axe-parts';
import { axeViolations, colourRules, horizontalOverflow, watchPage } from './lib/browser';
import { alwaysInclude, typeSample } from './pages';

/** A desktop and a phone: layouts differ (menus, tables), so axe sees different pages. */
const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 740 },
] as const;

/** The narrowest screen the site promises to fit without sideways scrolling. */
const narrowest = 320;

// One test per page and width, one visit: axe in the light scheme, the colour rules again in the
// dark one (markup, names and roles do not change with the scheme), CSP, console and origins, and at
// phone width the 320 px overflow check.
test.describe.configure({ timeout: 120_000 });

/**
 * Lessons differ in prose and figures per language, and the pages readers meet most (alwaysInclude:
 * the glossary, /teach/, the map, one port page of each kind) have their own text: each is checked
 * at both widths. The other pages come from one template per type, so each type is checked in
 * English on the desktop and in Korean on the phone (longer words and the Hangul font are where a
 * narrow screen breaks first); pages outside a language (the root, the 404 page) at both.
 */
function checkedAt(page: (typeof typeSample)[number], viewport: (typeof viewports)[number]): boolean {
  if (page.type === '/{lang}/lessons/{slug}/' || !page.lang || alwaysInclude.includes(page.path)) return true;
  return viewport.name === 'desktop' ? page.lang === 'en' : page.lang === 'ko';
}

for (const viewport of viewports) {
  test.describe(`${viewport.width} px`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });
    for (const page of typeSample.filter((p) => checkedAt(p, viewport))) {
      // A page with a diagram loads its module once the diagram nears the viewport: wait for it.
      const loadsLater = /<pa-[a-z-]+[\s>]/.test(readFileSync(page.file, 'utf8'));
      const also = viewport.name === 'phone' ? `, ${narrowest} px` : '';
      test(`axe light and dark, CSP, console, origins${also} at ${viewport.width} px: ${page.path}`, async ({ page: tab, baseURL }) => {
        const origin = new URL(baseURL ?? '').origin;
        const watch = await watchPage(tab, origin);
        await tab.emulateMedia({ colorScheme: 'light' });
        const response = await tab.goto(page.path, { waitUntil: 'load' });
        expect(response?.status(), `${page.path} status`).toBeLessThan(400);
        // The root sends scripted readers on to their language; check where they land.
        if (page.path === '/') await tab.waitForURL(/\/(en|ko)\/$/);
        if (loadsLater) await tab.waitForLoadState('networkidle');
        await tab.evaluate(markRepeatedRows, [sampledOutAttribute, rowsAlwaysChecked] as [string, number]);
        const skip = { exclude: `[${sampledOutAttribute}]` };
        await test.step('axe, light', async () => {
          const light = await axeViolations(tab, skip);
          expect(light, `${page.path} (light)\n${light.join('\n')}`).toEqual([]);
        });
        await test.step('axe colour rules, dark', async () => {
          await tab.emulateMedia({ colorScheme: 'dark' });
          const dark = await axeViolations(tab, skip, colourRules);
          expect(dark, `${page.path} (dark)\n${dark.join('\n')}`).toEqual([]);
        });
        await test.step('CSP, console, origins', () => {
          expect(watch.cspViolations, `${page.path}: CSP violations`).toEqual([]);
          expect(watch.consoleErrors, `${page.path}: console errors`).toEqual([]);
          expect(watch.foreignRequests, `${page.path}: requests to other origins`).toEqual([]);
        });
        if (viewport.name === 'phone') {
          await test.step(`fits ${narrowest} px`, async () => {
            await tab.setViewportSize({ width: narrowest, height: viewport.height });
            const overflow = await horizontalOverflow(tab);
            expect(overflow, `${page.path} is ${overflow}px wider than a ${narrowest} px screen`).toBeLessThanOrEqual(0);
          });
        }
      });
    }
  });
}
