import { expect, test } from '@playwright/test';

test('a port page shows every IANA record by protocol, the note, the range and commands', async ({ page }) => {
  await page.goto('/en/ports/443/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Port 443: HTTPS');
  const iana = page.locator('table').first();
  for (const protocol of ['TCP', 'UDP']) await expect(iana.getByRole('rowheader', { name: protocol })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Official (IANA)' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Where port 443 sits among all 65,536 port numbers' })).toBeVisible();
  await expect(page.getByText('Port 443 is in the System Ports (well-known ports, 0–1023), block 256-511.')).toBeVisible();
  await expect(page.getByText('sudo lsof -nP -iTCP:443 -sTCP:LISTEN')).toBeVisible();
  await expect(page.getByText('Get-NetTCPConnection -LocalPort 443 -State Listen', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: /Previous port: 442/ })).toHaveAttribute('href', '/en/ports/442/');
  await expect(page.getByRole('link', { name: /Next port: 444/ })).toHaveAttribute('href', '/en/ports/444/');
});

test('tcp and udp stay apart where they differ (2019)', async ({ page }) => {
  await page.goto('/ko/ports/2019/');
  const rows = page.locator('table').first().locator('tbody tr');
  await expect(rows.filter({ hasText: 'TCP' })).toContainText('whosockami');
  await expect(rows.filter({ hasText: 'UDP' })).toContainText('about');
  await expect(page.getByText('IANA는 TCP와 UDP를 따로 기록합니다')).toBeVisible();
});

test('a risky port carries a security note, an unofficial use is marked so', async ({ page }) => {
  await page.goto('/en/ports/6379/');
  await expect(page.getByRole('heading', { name: 'Security' })).toBeVisible();
  await page.goto('/ko/ports/5173/');
  await expect(page.getByRole('heading', { name: '비공식' })).toBeVisible();
  await expect(page.getByText('IANA 레지스트리에 이 번호의 기록이 없습니다')).toBeVisible();
});

test('a number without a page gets its range and block on the 404 page', async ({ page }) => {
  const response = await page.goto('/en/ports/31000/');
  expect(response?.status()).toBe(404);
  await expect(page.getByText('Port 31000 has no page of its own')).toBeVisible();
  await expect(page.getByText('It is in the User Ports (1024–49151).')).toBeVisible();
  await page.getByRole('link', { name: 'See its block: ports 30976–31231' }).click();
  await expect(page).toHaveURL(/\/en\/ports\/blocks\/30976-31231\/#p-31000$/);
  await expect(page.locator('#p-31000')).toContainText('unassigned');
});

test('the 404 page reads odd port addresses in the reader language', async ({ page }) => {
  await page.goto('/ko/ports/0443/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('link', { name: '443번 포트를 찾으셨나요?' })).toHaveAttribute('href', '/ko/ports/443/');
  await page.goto('/en/ports/70000/');
  await expect(page.getByText('“70000” is not a port number')).toBeVisible();
  await page.goto('/en/ports/%3Cimg%20src=x%20onerror=alert(1)%3E/');
  await expect(page.getByText('“<img src=x onerror=alert(1)>” is not a port number')).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the 404 page still leads to the ranges', async ({ page }) => {
    await page.goto('/en/ports/31000/');
    await page.getByRole('link', { name: 'Browse the three ranges' }).click();
    await expect(page).toHaveURL(/\/en\/ports\/#ranges$/);
  });

  test('every number can be reached by plain links: index → range → block', async ({ page }) => {
    await page.goto('/en/ports/');
    await page.getByRole('link', { name: 'Dynamic and/or Private Ports' }).click();
    await page.getByRole('link', { name: '65280-65535' }).click();
    await expect(page.locator('#p-65535')).toContainText('65535');
    await expect(page.locator('tbody tr')).toHaveCount(256);
  });
});

test('the ports index counts the ranges from the data', async ({ page }) => {
  await page.goto('/en/ports/');
  const cards = page.locator('#ranges + ul > li');
  await expect(cards).toHaveCount(3);
  const total = async (i: number) => {
    const text = (await cards.nth(i).innerText()).match(/(\d+) assigned, (\d+) reserved, (\d+) unassigned/);
    return Number(text?.[1]) + Number(text?.[2]) + Number(text?.[3]);
  };
  expect(await total(0)).toBe(1024);
  expect(await total(1)).toBe(48128);
  expect(await total(2)).toBe(16384);
});
