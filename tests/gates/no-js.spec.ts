import { expect, test } from '@playwright/test';
import { typeSample } from './pages';
import { dictionaries } from '../../src/i18n';

test.use({ javaScriptEnabled: false });

for (const page of typeSample) {
  test(`readable without JavaScript: ${page.path}`, async ({ page: tab }) => {
    await tab.goto(page.path);
    const main = tab.locator('main');
    await expect(main).toBeVisible();
    expect((await main.innerText()).trim().length, 'main has text').toBeGreaterThan(20);
    for (const table of await tab.locator('main table').all()) await expect(table).toBeVisible();
    if (page.lang) {
      const nav = tab.getByRole('navigation', { name: dictionaries[page.lang]['nav.label'] });
      await expect(nav).toBeVisible();
      expect(await nav.getByRole('link').count()).toBeGreaterThanOrEqual(2);
      // Search without JavaScript is a plain link to the search page, beside the navigation.
      const search = tab.getByRole('banner').getByRole('link', { name: dictionaries[page.lang]['nav.search'] });
      await expect(search).toBeVisible();
      await expect(search).toHaveAttribute('href', /\/search\/$/);
    }
    await expect(tab.locator('.needs-js:visible')).toHaveCount(0);
  });
}
