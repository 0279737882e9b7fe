import type { Page } from '@playwright/test';

declare global {
  interface Window {
    paCopied?: string[];
  }
}

/**
 * The system clipboard is shared by the browsers of parallel test workers, so one test can read
 * another's copy. This records, per page, every text the page writes through the real
 * navigator.clipboard.writeText (which still runs), and returns the last one.
 */
export async function recordClipboard(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const clipboard = navigator.clipboard;
    const write = clipboard.writeText.bind(clipboard);
    window.paCopied = [];
    clipboard.writeText = (text: string) => write(text).then(() => void window.paCopied?.push(text));
  });
}

/** The last text the page put on the clipboard. */
export function lastCopied(page: Page): Promise<string | undefined> {
  return page.evaluate(() => window.paCopied?.at(-1));
}
