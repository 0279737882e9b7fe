import { expect, test, type Page } from '@playwright/test';

/**
 * Admins type `/443⏎` in one go. Every key typed from the moment search opens must reach the query,
 * on a cold page (search code not loaded yet), on a slow phone too, and Enter must act on the whole
 * query. Each test runs in a fresh browser context, so nothing is cached.
 */
async function slowCpu(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

const cases = [
  ['443', 443],
  ['3389', 3389],
  ['8080', 8080],
  ['ssh', 22],
] as const;

for (const lang of ['en', 'ko'] as const) {
  for (const [typed, port] of cases) {
    test(`/${typed}⏎ typed at 10 ms a key on a cold ${lang} page lands on port ${port}`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      await page.keyboard.type(`/${typed}`, { delay: 10 });
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${lang}/ports/${port}/$`));
    });
  }
}

for (const [typed, port] of cases) {
  test(`with the CPU slowed 4×, /${typed}⏎ still lands on port ${port}`, async ({ page }) => {
    await slowCpu(page);
    await page.goto('/en/lessons/');
    await page.keyboard.type(`/${typed}`, { delay: 10 });
    await page.keyboard.press('Enter');
    // A slowed phone on a shared test machine: allow it time, but it must land on the right port.
    await expect(page).toHaveURL(new RegExp(`/en/ports/${port}/$`), { timeout: 15_000 });
  });
}

test('Ctrl+K then fast typing keeps every key, and the dialog shows the whole query', async ({ page }) => {
  await slowCpu(page);
  await page.goto('/ko/ports/');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('5432', { delay: 10 });
  const input = page.getByRole('searchbox', { name: '포트와 강의 검색' });
  // With the CPU slowed 4x, the dialog's module can take over 5 s to arrive on a busy machine; what
  // must hold is that no key is lost meanwhile.
  await expect(input).toHaveValue('5432', { timeout: 15_000 });
  await expect(input).toBeFocused();
  await expect(page.locator('.pa-quick a').first()).toHaveAttribute('href', '/ko/ports/5432/');
});

test('a tap on the header button, then typing, keeps every key', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('button', { name: 'Search' }).first().click();
  await page.keyboard.type('3306', { delay: 10 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/ports\/3306\/$/);
});

test('080 is read as port 80, and the reader is told so', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.type('/080', { delay: 10 });
  const quick = page.locator('.pa-quick');
  await expect(quick).toContainText('Read as port 80: leading zeros do not change a port number.');
  await expect(quick.getByRole('link').first()).toHaveAttribute('href', '/en/ports/80/');
});

for (const [name, port, label] of [
  ['turn', 3478, /TURN/],
  ['stuns', 5349, /stuns/],
  ['l2f', 1701, /l2f/],
  ['ipps', 631, /ipps/],
  ['krb524', 4444, /krb524/],
  ['x11', 6000, /X11/i],
  ['hbci', 3000, /hbci/i],
  ['syslog', 514, /Syslog/],
  ['rip', 520, /RIP \(router\)/],
] as const) {
  test(`every IANA service name answers: ${name} → ${port}`, async ({ page }) => {
    await page.goto('/en/');
    await page.keyboard.type(`/${name}`, { delay: 10 });
    const first = page.locator('.pa-quick a').first();
    await expect(first).toHaveAttribute('href', `/en/ports/${port}/`);
    await expect(first).toContainText(`Port ${port}: `);
    await expect(first).toContainText(label);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/en/ports/${port}/$`));
  });
}
