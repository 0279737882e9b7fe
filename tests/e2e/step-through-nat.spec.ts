import { expect, test } from '@playwright/test';
import { axeEverywhere, expectNoSidewaysScroll, tabTo, upgraded } from './lib/interactives';

const cases = [
  {
    lang: 'en',
    next: 'Next step',
    step2:
      'Step 2 of 8: The router replaced the source address 192.168.0.2:51234 with 203.0.113.7:40001, lowered the TTL, recomputed the checksums and wrote a row in its table.',
    end: /^Step 8 of 8: Both connections end/,
    external: 'External port',
    ip: 'Internal IP',
    internal: 'Internal port',
    add: 'Add rule',
    added: 'Rule added: UDP 51820 to 192.168.0.3:51820.',
    ipOutside: 'The home network is 192.168.0.0/24',
    testPort: 'Port on 203.0.113.7',
    send: 'Send',
    dropped: 'TCP 23: no forwarding rule and no table row match, so the router drops it.',
    cgnat: /optional steps/,
    deleteMail: 'Delete rule TCP 25',
  },
  {
    lang: 'ko',
    next: '다음 단계',
    step2:
      '8단계 중 2단계: 공유기가 출발지 주소를 바꿨어요(192.168.0.2:51234 → 203.0.113.7:40001). TTL을 줄이고 체크섬을 다시 계산한 뒤 테이블에 항목 하나를 적었어요.',
    end: /^8단계 중 8단계: 두 연결이 끝나요/,
    external: '외부 포트',
    ip: '내부 IP',
    internal: '내부 포트',
    add: '규칙 추가',
    added: '규칙을 추가했어요: UDP 51820 → 192.168.0.3:51820.',
    ipOutside: '집 네트워크는 192.168.0.0/24',
    testPort: '203.0.113.7의 포트',
    send: '보내기',
    dropped: 'TCP 23: 맞는 포트 포워딩 규칙도 테이블 항목도 없어서 공유기가 버려요.',
    cgnat: /선택 단계 보기/,
    deleteMail: 'TCP 25 규칙 지우기',
  },
] as const;

const lesson = (lang: string, query = '') => `/${lang}/lessons/nat-and-port-forwarding/${query}`;

