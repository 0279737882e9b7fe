import { expect, test } from '@playwright/test';
import { axeEverywhere, expectNoSidewaysScroll, tabTo, upgraded } from './lib/interactives';

const cases = [
  {
    lang: 'en',
    map: 'Port map',
    said444: /^Port 444, assigned, in the System Ports \(0–1023\)/,
    said700: /^Port 700/,
    field: 'Go to port',
    none: 'None',
    linux: 'Linux ephemeral ports (32768–60999)',
  },
  {
    lang: 'ko',
    map: '포트 지도',
    said444: /^444번 포트, 할당됨, 시스템 포트\(0–1023\)/,
    said700: /^700번 포트/,
    field: '포트로 가기',
    none: '없음',
    linux: '리눅스 임시 포트(32768–60999)',
  },
] as const;

for (const c of cases) {
  test(`${c.lang}: the map is driven by keyboard alone, announced, and kept in the address`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/${c.lang}/ports/map/`);
    const box = page.locator('pa-port-map');
    const field = box.getByLabel(c.field);
    await tabTo(page, field);
    await upgraded(page, 'pa-port-map');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('443');
    await page.keyboard.press('Enter');
    const slider = box.getByRole('slider', { name: c.map });
    await expect(slider).toHaveAttribute('aria-valuenow', '443');
    await tabTo(page, slider);
    await page.keyboard.press('ArrowRight');
    const live = box.getByRole('status');
    await expect(live).toHaveText(c.said444);
    await page.keyboard.press('PageDown');
    await expect(live).toHaveText(c.said700);
    await expect(page).toHaveURL(/\?port=700$/);
    await expect(box.locator('[data-zoom] [aria-current]')).toContainText('700');
    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuenow', '65535');
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuenow', '0');

    // The overlay radios are one tab stop before the map; arrow keys pick within the group.
    await tabTo(page, box.getByRole('radio', { name: c.none }), 'Shift+Tab');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await expect(box.getByRole('radio', { name: c.linux })).toBeChecked();
    await expect(page).toHaveURL(/overlay=linux/);

    // Enter opens the selected port's page.
    await tabTo(page, slider);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${c.lang}/ports/1/$`));
  });

  test(`${c.lang}: the zoomed view lists all 256 numbers of the block, by keyboard scrolling too`, async ({ page }) => {
    await page.goto(`/${c.lang}/ports/map/?port=700`);
    await upgraded(page, 'pa-port-map');
    const zoom = page.locator('pa-port-map [data-zoom]');
    await expect(zoom.locator('[aria-current]')).toContainText('700');
    await expect(zoom.locator('[aria-current]')).toHaveAttribute('aria-posinset', '189');
    // The list keeps only the rows near the view in the page; its height is still that of 256 rows.
    const { rows, height, scroll } = await zoom.evaluate((ol) => ({
      rows: ol.children.length,
      height: ol.children[0]!.getBoundingClientRect().height,
      scroll: ol.scrollHeight,
    }));
    expect(rows).toBeLessThan(256);
    expect(Math.abs(scroll - 256 * height)).toBeLessThan(height);
    // Each key starts a smooth scroll; the next key waits until the list has stopped at its end.
    const scrolledTo = (end: 'top' | 'bottom') =>
      expect
        .poll(() =>
          zoom.evaluate((ol, e) => Math.round(e === 'top' ? ol.scrollTop : ol.scrollHeight - ol.clientHeight - ol.scrollTop), end),
        )
        .toBe(0);
    await tabTo(page, zoom);
    await page.keyboard.press('End');
    await scrolledTo('bottom');
    const last = zoom.locator('li[aria-posinset="256"]');
    await expect(last).toHaveText(/^767\b/);
    await expect(last).toBeInViewport();
    await page.keyboard.press('Home');
    await scrolledTo('top');
    const first = zoom.locator('li[aria-posinset="1"]');
    await expect(first).toHaveText(/^512\b/);
    await expect(first).toBeInViewport();
    await expect(zoom.locator('li[aria-setsize="256"]').first()).toBeVisible();
  });

  test(`${c.lang}: a copied address restores the port and the overlay, also after switching language`, async ({ page }) => {
    await page.goto(`/${c.lang}/ports/map/?port=32768&overlay=linux`);
    const box = page.locator('pa-port-map');
    await box.scrollIntoViewIfNeeded();
    await upgraded(page, 'pa-port-map');
    await expect(box.getByRole('slider')).toHaveAttribute('aria-valuenow', '32768');
    await expect(box.getByRole('radio', { name: c.linux })).toBeChecked();
    await page.locator('a[data-pa="lang"]').click();
    await expect(page).toHaveURL(/\?port=32768&overlay=linux$/);
  });
}

test('hostile and impossible values fall back with a note; nothing is injected', async ({ page }) => {
  for (const query of [
    '?port=70000',
    '?port=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '?port=-3',
    `?port=${'7'.repeat(10_000)}`,
    '?overlay=%3Cimg%20src%3Dx%3E',
  ]) {
    await page.goto(`/en/ports/map/${query}`);
    const box = page.locator('pa-port-map');
    await box.scrollIntoViewIfNeeded();
    await upgraded(page, 'pa-port-map');
    await expect(box.locator('[data-note]')).toBeVisible();
    await expect(box.getByRole('slider')).toHaveAttribute('aria-valuenow', '80');
    expect(await box.locator('img').count()).toBe(1);
  }
});

test('the map passes axe at 375 and 1280 px in light and dark, fits 320 px, and is embedded in the port-ranges lesson', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('/en/ports/map/?port=443&overlay=ranges');
  await page.locator('pa-port-map').scrollIntoViewIfNeeded();
  await upgraded(page, 'pa-port-map');
  await expect(page.locator('[data-zoom] li').first()).toBeVisible();
  expect(await axeEverywhere(page, 'pa-port-map')).toEqual([]);
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoSidewaysScroll(page);
  await page.goto('/ko/lessons/port-ranges/');
  await expect(page.locator('pa-port-map img')).toBeVisible();
  await expect(page.locator('pa-port-map').getByRole('link', { name: '포트 65,536개 전체 지도 열기' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the map is a picture built from the registry, with its legend and links to ranges and blocks', async ({ page }) => {
    await page.goto('/en/ports/map/');
    const box = page.locator('pa-port-map');
    const img = box.getByRole('img');
    await expect(img).toBeVisible();
    expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(256);
    await expect(box.getByRole('list', { name: 'Colours' }).getByRole('listitem')).toHaveCount(4);
    await expect(box.getByRole('link', { name: 'User Ports' })).toHaveAttribute('href', '/en/ports/ranges/user/');
    await box.getByText('Every block of 256 numbers').click();
    await expect(box.getByRole('link', { name: '49152–49407' })).toBeVisible();
    await expect(box.getByRole('slider')).toBeHidden();
  });
});
