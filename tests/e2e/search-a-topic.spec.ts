import { expect, test, type Page } from '@playwright/test';

const names = { en: 'Search ports and lessons', ko: '포트와 강의 검색' } as const;

/** Opens search with the / shortcut and returns its search box. */
async function openSearch(page: Page, lang: 'en' | 'ko') {
  await page.goto(`/${lang}/`);
  await page.keyboard.press('/');
  const input = page.getByRole('dialog', { name: names[lang] }).getByRole('searchbox', { name: names[lang] });
  await expect(input).toBeFocused();
  return input;
}

const results = (page: Page) => page.locator('#pa-search-results');

for (const [lang, query, href, section] of [
  ['en', 'port forwarding', '/en/lessons/nat-and-port-forwarding/', '#port-forwarding'],
  ['ko', '포트 포워딩', '/ko/lessons/nat-and-port-forwarding/', '#port-forwarding'],
  ['en', 'TIME-WAIT', '/en/lessons/finding-and-freeing-a-port/', '#still-busy'],
  ['ko', 'TIME-WAIT', '/ko/lessons/finding-and-freeing-a-port/', '#still-busy'],
] as const) {
  test(`a topic finds the lesson that teaches it, with its section: ${query} (${lang})`, async ({ page }) => {
    const input = await openSearch(page, lang);
    await input.fill(query);
    const first = results(page).locator('.pa-result').first();
    await expect(first.locator('.pa-result-link')).toHaveAttribute('href', href);
    await expect(first.locator(`.pa-sections a[href$="${section}"]`)).toBeVisible();
  });
}

for (const [lang, query, none] of [
  ['en', 'copy the link to this section', 'No lesson or port note mentions this.'],
  ['ko', '이 절의 링크 복사', '이 내용을 다루는 강의나 포트 설명이 없습니다.'],
] as const) {
  test(`the page's own controls are not searchable text (${lang})`, async ({ page }) => {
    const input = await openSearch(page, lang);
    await input.fill(query);
    await expect(page.locator('.pa-summary')).toHaveText(none);
  });
}

test('a query downloads the text of the results on screen only, and more on request', async ({ page }) => {
  const fragments: string[] = [];
  page.on('requestfinished', (r) => {
    if (r.url().endsWith('.pf_fragment')) fragments.push(r.url());
  });
  const input = await openSearch(page, 'en');
  await input.fill('port');
  const items = results(page).locator('.pa-result');
  const more = results(page).getByRole('button', { name: 'More results' });
  await expect(more).toBeVisible();
  const shown = await items.count();
  expect(shown).toBeGreaterThan(0);
  await expect.poll(() => fragments.length).toBe(shown);
  await more.click();
  await expect.poll(() => items.count()).toBeGreaterThan(shown);
  const all = await items.count();
  await expect.poll(() => fragments.length).toBe(all);
  await page.waitForTimeout(500);
  expect(fragments).toHaveLength(all);
});
