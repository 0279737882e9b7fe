import { expect, test, type Locator } from '@playwright/test';
import { lastCopied, recordClipboard } from './lib/clipboard';
import { linesOfSpans } from './lib/lines';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
test.beforeEach(({ page }) => recordClipboard(page));

/** True when two boxes share any area. */
async function overlaps(a: Locator, b: Locator): Promise<boolean> {
  const [p, q] = [await a.boundingBox(), await b.boundingBox()];
  if (!p || !q) return false;
  return p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
}

test('the copy button puts a terminal command on the clipboard and says so', async ({ page }) => {
  await page.goto('/en/ports/8000/');
  const block = page.locator('.code-block').first();
  await block.getByRole('button', { name: 'Copy' }).click();
  await expect(block.getByRole('status')).toHaveText('Copied');
  const copied = await lastCopied(page);
  expect(copied).toContain('sudo lsof -nP -iTCP:8000 -sTCP:LISTEN');
});

test('lesson code blocks are highlighted at build time and copyable in Korean too', async ({ page }) => {
  await page.goto('/ko/lessons/finding-and-freeing-a-port/');
  const block = page
    .locator('.code-block')
    .filter({ has: page.locator('pre.language-sh') })
    .first();
  await expect(block.locator('.token').first()).toBeVisible();
  await block.getByRole('button', { name: '복사 셸' }).click();
  await expect(block.getByRole('status')).toHaveText('복사했습니다');
});

for (const width of [375, 1280]) {
  test(`at ${width} px no copy button covers code, and output blocks have none`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/en/lessons/finding-and-freeing-a-port/');
    const blocks = page.locator('.code-block');
    expect(await blocks.count()).toBeGreaterThan(3);
    let outputs = 0;
    for (const block of await blocks.all()) {
      const code = block.locator('pre code');
      if (await block.locator('pre.language-text').count()) {
        outputs += 1;
        await expect(block.getByRole('button')).toHaveCount(0);
        continue;
      }
      const button = block.getByRole('button', { name: /^Copy/ });
      await expect(button).toBeVisible();
      // The button sits in the header bar, which names what it copies.
      await expect(block.locator('.code-head')).toContainText(/Shell|PowerShell|Command/);
      expect(await overlaps(button, code), 'copy button overlaps the code').toBe(false);
    }
    expect(outputs).toBeGreaterThan(0);
  });
}

test('long lines wrap when printed', async ({ page }) => {
  await page.goto('/en/ports/8000/');
  await page.emulateMedia({ media: 'print' });
  const pre = page.locator('.code-block pre').first();
  expect(await pre.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');
  await expect(page.getByRole('button', { name: /^Copy/ }).first()).toBeHidden();
});

for (const lang of ['en', 'ko']) {
  test(`${lang}: an option in inline code never breaks after its hyphen on a 320 px phone`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(`/${lang}/lessons/finding-and-freeing-a-port/`);
    // Every option ("-TERM", "-sTCP:LISTEN") of every inline code: the lines it is drawn on.
    const options: string[] = [];
    for (const code of await page.locator('main :not(pre) > code').all()) {
      const matches = [...((await code.textContent()) ?? '').matchAll(/(?<=^|\s)--?[^\s-]\S*/g)];
      const lines = await linesOfSpans(
        code,
        matches.map((m): [number, number] => [m.index, m.index + m[0].length]),
      );
      options.push(...matches.map((m, i) => `${m[0]}: ${lines[i]}`));
    }
    expect(options.length).toBeGreaterThan(5);
    expect(options.filter((o) => !o.endsWith(': 1'))).toEqual([]);
  });
}

for (const lang of ['en', 'ko']) {
  test(`${lang}: a long identifier in inline code wraps only after a separator on a phone`, async ({ page }) => {
    await page.goto(`/${lang}/lessons/port-ranges/`);
    // Widths where a break between any two letters would fall inside a piece, not after one.
    for (const width of [320, 340, 360]) {
      await page.setViewportSize({ width, height: 700 });
      const code = page.locator('.prose p code', { hasText: /^net\.ipv4\.ip_unprivileged_port_start$/ }).first();
      // Too long for one line at this width, so it must wrap somewhere...
      expect(await code.evaluate((el) => new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size)).toBeGreaterThan(1);
      // ...and only between these pieces, never inside one: the lines each piece is drawn on.
      const pieces = ['net.', 'ipv4.', 'ip_', 'unprivileged_', 'port_', 'start'];
      const spans = pieces.map((piece, i): [number, number] => {
        const start = pieces.slice(0, i).join('').length;
        return [start, start + piece.length];
      });
      const lines = await linesOfSpans(code, spans);
      expect(lines, `${width} px`).toEqual(pieces.map(() => 1));
    }
  });
}