test('keys pressed faster than the walkthrough draws land on the right step, drawn and said once', async ({ page }) => {
  await page.goto(lesson('en'));
  const box = page.locator('pa-nat-walkthrough');
  await tabTo(page, box.getByRole('button', { name: 'Next step' }));
  await upgraded(page, 'pa-nat-walkthrough');
  // Five presses in one task: the handler takes each, the drawing waits for a task of its own.
  const seen = await box.evaluate((el) => {
    const next = el.querySelector('[data-go="next"]')!;
    const live = el.querySelector('[data-live]')!;
    const says: string[] = [];
    new MutationObserver(() => says.push(live.textContent ?? '')).observe(live, { childList: true, characterData: true, subtree: true });
    for (let i = 0; i < 5; i++) next.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    const drawnAtOnce = el.querySelector('[data-counter]')?.textContent?.trim();
    return new Promise<{ drawnAtOnce: string | undefined; says: string[] }>((done) => setTimeout(() => done({ drawnAtOnce, says }), 300));
  });
  expect(seen.drawnAtOnce).toBe('Step 1 of 8');
  expect(seen.says).toHaveLength(1);
  expect(seen.says[0]).toMatch(/^Step 6 of 8: /);
  await expect(box.locator('[data-counter]')).toHaveText('Step 6 of 8');
  await expect(page).toHaveURL(/\?step=6(#[\w-]+)?$/);
});

for (const c of cases) {
  test(`${c.lang}: steps, rules and test packets by keyboard alone, announced and kept in the address`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(lesson(c.lang));
    const box = page.locator('pa-nat-walkthrough');
    const live = box.getByRole('status');
    await tabTo(page, box.getByRole('button', { name: c.next }));
    await upgraded(page, 'pa-nat-walkthrough');
    await page.keyboard.press('Enter');
    await expect(live).toHaveText(c.step2);
    await expect(box.locator('.pa-nat-step:visible')).toHaveCount(1);
    await expect(box.locator('.pa-nat-step:visible [data-changed]')).toHaveCount(8);
    await page.keyboard.press('End');
    await expect(live).toHaveText(c.end);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/\?step=7(#[\w-]+)?$/);

    // A bad rule is explained; a good one is added.
    await tabTo(page, box.getByLabel(c.external));
    await page.keyboard.type('51820');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('10.0.0.3');
    await page.keyboard.press('Enter');
    await expect(box.locator('[data-error="ip"]')).toContainText(c.ipOutside);
    await expect(box.getByLabel(c.ip)).toBeFocused();
    await expect(box.getByLabel(c.ip)).toHaveAttribute('aria-invalid', 'true');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('192.168.0.3');
    await page.keyboard.press('Tab');
    await page.keyboard.type('51820');
    await tabTo(page, box.getByLabel(c.external), 'Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown'); // protocol select: TCP -> UDP
    await expect(box.locator('#nat-protocol')).toHaveValue('udp');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(live).toHaveText(c.added);
    await expect(box.locator('[data-rules] tr')).toHaveCount(3);
    await expect(page).toHaveURL(/rules=tcp-25-192\.168\.0\.2-25_tcp-8080-192\.168\.0\.2-80_udp-51820-192\.168\.0\.3-51820/);

    // Delete the mail rule, then a test packet to an unforwarded port.
    await tabTo(page, box.getByRole('button', { name: c.deleteMail }), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(box.locator('[data-rules] tr')).toHaveCount(2);
    await tabTo(page, box.getByLabel(c.testPort));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('23');
    await page.keyboard.press('Enter');
    await expect(live).toHaveText(c.dropped);
    await expect(page).toHaveURL(/test=tcp-23/);
  });

  test(`${c.lang}: a copied address restores step, CGNAT, rules and test`, async ({ page }) => {
    await page.goto(lesson(c.lang, '?step=10&cgnat=1&rules=udp-51820-192.168.0.3-51820&test=udp-51820'));
    const box = page.locator('pa-nat-walkthrough');
    await box.scrollIntoViewIfNeeded();
    await upgraded(page, 'pa-nat-walkthrough');
    await expect(box.locator('[data-counter]')).toContainText('10');
    await expect(box.locator('.pa-nat-step:visible')).toContainText('100.64.0.7');
    await expect(box.getByRole('checkbox', { name: c.cgnat })).toBeChecked();
    await expect(box.locator('[data-rules] tr')).toHaveCount(1);
    await expect(box.locator('[data-test-result]')).toHaveAttribute('data-outcome', 'cgnat');
    await page.locator('a[data-pa="lang"]').click();
    await expect(page).toHaveURL(/\?step=10&cgnat=1&rules=udp-51820-192\.168\.0\.3-51820&test=udp-51820(#[\w-]+)?$/);
  });

  test(`${c.lang}: bad values in the address fall back with a note, nothing injected`, async ({ page }) => {
    for (const query of [
      '?step=-3',
      '?step=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      '?rules=tcp-25-bad',
      `?step=${'9'.repeat(10_000)}`,
      '?rules=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    ]) {
      await page.goto(lesson(c.lang, query));
      const box = page.locator('pa-nat-walkthrough');
      await box.scrollIntoViewIfNeeded();
      await upgraded(page, 'pa-nat-walkthrough');
      await expect(box.locator('[data-note]')).toBeVisible();
      await expect(box.locator('[data-counter]')).toContainText('1');
      await expect(box.locator('[data-rules] tr')).toHaveCount(2);
      expect(await box.locator('img, script:not([src])').count()).toBe(0);
    }
  });
}

test('the walkthrough passes axe at 375 and 1280 px in light and dark, and fits 320 px', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/en/lessons/inside-a-packet/?step=2&test=udp-25');
  await page.locator('pa-nat-walkthrough').scrollIntoViewIfNeeded();
  await upgraded(page, 'pa-nat-walkthrough');
  expect(await axeEverywhere(page, 'pa-nat-walkthrough')).toEqual([]);
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoSidewaysScroll(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every step is listed with its packet and table, plus the rules and where test packets go', async ({ page }) => {
    await page.goto(lesson('en'));
    const box = page.locator('pa-nat-walkthrough');
    await expect(box.locator('.pa-nat-step:visible')).toHaveCount(11);
    await expect(box.getByRole('table', { name: 'Home router’s translation table' })).toHaveCount(11);
    await expect(box.getByText('TCP 8080: the rule sends it to 192.168.0.2:80')).toBeVisible();
    await expect(box.getByRole('button', { name: 'Next step' })).toBeHidden();
  });
});
