import { expect, test } from '@playwright/test';
import { axeEverywhere, expectNoSidewaysScroll, tabTo, upgraded } from './lib/interactives';

const cases = [
  {
    lang: 'en',
    field: 'Port to try',
    said123: 'Port 123: the browser refuses it as an unsafe port and sends nothing.',
    said80: 'Port 80: connected, redirected to HTTPS on port 443, page loaded.',
    saidBad: 'That is not a port number.',
    step123: 'Fetch Standard’s list of bad ports',
    note: 'The link asked for port “<script>alert(1)</script…”',
  },
  {
    lang: 'ko',
    field: '시도할 포트',
    said123: '123번 포트: 브라우저가 안전하지 않은 포트라며 아무것도 보내지 않아요.',
    said80: '80번 포트: 연결한 뒤 443번 포트의 HTTPS로 안내받아 페이지를 불러왔어요.',
    saidBad: '포트 번호가 아니에요.',
    step123: 'Fetch 표준의 ‘나쁜 포트’ 목록',
    note: '링크가 요청한 포트 값(“<script>alert(1)</script…”)',
  },
] as const;

const lesson = (lang: string, query = '') => `/${lang}/lessons/http-and-https/${query}`;

for (const c of cases) {
  test(`${c.lang}: the experiment is driven by keyboard alone, announced, and kept in the address`, async ({ page }) => {
    await page.goto(lesson(c.lang));
    const box = page.locator('pa-door-experiment');
    const field = box.getByLabel(c.field);
    await tabTo(page, field);
    await upgraded(page, 'pa-door-experiment');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('123');
    await page.keyboard.press('Enter');
    const live = box.getByRole('status');
    await expect(live).toHaveText(c.said123);
    await expect(box.locator('[data-steps][data-shown]')).toContainText(c.step123);
    await expect(box.locator('[data-steps="page"]')).toBeHidden();
    await expect(page).toHaveURL(/\?port=123(#[\w-]+)?$/);

    // The quick picks: Tab to ":80", press Space.
    await tabTo(page, box.getByRole('button', { name: ':80', exact: true }));
    await page.keyboard.press('Space');
    await expect(live).toHaveText(c.said80);
    await expect(box.getByRole('button', { name: ':80', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/\?port=80(#[\w-]+)?$/);

    // Not a port: a clear message, and the address drops the port.
    await tabTo(page, field);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('0x50');
    await page.keyboard.press('Enter');
    await expect(live).toHaveText(c.saidBad);
    await expect(box.locator('[data-steps][data-shown]')).toContainText('80');
    await expect(page).not.toHaveURL(/port=/);
  });

  test(`${c.lang}: a copied address restores the same state, also after switching language`, async ({ page }) => {
    await page.goto(lesson(c.lang, '?port=123'));
    const box = page.locator('pa-door-experiment');
    await box.scrollIntoViewIfNeeded();
    await upgraded(page, 'pa-door-experiment');
    await expect(box.getByLabel(c.field)).toHaveValue('123');
    await expect(box.locator('[data-steps][data-shown]')).toContainText(c.step123);
    await expect(box.locator('[data-doors] li[data-chosen]')).toContainText('123');

    await page.locator('a[data-pa="lang"]').click();
    await expect(page).toHaveURL(new RegExp(`/${c.lang === 'en' ? 'ko' : 'en'}/lessons/http-and-https/\\?port=123(#[\\w-]+)?$`));
  });

  test(`${c.lang}: hostile and impossible port values fall back to 443 with a visible note`, async ({ page }) => {
    for (const value of ['%3Cscript%3Ealert(1)%3C%2Fscript%3E', '70000', '-3', 'x'.repeat(10_000)]) {
      await page.goto(lesson(c.lang, `?port=${value}`));
      const box = page.locator('pa-door-experiment');
      await box.scrollIntoViewIfNeeded();
      await upgraded(page, 'pa-door-experiment');
      await expect(box.locator('[data-note]')).toBeVisible();
      await expect(box.getByLabel(c.field)).toHaveValue('443');
      await expect(box.locator('[data-doors] li[data-chosen]')).toContainText('443');
    }
    await page.goto(lesson(c.lang, '?port=%3Cscript%3Ealert(1)%3C%2Fscript%3E'));
    await page.locator('pa-door-experiment').scrollIntoViewIfNeeded();
    await upgraded(page, 'pa-door-experiment');
    await expect(page.locator('pa-door-experiment [data-note]')).toContainText(c.note);
    expect(
      await page
        .locator('main script:not([type="application/json"])')
        .evaluateAll((s) => s.filter((x) => x.textContent?.includes('alert')).length),
    ).toBe(0);
  });
}

test('the experiment passes axe at 375 and 1280 px in light and dark, fits 320 px, and loads only on its lesson', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.goto(lesson('en', '?port=8080'));
  expect(scripts.filter((u) => u.includes('door-experiment'))).toEqual([]);
  await page.locator('pa-door-experiment').scrollIntoViewIfNeeded();
  await upgraded(page, 'pa-door-experiment');
  expect(await axeEverywhere(page, 'pa-door-experiment')).toEqual([]);
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoSidewaysScroll(page);

  scripts.length = 0;
  await page.goto('/en/lessons/what-is-a-port/');
  await page.mouse.wheel(0, 20_000);
  await page.waitForTimeout(300);
  expect(scripts.filter((u) => u.includes('door-experiment'))).toEqual([]);
});

for (const width of [375, 1280]) {
  test(`at ${width} px, no choice moves the rest of the lesson: the quick picks not at all, a longer outcome only down`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(lesson('en'));
    const box = page.locator('pa-door-experiment');
    await box.scrollIntoViewIfNeeded();
    await upgraded(page, 'pa-door-experiment');
    // Where the lesson after the experiment starts, after each choice.
    const below = () => box.evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    const start = await below();
    for (const [port, outcome] of [
      ['80', 'redirect'],
      ['123', 'blocked'],
      ['8080', 'closed'],
      ['443', 'page'],
    ] as const) {
      await box.locator(`[data-port="${port}"]`).click();
      await expect(box).toHaveAttribute('data-outcome', outcome);
      await expect(box.locator('[data-steps][data-shown]')).toBeVisible();
      expect(await below(), `after :${port}`).toBe(start);
    }
    // Typed input (another port, not a port): never shorter than before.
    for (const typed of ['51234', 'https']) {
      await box.getByLabel('Port to try').fill(typed);
      await box.getByLabel('Port to try').press('Enter');
      await expect(box.getByRole('status')).not.toHaveText('');
      await page.waitForTimeout(100);
      expect(await below(), `after ${typed}`).toBeGreaterThanOrEqual(start);
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the lesson shows what happens at 443, 80, 123 and any other port, and hides the controls', async ({ page }) => {
    await page.goto(lesson('en'));
    const box = page.locator('pa-door-experiment');
    await expect(box.getByRole('table')).toBeVisible();
    await expect(box.getByRole('row')).toHaveCount(5);
    await expect(box.getByRole('row', { name: /^123/ })).toContainText('bad ports');
    await expect(box.getByLabel('Port to try')).toBeHidden();
  });
});
