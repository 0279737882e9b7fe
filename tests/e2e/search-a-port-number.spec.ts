import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../gates/lib/browser';

/** Opens search from the header button and waits for the dialog's search box. */
async function openSearch(page: Page, lang: 'en' | 'ko' = 'en') {
  await page
    .getByRole('button', { name: lang === 'en' ? 'Search' : '검색', exact: false })
    .first()
    .click();
  const name = lang === 'en' ? 'Search ports and lessons' : '포트와 강의 검색';
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('searchbox', { name });
  await expect(input).toBeFocused();
  return { dialog, input };
}

const quick = (page: Page) => page.locator('.pa-quick');

test('search code loads only when the reader opens search', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/en/ports/443/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.includes('pagefind') || p.endsWith('search.json') || p.includes('/_astro/ui-'))).toEqual([]);
  await openSearch(page);
  expect(requested.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('the / and Ctrl+K shortcuts open search, Escape closes it and gives focus back', async ({ page }) => {
  await page.goto('/en/lessons/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search ports and lessons' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
});

// The tables of instant answers (numbers, names, malformed input) are unit tests over the built
// search files (tests/dist/search-answers.test.ts); here, one test per behaviour of the dialog.
test('a number comes first; a number without a page leads to its range and block', async ({ page }) => {
  await page.goto('/en/');
  const { input } = await openSearch(page);
  await input.fill('443');
  const first = quick(page).getByRole('link').first();
  await expect(first).toHaveAttribute('href', '/en/ports/443/');
  await expect(first).toContainText('Port 443: HTTPS');
  await input.fill('65535');
  await expect(quick(page)).toContainText('Port 65535 has no page of its own');
  await expect(quick(page).getByRole('link', { name: /Dynamic and\/or Private Ports/ })).toBeVisible();
  await expect(quick(page).getByRole('link', { name: /Ports 65280–65535/ })).toHaveAttribute(
    'href',
    '/en/ports/blocks/65280-65535/#p-65535',
  );
});

test('Enter on a number goes straight to its page', async ({ page }) => {
  await page.goto('/ko/');
  const { input } = await openSearch(page, 'ko');
  await input.fill('5432');
  await expect(quick(page).getByRole('link').first()).toContainText('5432번 포트: PostgreSQL');
  await input.press('Enter');
  await expect(page).toHaveURL(/\/ko\/ports\/5432\/$/);
});

test('a service name comes first, and full-text results follow it', async ({ page }) => {
  await page.goto('/en/');
  const { input } = await openSearch(page);
  await input.fill('postgres');
  await expect(quick(page).getByRole('link').first()).toHaveAttribute('href', '/en/ports/5432/');
  await expect(page.locator('#pa-search-results a').first()).toBeVisible();
});

for (const [query, lesson] of [
  ['포트 포워딩', '/ko/lessons/nat-and-port-forwarding/'],
  ['잘 알려진 포트', '/ko/lessons/port-ranges/'],
] as const) {
  test(`Korean queries find Korean lessons: ${query}`, async ({ page }) => {
    await page.goto('/ko/');
    const { input } = await openSearch(page, 'ko');
    await input.fill(query);
    const firstResult = page.locator('#pa-search-results a').first();
    await expect(firstResult).toHaveAttribute('href', lesson);
    await expect(firstResult).toContainText('강:');
  });
}

test('results say what they are: ports and lessons', async ({ page }) => {
  await page.goto('/en/');
  const { input } = await openSearch(page);
  await input.fill('ephemeral');
  const results = page.locator('#pa-search-results');
  await expect(results.getByRole('link', { name: /^Lesson 2: Port ranges/ }).first()).toBeVisible();
  await input.fill('BlueKeep');
  await expect(results.getByRole('link', { name: /^Port 3389/ }).first()).toBeVisible();
});

test('a malformed number gets a clear message in place of answers', async ({ page }) => {
  await page.goto('/en/');
  const { input } = await openSearch(page);
  await input.fill('70000');
  await expect(quick(page).locator('.pa-problem')).toContainText('The highest port number is 65535');
  await expect(quick(page).getByRole('link')).toHaveCount(0);
});

test('strange queries never break the search or run as code', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto('/en/');
  const { dialog, input } = await openSearch(page);
  for (const query of ['', '   ', '<img src=x onerror=alert(1)>', '🔌🚪', 'x'.repeat(10_000)]) {
    await input.fill(query);
    await page.waitForTimeout(150);
    await expect(dialog).toBeVisible();
    await expect(input).toBeEditable();
  }
  expect((await input.inputValue()).length).toBeLessThanOrEqual(200);
  await input.fill('   ');
  await expect(quick(page)).toContainText('Type a port number');
  await input.fill('<img src=x onerror=alert(1)>');
  await page.waitForTimeout(500);
  await expect(dialog.locator('img[src="x"]')).toHaveCount(0);
  await input.fill('443');
  await expect(quick(page).getByRole('link').first()).toHaveAttribute('href', '/en/ports/443/');
  expect(errors).toEqual([]);
});

test('the Korean search speaks Korean and answers a number without a page', async ({ page }) => {
  await page.goto('/ko/lessons/');
  const { input } = await openSearch(page, 'ko');
  await input.fill('31000');
  await expect(quick(page)).toContainText('31000번 포트는 전용 페이지가 없습니다');
  await expect(quick(page).getByRole('link', { name: /30976–31231/ })).toHaveAttribute('href', '/ko/ports/blocks/30976-31231/#p-31000');
  await input.fill('-1');
  await expect(quick(page)).toContainText('포트 번호는 0부터 시작');
});

test('port pages carry search filters and metadata', async ({ page }) => {
  await page.goto('/en/');
  const { filters, meta } = await page.evaluate(async () => {
    const bundle = '/pagefind/pagefind.js';
    const pagefind = (await import(bundle)) as {
      init(): Promise<void>;
      filters(): Promise<Record<string, Record<string, number>>>;
      search(q: string): Promise<{ results: { data(): Promise<{ url: string; meta: Record<string, string> }> }[] }>;
    };
    await pagefind.init();
    const found = await pagefind.search('BlueKeep');
    const data = await Promise.all(found.results.map((r) => r.data()));
    return { filters: await pagefind.filters(), meta: data.find((d) => d.url === '/en/ports/3389/')?.meta };
  });
  expect(Object.keys(filters)).toEqual(expect.arrayContaining(['range', 'protocol', 'category', 'use', 'type']));
  expect(Object.keys(filters.range ?? {})).toEqual(expect.arrayContaining(['System Ports', 'User Ports', 'Dynamic and/or Private Ports']));
  expect(Object.keys(filters.protocol ?? {})).toEqual(expect.arrayContaining(['TCP', 'UDP', 'SCTP', 'DCCP']));
  expect(meta).toMatchObject({ port: '3389', range: 'User Ports', service: 'ms-wbt-server' });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of ['en', 'ko'] as const) {
    test(`the ${lang} search entry explains how to find a port by number`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      await page.getByRole('link', { name: lang === 'en' ? 'Search' : '검색', exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/search/$`));
      await expect(page.getByText(lang === 'en' ? 'Search needs JavaScript' : '검색 기능은 자바스크립트가')).toBeVisible();
      await page.getByRole('link', { name: lang === 'en' ? /User Ports/ : /사용자 포트/ }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/ports/ranges/user/$`));
    });
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the open search dialog passes axe (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/ko/');
    const { input } = await openSearch(page, 'ko');
    await input.fill('ssh');
    await expect(page.locator('#pa-search-results a').first()).toBeVisible();
    const violations = await axeViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
  });
}

test('search works from the keyboard alone: Tab reaches the answers, Enter follows them', async ({ page }) => {
  await page.goto('/en/lessons/');
  await page.keyboard.press('Control+k');
  const input = page.getByRole('searchbox', { name: 'Search ports and lessons' });
  await expect(input).toBeFocused();
  await page.keyboard.type('ssh');
  const direct = page.locator('.pa-quick a').first();
  await expect(direct).toHaveAttribute('href', '/en/ports/22/');
  await expect(page.locator('#pa-search-results a').first()).toBeVisible();
  let reached = false;
  for (let i = 0; i < 4 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await direct.evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => document.activeElement?.closest('#pa-search-results, .pa-quick') !== null);
  expect(next).toBe(true);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/ports\/22\/$/);
});
