import { expect, test } from '@playwright/test';

test('the security note comes before the registry details (6379)', async ({ page }) => {
  await page.goto('/en/ports/6379/');
  const security = await page.getByRole('heading', { level: 2, name: 'Security' }).boundingBox();
  const iana = await page.getByRole('heading', { level: 2, name: 'IANA registry' }).boundingBox();
  expect(security && iana && security.y < iana.y).toBe(true);
});

for (const [lang, names] of [
  ['en', ['System Ports 0–1023', 'User Ports 1024–49151', 'Dynamic and/or Private Ports 49152–65535']],
  ['ko', ['시스템 포트 0–1023', '사용자 포트 1024–49151', '동적·사설 포트 49152–65535']],
] as const) {
  test(`the range bar is labelled, with the port's range marked (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/ports/443/`);
    const legend = page.locator('.rb-legend > li');
    await expect(legend).toHaveCount(3);
    for (const [i, name] of names.entries()) await expect(legend.nth(i)).toContainText(name);
    await expect(page.locator('.rb-here')).toContainText(names[0]);
    await expect(page.locator('.rb-here')).toContainText('443');
  });
}

for (const [port, related] of [
  [443, ['80', '8080', '8443']],
  [993, ['143']],
  [3306, ['33060']],
] as const) {
  test(`related ports are linked (${port})`, async ({ page }) => {
    await page.goto(`/en/ports/${port}/`);
    const nav = page.getByRole('navigation', { name: 'Related ports' });
    await expect(nav.getByRole('link')).toHaveText([...related]);
    await nav.getByRole('link', { name: related[0], exact: true }).click();
    await expect(page).toHaveURL(`/en/ports/${related[0]}/`);
  });
}

for (const [lang, hint, os] of [
  ['en', 'it is probably a temporary client port', 'Linux picks them from 32768–60999.'],
  ['ko', '임시 클라이언트 포트일 가능성이 큽니다', '리눅스는 32768–60999에서 고릅니다.'],
] as const) {
  test(`an unassigned number in an ephemeral range says which systems use it for client ports (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/ports/33332/`);
    await expect(page.locator('[data-ephemeral]')).toContainText(hint);
    await expect(page.locator('[data-ephemeral]')).toContainText(os);
    await expect(page.locator('[data-ephemeral]')).not.toContainText(lang === 'en' ? 'Windows' : '윈도우');
    // 51820 is unassigned and in every default range, but its note documents WireGuard listening there.
    await page.goto(`/${lang}/ports/51820/`);
    await expect(page.locator('[data-ephemeral]')).toHaveCount(0);
    await page.goto(`/${lang}/ports/443/`);
    await expect(page.locator('[data-ephemeral]')).toHaveCount(0);
  });
}

test('inline code in notes renders as code, with no literal backticks', async ({ page }) => {
  for (const lang of ['en', 'ko']) {
    await page.goto(`/${lang}/ports/4200/`);
    await expect(page.locator('main code', { hasText: 'ng serve' }).first()).toBeVisible();
    expect(await page.locator('main').innerText()).not.toContain('`');
  }
});

test('page titles do not repeat the number', async ({ page }) => {
  for (const [path, label] of [
    ['/en/ports/0/', 'Port 0'],
    ['/en/ports/443/', 'Port 443'],
    ['/ko/ports/4444/', '4444번'],
  ] as const) {
    await page.goto(path);
    const h1 = await page.getByRole('heading', { level: 1 }).innerText();
    const title = await page.title();
    for (const text of [h1, title]) expect(text.split(label).length - 1, `${label} in "${text}"`).toBeLessThanOrEqual(1);
    expect(title).toContain(label);
  }
});
