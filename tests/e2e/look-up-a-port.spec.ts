import { expect, test } from '@playwright/test';

test('a port page shows every IANA row by protocol, the note, the range and commands', async ({ page }) => {
  await page.goto('/en/ports/443/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Port 443: HTTPS');
  for (const protocol of ['TCP', 'UDP', 'SCTP'])
    await expect(page.getByRole('heading', { level: 3, name: protocol, exact: true })).toBeVisible();
  await expect(page.locator('#iana-tcp + ul > li').first()).toContainText('https');
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
  await expect(page.locator('#iana-tcp + ul')).toContainText('whosockami');
  await expect(page.locator('#iana-udp + ul')).toContainText('about');
  await expect(page.getByText('IANA는 TCP와 UDP를 따로 기록합니다')).toBeVisible();
});

for (const [lang, primary, alias, duplicate] of [
  ['en', 'primary name', 'alias of http', 'A duplicate of http; IANA says not to use this name for service discovery.'],
  ['ko', '대표 이름', 'http의 별칭', 'http 항목과 중복되는 항목입니다.'],
] as const) {
  test(`a number with several rows lists all of them, primary name first (80, ${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/ports/80/`);
    const tcp = page.locator('#iana-tcp + ul > li');
    await expect(tcp).toHaveCount(3);
    await expect(tcp.locator('code')).toHaveText(['http', 'www', 'www-http']);
    await expect(tcp.first()).toContainText(primary);
    await expect(tcp.nth(2)).toContainText(alias);
    await expect(tcp.nth(2)).toContainText(duplicate);
    await expect(page.locator('#iana-sctp + ul > li code')).toHaveText(['http']);
  });
}

test('3000 is hbci; remoteware-cl is a widespread use IANA did not assign (en, ko)', async ({ page }) => {
  await page.goto('/en/ports/3000/');
  await expect(page.getByText('IANA assigns port 3000 to hbci.')).toBeVisible();
  const tcp = page.locator('#iana-tcp + ul > li');
  await expect(tcp.locator('code')).toHaveText(['hbci', 'remoteware-cl']);
  await expect(tcp.nth(1)).toContainText('widespread use, not assigned');
  await page.goto('/ko/ports/3000/');
  await expect(page.locator('#iana-tcp + ul > li').nth(1)).toContainText('할당 없이 널리 쓰임');
});

for (const [lang, sentence, here] of [
  ['en', 'Port 6006 is part of the x11 range 6000–6063 (TCP, UDP), assigned to Stephen Gildea.', 'port 6006 is here'],
  ['ko', '6006번 포트는 x11 범위 6000–6063(TCP, UDP)에 속하며, 이 범위는 Stephen Gildea에게 할당되었습니다.', '6006번은 여기'],
] as const) {
  test(`a number inside a range assignment has a page that names the range (6006, ${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/ports/6006/`);
    await expect(page.getByText(sentence)).toBeVisible();
    await expect(page.locator('#iana-ranges + ul > li').first()).toContainText('X Window System');
    await expect(page.locator('.rb-here')).toContainText(here);
    await page.goto(`/${lang}/ports/blocks/5888-6143/`);
    await expect(page.locator('#p-6006')).toContainText('x11 6000–6063');
    await expect(page.locator('#p-6006 a')).toHaveAttribute('href', `/${lang}/ports/6006/`);
  });
}

for (const [lang, reserved, noProtocol] of [
  ['en', 'IANA reserves port 49151: it is not assigned to any service.', 'No protocol named'],
  ['ko', 'IANA는 49151번 포트를 예약해 두었습니다.', '프로토콜 지정 없음'],
] as const) {
  test(`a reserved number shows IANA's reservation (49151 and 1023, ${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/ports/49151/`);
    await expect(page.getByText(reserved)).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: noProtocol })).toBeVisible();
    await expect(page.locator('#iana-none + ul')).toContainText('Reserved');
    await page.goto(`/${lang}/ports/1023/`);
    await expect(page.locator('#iana-tcp + ul')).toContainText('Reserved');
    await expect(page.locator('#iana-tcp + ul a', { hasText: 'RFC 6335' })).toHaveAttribute(
      'href',
      'https://www.rfc-editor.org/rfc/rfc6335',
    );
  });
}

