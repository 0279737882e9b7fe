import { expect, test } from '@playwright/test';
import { typeSample } from './pages';
import { dictionaries } from '../../src/i18n';
import { locales } from '../../src/lib/locales';

test.use({ javaScriptEnabled: false });

// One context, one tab, every sampled page in turn: the checks are cheap, a new context per page is not.
test(`every type of page is readable and navigable without JavaScript (${typeSample.length} pages)`, async ({ page: tab }) => {
  test.setTimeout(180_000);
  for (const page of typeSample) {
    await test.step(page.path, async () => {
      await tab.goto(page.path, { waitUntil: 'load' });
      const main = tab.locator('main');
      await expect(main).toBeVisible();
      for (const table of await tab.locator('main table').all()) await expect(table).toBeVisible();
      await expect(tab.locator('.needs-js:visible')).toHaveCount(0);
      if (page.lang) {
        const t = dictionaries[page.lang];
        await expect(tab.getByRole('heading', { level: 1 })).toHaveCount(1);
        const nav = tab.getByRole('navigation', { name: t['nav.label'] });
        await expect(nav).toBeVisible();
        expect(await nav.getByRole('link').count()).toBeGreaterThanOrEqual(2);
        // Search without JavaScript is a plain link to the search page, beside the navigation.
        const search = tab.getByRole('banner').getByRole('link', { name: t['nav.search'] });
        await expect(search).toBeVisible();
        await expect(search).toHaveAttribute('href', /\/search\/$/);
      } else if (page.path === '/') {
        // The root redirects scripted readers; without a script it offers each language by link.
        for (const lang of locales) await expect(main.locator(`a[href$="/${lang}/"]`)).toBeVisible();
      } else {
        // The 404 page: in every language, what happened and the ways on.
        for (const lang of locales) {
          const t = dictionaries[lang];
          await expect(main.getByText(t['notFound.title'], { exact: true })).toBeVisible();
          await expect(main.getByRole('link', { name: t['notFound.home'] })).toHaveAttribute('href', new RegExp(`/${lang}/$`));
          await expect(main.getByRole('link', { name: t['notFound.lessons'] })).toHaveAttribute('href', new RegExp(`/${lang}/lessons/$`));
        }
      }
    });
  }
});
