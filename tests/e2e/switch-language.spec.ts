import { expect, test } from '@playwright/test';

test('the language switcher keeps the page and the section', async ({ page }) => {
  await page.goto('/en/lessons/port-ranges/#ephemeral-ports');
  await page.getByRole('link', { name: 'Language: 한국어' }).click();
  await expect(page).toHaveURL(/\/ko\/lessons\/port-ranges\/#ephemeral-ports$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.getByRole('link', { name: '언어: English' }).click();
  await expect(page).toHaveURL(/\/en\/lessons\/port-ranges\/#ephemeral-ports$/);
});

test('each page names its language, its translation and its canonical address', async ({ page }) => {
  await page.goto('/ko/ports/443/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/ports\/443\/$/);
  await expect(page.locator('link[rel="alternate"][hreflang="ko"]')).toHaveAttribute('href', /\/ko\/ports\/443\/$/);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/ko\/ports\/443\/$/);
});

test.describe('the root', () => {
  test.use({ locale: 'ko-KR' });
  test('sends a Korean browser to /ko/', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/ko\/$/);
  });
});

test.describe('the root for others', () => {
  test.use({ locale: 'fr-FR' });
  test('sends other browsers to /en/, unless a language was chosen before', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
    await page.getByRole('link', { name: 'Language: 한국어' }).click();
    await page.goto('/');
    await expect(page).toHaveURL(/\/ko\/$/);
  });
});

test.describe('the root without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('offers both languages', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
    await expect(page.getByRole('link', { name: '한국어' })).toHaveAttribute('href', '/ko/');
  });
});
