import { expect, test } from '@playwright/test';
import { axeEverywhere, expectNoSidewaysScroll, tabTo, upgraded } from './lib/interactives';

const cases = [
  {
    lang: 'en',
    field: 'Command output',
    explainButton: 'Explain',
    detected: 'Recognised: ',
    samples: [
      ['Linux ss', 'Linux ss'],
      ['Linux netstat (net-tools)', 'Linux netstat (net-tools)'],
      ['macOS/BSD netstat', 'macOS/BSD netstat'],
      ['lsof', 'lsof'],
      ['Windows netstat', 'Windows netstat'],
      ['Windows netstat (Korean)', 'Windows netstat'],
      ['PowerShell Get-NetTCPConnection', 'PowerShell Get-NetTCPConnection'],
      ['nmap', 'nmap'],
      ['nmap grepable (-oG)', 'nmap grepable (-oG)'],
      ['docker ps', 'docker ps'],
    ],
    warning: 'A cache with no password by default',
    empty: 'Paste some output first',
    junk: 'Lines not understood (1)',
  },
  {
    lang: 'ko',
    field: '명령 출력',
    explainButton: '설명하기',
    detected: '인식한 형식: ',
    samples: [
      ['Linux ss', 'Linux ss'],
      ['Linux netstat(net-tools)', 'Linux netstat(net-tools)'],
      ['macOS/BSD netstat', 'macOS/BSD netstat'],
      ['lsof', 'lsof'],
      ['Windows netstat', 'Windows netstat'],
      ['Windows netstat(한국어)', 'Windows netstat'],
      ['PowerShell Get-NetTCPConnection', 'PowerShell Get-NetTCPConnection'],
      ['nmap', 'nmap'],
      ['nmap grepable(-oG)', 'nmap grepable(-oG)'],
      ['docker ps', 'docker ps'],
    ],
    warning: '기본값으로 암호가 없는 캐시',
    empty: '상자가 비어 있습니다',
    junk: '이해하지 못한 줄(1)',
  },
] as const;

for (const c of cases) {
  test(`${c.lang}: every sample is explained, by keyboard alone, and a result leads to its port page`, async ({ page }) => {
    await page.goto(`/${c.lang}/explain/`, { waitUntil: 'load' });
    const tool = page.locator('pa-explain');
    const field = tool.getByLabel(c.field);
    await tabTo(page, field);
    await upgraded(page, 'pa-explain');
    const format = tool.locator('.pa-ex-format');
    for (const [button, name] of c.samples) {
      const sample = tool.getByRole('button', { name: button, exact: true });
      await tabTo(page, sample);
      await page.keyboard.press('Enter');
      await expect(format).toHaveText(`${c.detected}${name}`);
      await expect(tool.getByRole('status')).toContainText(name);
    }
    // The Linux ss sample: Redis on every interface gets a warning, its port links to its page.
    await tabTo(page, tool.getByRole('button', { name: 'Linux ss', exact: true }), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(tool.locator('[data-warn]').first()).toContainText(c.warning);
    const link = tool.getByRole('link', { name: '6379/tcp' });
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${c.lang}/ports/6379/$`));
  });

  test(`${c.lang}: empty input and another program's output get a clear message`, async ({ page }) => {
    await page.goto(`/${c.lang}/explain/`, { waitUntil: 'load' });
    const tool = page.locator('pa-explain');
    await tool.getByRole('button', { name: c.explainButton }).click();
    await upgraded(page, 'pa-explain');
    await tool.getByRole('button', { name: c.explainButton }).click();
    await expect(tool.locator('[data-results]')).toContainText(c.empty);
    await tool.getByLabel(c.field).fill('total 12\n');
    await expect(tool.locator('[data-results]')).toContainText(c.junk);
  });
}

test('nothing pasted leaves the page: no request, address, storage or history carries it', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
  await page.goto('/en/explain/', { waitUntil: 'load' });
  const before = await page.evaluate(() => ({ href: location.href, history: history.length }));
  const tool = page.locator('pa-explain');
  const field = tool.getByLabel('Command output');
  await field.focus();
  await upgraded(page, 'pa-explain');
  const tokens = ['zqxsecretd', '203.0.113.77', '48213', 'hunter2host'];
  await page.keyboard.insertText(
    [
      'Netid State Recv-Q Send-Q Local Address:Port Peer Address:Port Process',
      'tcp LISTEN 0 5 203.0.113.77:27017 0.0.0.0:* users:(("zqxsecretd",pid=48213,fd=3))',
      'tcp ESTAB 0 0 10.0.0.2:50123 198.51.100.4:443 users:(("hunter2host",pid=777,fd=9))',
    ].join('\n'),
  );
  await expect(tool.locator('.pa-ex-summary')).toContainText('1 listening');
  await expect(tool.locator('[data-warn]').first()).toContainText('database');
  const after = await page.evaluate(() => ({
    href: location.href,
    history: history.length,
    storage: JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
  }));
  expect(after.href).toBe(before.href);
  expect(after.history).toBe(before.history);
  for (const token of tokens) {
    expect(after.storage).not.toContain(token);
    for (const r of requests) expect(r, r).not.toContain(token);
  }
  // The port facts came from the site, by block number.
  expect(requests.some((r) => /\/en\/explain\/data\/\d+\.json/.test(r))).toBe(true);
});

test('axe finds nothing at 375 and 1280 px, light and dark, with results; 320 px does not scroll sideways', async ({ page }) => {
  await page.goto('/ko/explain/', { waitUntil: 'load' });
  const tool = page.locator('pa-explain');
  await tool.getByLabel('명령 출력').focus();
  await upgraded(page, 'pa-explain');
  await tool.getByRole('button', { name: 'Windows netstat(한국어)' }).click();
  await expect(tool.locator('[data-warn]').first()).toBeVisible();
  expect(await axeEverywhere(page, 'main')).toEqual([]);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(page);
});
