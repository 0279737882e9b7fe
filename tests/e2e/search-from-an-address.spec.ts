import { expect, test } from '@playwright/test';

test.describe('a search address', () => {
  for (const lang of ['en', 'ko'] as const) {
    test(`/${lang}/search/?q=443 runs that search`, async ({ page }) => {
      await page.goto(`/${lang}/search/?q=443`);
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('searchbox')).toHaveValue('443');
      await expect(page.locator('.pa-quick a').first()).toHaveAttribute('href', `/${lang}/ports/443/`);
      await expect(page.locator('#pa-search-results a').first()).toBeVisible();
    });
  }

  test('the search page’s own box runs a search', async ({ page }) => {
    await page.goto('/en/search/');
    await page.getByRole('searchbox', { name: 'Search ports and lessons' }).fill('port forwarding');
    await page.getByRole('button', { name: 'Search', exact: true }).last().click();
    await expect(page).toHaveURL(/\/en\/search\/\?q=port\+forwarding$/);
    await expect(page.locator('#pa-search-results a').first()).toHaveAttribute('href', '/en/lessons/nat-and-port-forwarding/', {
      timeout: 15_000,
    });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of ['en', 'ko'] as const) {
    test(`the ${lang} search page links a real port page as its example`, async ({ page }) => {
      await page.goto(`/${lang}/search/?q=443`);
      await page.getByRole('link', { name: `/${lang}/ports/443/` }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/ports/443/$`));
      await expect(page.getByRole('heading', { level: 1 })).toContainText('443');
    });
  }
});

test.describe('addresses without a language', () => {
  test('go to the English page for an English reader', async ({ page }) => {
    await page.goto('/ports/443/');
    await expect(page).toHaveURL(/\/en\/ports\/443\/$/);
    await page.goto('/lessons/');
    await expect(page).toHaveURL(/\/en\/lessons\/$/);
  });

  test.describe('for a Korean reader', () => {
    test.use({ locale: 'ko-KR' });
    test('go to the Korean page, and a bare number to its port', async ({ page }) => {
      await page.goto('/ports/22/');
      await expect(page).toHaveURL(/\/ko\/ports\/22\/$/);
      await page.goto('/3389/');
      await expect(page).toHaveURL(/\/ko\/ports\/3389\/$/);
    });
  });
});

test.describe('the 404 page', () => {
  test('suggests the port a service name in the address stands for', async ({ page }) => {
    await page.goto('/en/ports/ssh/');
    const link = page.getByRole('link', { name: 'Did you mean port 22 (SSH)?' });
    await expect(link).toHaveAttribute('href', '/en/ports/22/');
    await page.goto('/ko/ports/postgres/');
    await expect(page.getByRole('link', { name: '5432번 포트(PostgreSQL)를 찾으셨나요?' })).toHaveAttribute('href', '/ko/ports/5432/');
  });

  test('has the site header, search and a way back, in the address’s language', async ({ page }) => {
    await page.goto('/ko/lessons/');
    await page.goto('/ko/no-such-page/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    const nav = page.getByRole('navigation', { name: '주 메뉴' });
    await expect(nav.getByRole('link', { name: '강의' })).toBeVisible();
    await expect(page.getByRole('link', { name: '처음 화면으로 가기' })).toHaveAttribute('href', '/ko/');
    await page.getByRole('button', { name: '이전 페이지로 돌아가기' }).click();
    await expect(page).toHaveURL(/\/ko\/lessons\/$/);
    await page.goto('/ko/no-such-page/');
    await page.getByRole('button', { name: '포트와 강의 검색하기' }).click();
    const input = page.getByRole('searchbox', { name: '포트와 강의 검색' });
    await expect(input).toBeFocused();
    await page.keyboard.type('443');
    await expect(page.locator('.pa-quick a').first()).toHaveAttribute('href', '/ko/ports/443/');
  });
});
