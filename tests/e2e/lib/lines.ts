import { expect, type Page } from '@playwright/test';

/** Each text, in the first element matching `selector` that holds it, sits on one line. */
export async function expectWholeTokens(page: Page, selector: string, texts: string[]): Promise<void> {
  for (const text of texts) {
    const el = page.locator(selector).filter({ hasText: text }).first();
    const lines = await el.evaluate((root, wanted) => {
      const whole = root.textContent ?? '';
      const at = whole.indexOf(wanted);
      if (at < 0) return -1;
      // The text may span several text nodes (a kept-together span inside code): find its start and end.
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let offset = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (offset <= at && at < offset + length) range.setStart(node, at - offset);
        if (offset < at + wanted.length && at + wanted.length <= offset + length) range.setEnd(node, at + wanted.length - offset);
        offset += length;
      }
      return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
    }, text);
    expect(lines, text).toBe(1);
  }
}