for (const lang of ['en', 'ko'] as const) {
  test(`IANA's references, people and dates are shown, RFCs linked to the RFC Editor (443, ${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/ports/443/`);
    const https = page.locator('#iana-tcp + ul > li').first();
    await expect(https.getByRole('link', { name: 'RFC 9110' })).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc9110');
    await expect(https).toContainText('IESG');
    await expect(https).toContainText('2021-10-01');
  });
}

test('IANA notes and unauthorized-use remarks are said in plain words (4444, en and ko)', async ({ page }) => {
  await page.goto('/en/ports/4444/');
  await expect(page.locator('#iana-tcp + ul > li code')).toHaveText(['krb524', 'nv-video']);
  await expect(page.locator('#iana-tcp + ul > li').nth(1)).toContainText('used without an assignment');
  await expect(
    page.locator('#iana-tcp + ul').getByText('krb524 holds the assignment; nv used the number without one.').first(),
  ).toBeVisible();
  await page.goto('/ko/ports/4444/');
  await expect(
    page.locator('#iana-tcp + ul').getByText('할당은 krb524 쪽이 받았고, nv 쪽은 할당 없이 이 번호를 썼습니다.').first(),
  ).toBeVisible();
});

test('a risky port carries a security note, an unofficial use is marked so', async ({ page }) => {
  await page.goto('/en/ports/6379/');
  await expect(page.getByRole('heading', { name: 'Security' })).toBeVisible();
  await page.goto('/ko/ports/5173/');
  await expect(page.getByRole('heading', { name: '비공식' })).toBeVisible();
  await expect(page.getByText('IANA는 5173번 포트를 어떤 서비스에도 할당하지 않았습니다.')).toBeVisible();
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

test('the ports index counts agree with an independent count of the block pages (System Ports)', async ({ page }) => {
  await page.goto('/en/ports/');
  const card = page.locator('#ranges + ul > li').first();
  const match = (await card.innerText()).match(/(\d+) assigned, (\d+) in assigned ranges, (\d+) reserved, (\d+) unassigned/);
  const shown = { assigned: Number(match?.[1]), range: Number(match?.[2]), reserved: Number(match?.[3]), unassigned: Number(match?.[4]) };
  const counted = { assigned: 0, range: 0, reserved: 0, unassigned: 0 };
  const label = { assigned: 'assigned', range: 'part of a range', reserved: 'reserved', unassigned: 'unassigned' } as const;
  for (const block of ['0-255', '256-511', '512-767', '768-1023']) {
    await page.goto(`/en/ports/blocks/${block}/`);
    const statuses = await page.locator('tbody tr td:first-of-type').allInnerTexts();
    expect(statuses).toHaveLength(256);
    for (const [key, text] of Object.entries(label) as [keyof typeof label, string][])
      counted[key] += statuses.filter((s) => s.trim() === text).length;
  }
  expect(shown).toEqual(counted);
  expect(counted.assigned).toBeGreaterThan(600);
  expect(counted.reserved).toBeGreaterThan(0);
});

test('a block page counts its own rows (6000-6255 holds most of x11)', async ({ page }) => {
  await page.goto('/en/ports/blocks/5888-6143/');
  const match = (await page.locator('h1 + p + p').innerText()).match(
    /(\d+) assigned, (\d+) in assigned ranges, (\d+) reserved, (\d+) unassigned/,
  );
  const statuses = await page.locator('tbody tr td:first-of-type').allInnerTexts();
  expect(Number(match?.[2])).toBe(statuses.filter((s) => s.trim() === 'part of a range').length);
  expect(Number(match?.[1])).toBe(statuses.filter((s) => s.trim() === 'assigned').length);
  expect(Number(match?.[2])).toBeGreaterThanOrEqual(64);
});
