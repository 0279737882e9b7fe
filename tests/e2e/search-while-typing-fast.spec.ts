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

// The race does not depend on the query: one number, one name (its IANA name shard loads on the way).
for (const [lang, typed, port] of [
  ['en', '443', 443],
  ['ko', 'ssh', 22],
] as const) {
  test(`/${typed}⏎ typed at 10 ms a key on a cold ${lang} page lands on port ${port}`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    await page.keyboard.type(`/${typed}`, { delay: 10 });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${lang}/ports/${port}/$`));
  });
}

test('with the CPU slowed 4×, /3389⏎ still lands on port 3389', async ({ page }) => {
  await slowCpu(page);
  await page.goto('/en/lessons/');
  await page.keyboard.type('/3389', { delay: 10 });
  await page.keyboard.press('Enter');
  // A slowed phone on a shared test machine: allow it time, but it must land on the right port.
  await expect(page).toHaveURL(/\/en\/ports\/3389\/$/, { timeout: 15_000 });
});

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

// Every IANA name's answer is checked over the built name shards (tests/dist/search-answers.test.ts);
// here, that typing one fast loads its shard in time and Enter follows it.
test('an IANA service name typed fast answers and Enter follows it: rip → 520', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.type('/rip', { delay: 10 });
  const first = page.locator('.pa-quick a').first();
  await expect(first).toHaveAttribute('href', '/en/ports/520/');
  await expect(first).toContainText(/Port 520: .*RIP \(router\)/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/ports\/520\/$/);
});
