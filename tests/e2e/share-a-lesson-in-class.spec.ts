import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { lastCopied, recordClipboard } from './lib/clipboard';
import { upgraded } from './lib/interactives';

test.use({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 900 } });

test.beforeEach(({ page }) => recordClipboard(page));

const clipboard = (page: Page) => lastCopied(page);

/** Decodes the QR code in the open Share dialog from a screenshot, as a phone camera would. */
async function decodeQr(page: Page): Promise<string | undefined> {
  const qr = page.getByRole('dialog').getByRole('img');
  const png = PNG.sync.read(await qr.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

const lessons = [
  {
    lang: 'en',
    heading: 'The ports your computer lends to clients',
    copy: 'Copy the link to this section:',
    copied: 'Link copied',
    share: 'Share',
    copyLink: 'Copy link',
  },
  {
    lang: 'ko',
    heading: '운영체제가 클라이언트에게 빌려주는 포트',
    copy: '이 절의 링크 복사:',
    copied: '링크를 복사했어요',
    share: '공유',
    copyLink: '링크 복사',
  },
] as const;

for (const l of lessons) {
  test(`${l.lang}: a section's copy-link button copies the section's address and says so`, async ({ page, baseURL }) => {
    await page.goto(`/${l.lang}/lessons/port-ranges/`);
    const button = page.getByRole('button', { name: `${l.copy} ${(await page.locator('#ephemeral-ports').textContent())?.trim()}` });
    await button.focus();
    await expect(button).toBeVisible();
    await button.click();
    await expect.poll(() => clipboard(page)).toBe(`${baseURL}/${l.lang}/lessons/port-ranges/#ephemeral-ports`);
    await expect(page.getByRole('status').filter({ hasText: l.copied })).toBeVisible();
  });

  test(`${l.lang}: Share shows the address of the section on screen, copies it, and its QR code decodes to it`, async ({
    page,
    baseURL,
  }) => {
    await page.goto(`/${l.lang}/lessons/port-ranges/#ephemeral-ports`);
    await page.mouse.wheel(0, 1);
    await page.getByRole('button', { name: l.share, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const expected = `${baseURL}/${l.lang}/lessons/port-ranges/#ephemeral-ports`;
    await expect(dialog.getByRole('textbox')).toHaveValue(expected);
    await dialog.getByRole('button', { name: l.copyLink }).click();
    await expect.poll(() => clipboard(page)).toBe(expected);
    await expect(dialog.getByRole('img')).toHaveAccessibleName(new RegExp(expected.replace(/[.?#/]/g, '\\$&')));
    expect(await decodeQr(page)).toBe(expected);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
}

test('Share keeps the state a diagram wrote into the address (query and section)', async ({ page, baseURL }) => {
  await page.goto('/en/lessons/http-and-https/?port=8080#hapjeong-exit-5');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const expected = `${baseURL}/en/lessons/http-and-https/?port=8080#hapjeong-exit-5`;
  await page.getByRole('dialog').getByRole('button', { name: 'Copy link' }).click();
  await expect.poll(() => clipboard(page)).toBe(expected);
  expect(await decodeQr(page)).toBe(expected);
});

test('Share right after a change in a diagram has the new state (the address bar write is not waited for)', async ({ page, baseURL }) => {
  await page.goto('/en/lessons/http-and-https/');
  const door = page.locator('pa-door-experiment');
  await door.scrollIntoViewIfNeeded();
  await upgraded(page, 'pa-door-experiment');
  // The diagram writes the address once the reader pauses; Share, pressed at once, must not read the old one.
  await door.getByRole('button', { name: ':8080' }).click();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Copy link' }).click();
  await expect.poll(() => clipboard(page)).toBe(`${baseURL}/en/lessons/http-and-https/?port=8080`);
});

test('a port page section link and Share work too, in Korean', async ({ page, baseURL }) => {
  await page.goto('/ko/ports/22/');
  await page
    .locator('.hx')
    .filter({ has: page.locator('#check') })
    .hover();
  await page
    .locator('.hx')
    .filter({ has: page.locator('#check') })
    .getByRole('button')
    .click();
  await expect.poll(() => clipboard(page)).toBe(`${baseURL}/ko/ports/22/#check`);
  await page.getByRole('button', { name: '공유', exact: true }).click();
  expect(await decodeQr(page)).toBe(`${baseURL}/ko/ports/22/`);
});

test('the contents list sits beside the lesson at 1280 px and marks the section being read', async ({ page }) => {
  await page.goto('/en/lessons/nat-and-port-forwarding/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const risks = toc.getByRole('link', { name: 'What you expose when you open a port' });
  await expect(risks).toBeVisible();
  const box = await toc.boundingBox();
  const text = await page.locator('.prose').boundingBox();
  expect(box && text && box.x).toBeGreaterThan((text?.x ?? 0) + (text?.width ?? 0));
  await risks.click();
  await expect(risks).toHaveAttribute('aria-current', 'location');
  await expect(toc).toBeInViewport();
  await expect(page).toHaveURL(/#risks$/);
});

test('on a phone the contents list is collapsed at the top and opens on demand', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/ko/lessons/what-is-a-port/');
  await expect(page.getByText('전체 7강 중 1강')).toBeVisible();
  const link = page.getByRole('link', { name: '포트는 문이에요', exact: true });
  await expect(link).toBeHidden();
  await page.getByText('이 페이지의 내용').click();
  await expect(link).toBeVisible();
});

test('the lesson position counts the lessons instead of assuming six', async ({ page }) => {
  await page.goto('/en/lessons/');
  const count = await page.locator('main ol > li').count();
  await page.goto('/en/lessons/port-ranges/');
  await expect(page.getByText(`Lesson 2 of ${count}`)).toBeVisible();
});
