import { expect, test } from '@playwright/test';

test('the notable-ports table filters by text, number, category and use, and sorts', async ({ page }) => {
  await page.goto('/en/ports/');
  const rows = page.locator('#notable-table tbody tr:visible');
  const total = await rows.count();
  expect(total).toBeGreaterThanOrEqual(250);

  const filter = page.getByRole('searchbox', { name: 'Filter the table' });
  await filter.fill('5432');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('PostgreSQL');
  await expect(page.getByRole('status').filter({ hasText: 'ports shown' })).toHaveText(`1 of ${total} ports shown`);

  await filter.fill('<img src=x onerror=alert(1)>');
  await expect(rows).toHaveCount(0);
  await filter.fill('');
  // The table's script may still be loading when the first choice is made (it loads on interaction):
  // wait for the filter to have run, as the status line says, before counting.
  const status = page.getByRole('status').filter({ hasText: 'ports shown' });
  await expect(status).toHaveText(`${total} of ${total} ports shown`);
  await page.getByRole('combobox', { name: 'Category' }).selectOption('database');
  await expect(status).not.toHaveText(`${total} of ${total} ports shown`);
  const databases = await rows.count();
  expect(databases).toBeGreaterThan(3);
  expect(databases).toBeLessThan(total);
  await expect(status).toHaveText(`${databases} of ${total} ports shown`);
  await page.getByRole('combobox', { name: 'Use' }).selectOption('unofficial');
  await expect.poll(() => rows.count()).toBeLessThan(databases);

  await page.getByRole('combobox', { name: 'Category' }).selectOption('');
  await page.getByRole('combobox', { name: 'Use' }).selectOption('');
  const sortPort = page.getByRole('button', { name: 'Sort by Port' });
  await sortPort.click();
  await expect(page.locator('th[aria-sort="descending"]')).toHaveCount(1);
  await expect(rows.first().locator('td').first()).toHaveText('64738');
  await page.getByRole('button', { name: 'Sort by Name' }).click();
  await expect(page.locator('th[aria-sort="ascending"]')).toContainText('Name');
});

test('the Korean table works the same way', async ({ page }) => {
  await page.goto('/ko/ports/');
  await page.getByRole('searchbox', { name: '표 걸러 보기' }).fill('ssh');
  await expect(page.locator('#notable-table tbody tr:visible').first()).toContainText('22');
});
