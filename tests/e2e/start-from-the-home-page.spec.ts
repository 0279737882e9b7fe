import { expect, test } from '@playwright/test';
import { courseOrder } from './lib/course';

for (const [lang, start, lookUp, popular] of [
  ['en', 'Start with lesson 1', 'Look up a port', 'Most looked-up ports'],
  ['ko', '1강부터 시작하기', '포트 찾아보기', '많이 찾는 포트'],
] as const) {
  const course = courseOrder(lang);
  const lessonHref = (slug: string | undefined) => `/${lang}/lessons/${slug}/`;
  test(`the ${lang} home page leads into lesson 1, the popular ports and the port lookup`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    await expect(page.getByRole('link', { name: new RegExp(start) })).toHaveAttribute('href', lessonHref(course[0]));
    const doors = page.getByRole('region', { name: popular }).getByRole('link');
    expect(await doors.count()).toBeGreaterThanOrEqual(6);
    await expect(doors.filter({ hasText: '443' })).toHaveAttribute('href', `/${lang}/ports/443/`);
    await expect(page.locator('main ol > li')).toHaveCount(course.length);
    await page.getByRole('searchbox', { name: lookUp }).fill('443');
    await page.getByRole('searchbox', { name: lookUp }).press('Enter');
    await expect(page).toHaveURL(`/${lang}/search/?q=443`);
  });

  test.describe(() => {
    test.use({ javaScriptEnabled: false });
    test(`the ${lang} home page port lookup works without JavaScript`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      await page.getByRole('searchbox', { name: lookUp }).fill('ssh');
      await page.getByRole('searchbox', { name: lookUp }).press('Enter');
      await expect(page).toHaveURL(`/${lang}/search/?q=ssh`);
    });
  });

  test(`the ${lang} lessons index lists every lesson in order with minutes and objectives`, async ({ page }) => {
    await page.goto(`/${lang}/lessons/`);
    const items = page.locator('main ol > li');
    await expect(items).toHaveCount(course.length);
    await expect(items.first().getByRole('link')).toHaveAttribute('href', lessonHref(course[0]));
    await expect(items.last().getByRole('link')).toHaveAttribute('href', lessonHref(course.at(-1)));
    for (const item of await items.all()) {
      await expect(item).toContainText(lang === 'en' ? 'min' : '분');
      expect(await item.locator('ul > li').count()).toBeGreaterThanOrEqual(2);
    }
  });

  test(`${lang} lessons link forward and back, and link port numbers to port pages`, async ({ page }) => {
    await page.goto(`/${lang}/lessons/port-ranges/`);
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', lessonHref(course[course.indexOf('port-ranges') - 1]));
    await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', lessonHref(course[course.indexOf('port-ranges') + 1]));
    const portLinks = page.locator('main .port-link');
    expect(await portLinks.count()).toBeGreaterThan(0);
    await expect(portLinks.first()).toHaveAttribute('href', new RegExp(`^/${lang}/ports/\\d+/$`));
    await expect(page.locator('main figure img').first()).toHaveAttribute('src', new RegExp(`\\.${lang}\\.svg$`));
  });
}

test('pages name a PNG tab icon: Chromium fetches the icon again after each history.replaceState, and an SVG one costs a whole SVG document each time', async ({
  page,
  request,
}) => {
  for (const path of ['/en/', '/ko/lessons/nat-and-port-forwarding/', '/en/ports/443/']) {
    await page.goto(path);
    const href = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(href, path).toMatch(/\.png$/);
    const icon = await request.get(href!);
    expect(icon.ok()).toBe(true);
    expect([...(await icon.body()).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  }
});
