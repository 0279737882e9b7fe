import { expect, test } from '@playwright/test';

test('a lesson key term links to its glossary entry, which links back to the section that teaches it', async ({ page }) => {
  await page.goto('/en/lessons/port-ranges/');
  await page.getByRole('link', { name: 'ephemeral ports', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/glossary\/#ephemeral-port$/);
  const entry = page.locator('section').filter({ has: page.locator('#ephemeral-port') });
  await expect(entry).toContainText('49152');
  await entry.getByRole('link', { name: /Lesson 2/ }).click();
  await expect(page).toHaveURL(/\/en\/lessons\/port-ranges\/#ephemeral-ports$/);
});

test('the Korean glossary shows the English term beside the Korean one', async ({ page }) => {
  await page.goto('/ko/glossary/');
  const entry = page.locator('section').filter({ has: page.locator('#ephemeral-port') });
  await expect(entry.getByRole('heading', { level: 2 })).toHaveText('임시 포트');
  await expect(entry.locator('[lang="en"]')).toHaveText('ephemeral port');
  for (const id of [
    'five-tuple',
    'napt',
    'cgnat',
    'syn',
    'rst',
    'time-wait',
    'sigterm',
    'sigkill',
    'port-forwarding',
    'endpoint',
    'socket',
  ]) {
    await expect(page.locator(`#${id}`)).toHaveCount(1);
  }
});

test('the teacher page is linked from the footer and the lessons index and plans every lesson', async ({ page }) => {
  await page.goto('/ko/lessons/');
  await page.getByRole('link', { name: /교사용 안내를 보세요/ }).click();
  await expect(page).toHaveURL(/\/ko\/teach\/$/);
  await expect(page.locator('.teach-lesson')).toHaveCount(await page.locator('main nav ol > li').count());
  await expect(page.getByRole('link', { name: /문 두드리기 실험/ })).toHaveAttribute(
    'href',
    /\/ko\/lessons\/http-and-https\/\?port=123#hapjeong-exit-5$/,
  );
  await page.goto('/en/ports/443/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'For teachers' }).click();
  await expect(page).toHaveURL(/\/en\/teach\/$/);
  await expect(page.getByText('Registered means enforced')).toBeVisible();
});
