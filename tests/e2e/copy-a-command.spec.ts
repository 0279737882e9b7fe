import { expect, test } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('the copy button puts a terminal command on the clipboard and says so', async ({ page }) => {
  await page.goto('/en/ports/8000/');
  const block = page.locator('.code-block').first();
  await block.getByRole('button', { name: 'Copy' }).click();
  await expect(block.getByRole('status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('sudo lsof -nP -iTCP:8000 -sTCP:LISTEN');
});

test('lesson code blocks are highlighted at build time and copyable in Korean too', async ({ page }) => {
  await page.goto('/ko/lessons/finding-and-freeing-a-port/');
  const block = page.locator('.code-block').filter({ has: page.locator('pre.language-sh') }).first();
  await expect(block.locator('.token').first()).toBeVisible();
  await block.getByRole('button', { name: '복사' }).click();
  await expect(block.getByRole('status')).toHaveText('복사했습니다');
});
