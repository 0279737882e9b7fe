import { expect, test } from '@playwright/test';

/** One page of every type, in both languages. */
const pages = [
  '',
  'lessons/',
  'lessons/port-ranges/',
  'ports/',
  'ports/443/',
  'ports/ranges/user/',
  'ports/blocks/0-255/',
  'search/',
  'glossary/',
  'teach/',
];

for (const lang of ['en', 'ko'] as const) {
  for (const path of pages) {
    test(`${lang}/${path}: Open Graph tags are present and absolute, and the image exists`, async ({ page, request }) => {
      await page.goto(`/${lang}/${path}`);
      const meta = async (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content');
      expect(await meta('og:title')).toBeTruthy();
      expect(await meta('og:description')).toBeTruthy();
      expect(await meta('og:url')).toMatch(new RegExp(`^https?://[^/]+/${lang}/${path.replace(/\//g, '\\/')}$`));
      expect(await meta('og:locale')).toBe(lang === 'en' ? 'en_US' : 'ko_KR');
      expect(await meta('og:locale:alternate')).toBe(lang === 'en' ? 'ko_KR' : 'en_US');
      expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
      const image = await meta('og:image');
      expect(image).toMatch(/^https?:\/\/[^/]+\/.+\.png$/);
      const response = await request.get(new URL(image ?? '').pathname);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('image/png');
      const png = await response.body();
      expect(png.readUInt32BE(16)).toBe(1200);
      expect(png.readUInt32BE(20)).toBe(630);
    });
  }
}

test('each lesson has its own preview image per language', async ({ page }) => {
  const images = new Set<string>();
  for (const lang of ['en', 'ko']) {
    for (const slug of ['what-is-a-port', 'nat-and-port-forwarding']) {
      await page.goto(`/${lang}/lessons/${slug}/`);
      images.add((await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '');
    }
  }
  expect(images.size).toBe(4);
});
