import { expect, test } from '@playwright/test';

test('the theme follows the OS until the reader picks one, then remembers it without a flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/en/');
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const dark = await background();
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await background();
  expect(dark).not.toBe(light);

  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Light theme' })).toBeVisible();
  expect(await background()).toBe(dark);

  // On the next page the saved theme applies before the first frame is painted.
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      (window as unknown as { firstFrame: string }).firstFrame = getComputedStyle(document.documentElement).backgroundColor;
    });
  });
  await page.goto('/ko/lessons/');
  expect(await page.evaluate(() => (window as unknown as { firstFrame: string }).firstFrame)).toBe(dark);
  await page.getByRole('button', { name: '밝은 테마' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('printing drops the navigation', async ({ page }) => {
  await page.goto('/en/lessons/what-is-a-port/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('main h1')).toBeVisible();
});

test('the skip link is the first stop for the keyboard and moves focus to the content', async ({ page }) => {
  await page.goto('/en/ports/22/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
