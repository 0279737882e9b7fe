import { expect, type Locator, type Page } from '@playwright/test';

/**
 * How many lines each span [start, end) of an element's text is drawn on. The text may run across
 * several text nodes (a kept-together span or a <wbr> inside code), so each span is found by offset.
 */
export function linesOfSpans(el: Locator, spans: [number, number][]): Promise<number[]> {
  return el.evaluate(
    (root, wanted) =>
      wanted.map(([start, end]) => {
        const range = document.createRange();
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let offset = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (offset <= start && start < offset + length) range.setStart(node, start - offset);
          if (offset < end && end <= offset + length) range.setEnd(node, end - offset);
          offset += length;
        }
        return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
      }),
    spans,
  );
}

/** Each text, in the first element matching `selector` that holds it, sits on one line. */
export async function expectWholeTokens(page: Page, selector: string, texts: string[]): Promise<void> {
  for (const text of texts) {
    const el = page.locator(selector).filter({ hasText: text }).first();
    const at = ((await el.textContent()) ?? '').indexOf(text);
    expect(at, text).toBeGreaterThanOrEqual(0);
    expect(await linesOfSpans(el, [[at, at + text.length]]), text).toEqual([1]);
  }
}
