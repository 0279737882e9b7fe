import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { markRepeatedRows, rowsAlwaysChecked, sampledOutAttribute } from './lib/axe-parts';
import { axeViolations, colourRules, horizontalOverflow, watchPage } from './lib/browser';

/** Serves a fixture file at a made-up origin so the watchers see a real page load. */
async function openFixture(tab: import('@playwright/test').Page, name: string, origin = 'http://fixture.test') {
  await tab.route(`${origin}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: readFileSync(`tests/fixtures/${name}`, 'utf8') }),
  );
  const watch = await watchPage(tab, origin);
  await tab.goto(`${origin}/${name}`);
  await tab.waitForLoadState('load');
  return watch;
}

test('the CSP watcher catches an inline script the policy blocks', async ({ page }) => {
  const watch = await openFixture(page, 'inline-script.html');
  await expect.poll(() => watch.cspViolations.length).toBeGreaterThan(0);
  expect(await page.title()).not.toBe('ran');
});

test('the origin watcher catches a request to another origin', async ({ page }) => {
  await page.route('https://fonts.third-party.test/**', (route) => route.abort());
  const watch = await openFixture(page, 'third-party.html');
  expect(watch.foreignRequests).toContain('https://fonts.third-party.test/logo.png');
});

test('the axe gate catches an image without alt text', async ({ page }) => {
  await openFixture(page, 'bad-site/index.html');
  const violations = await axeViolations(page);
  expect(violations.some((v) => v.startsWith('image-alt'))).toBe(true);
});

test('the dark-scheme colour check catches text readable only in the light scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openFixture(page, 'dark-only-contrast.html');
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await axeViolations(page, {}, colourRules);
  expect(dark.some((v) => v.startsWith('color-contrast'))).toBe(true);
});

test('the axe gate, skipping repeated table rows, still checks a row of another kind deep in a long table', async ({ page }) => {
  await openFixture(page, 'long-table-odd-row.html');
  const marked = await page.evaluate(markRepeatedRows, [sampledOutAttribute, rowsAlwaysChecked] as [string, number]);
  // 300 rows: the first 20 and the one odd row are checked, the other 279 are repeats.
  expect(marked).toBe(279);
  const violations = await axeViolations(page, { exclude: `[${sampledOutAttribute}]` });
  expect(violations.filter((v) => v.startsWith('color-contrast'))).toHaveLength(1);
});

test('the 320 px check catches a page wider than the screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openFixture(page, 'too-wide.html');
  expect(await horizontalOverflow(page)).toBeGreaterThan(0);
  await page.setViewportSize({ width: 800, height: 640 });
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});
