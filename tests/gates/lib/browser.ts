import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** What went wrong while a page loaded: CSP violations, console errors, requests to other origins. */
export interface PageWatch {
  cspViolations: string[];
  consoleErrors: string[];
  foreignRequests: string[];
}

/**
 * Starts watching `page` before it navigates. Any request whose origin is not `origin` counts as
 * foreign; CSP violations are caught both from the DOM event and from Chromium's console report.
 */
export async function watchPage(page: Page, origin: string): Promise<PageWatch> {
  const watch: PageWatch = { cspViolations: [], consoleErrors: [], foreignRequests: [] };
  await page.exposeFunction('__paReportCsp', (text: string) => watch.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __paReportCsp: (t: string) => void }).__paReportCsp;
      report(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    if (/Content Security Policy/i.test(text)) watch.cspViolations.push(text);
    else watch.consoleErrors.push(text);
  });
  page.on('pageerror', (err) => watch.consoleErrors.push(`uncaught: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
  });
  return watch;
}

/**
 * The WCAG 2.2 A/AA rules whose result depends on colours: all a second colour scheme can change
 * (the markup, names, roles and order are the same in both).
 */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * axe-core violations for WCAG 2.0/2.1/2.2 A and AA, as "rule: target" lines; `exclude` (a CSS
 * selector) leaves elements out, `rules` (for example `colourRules`) narrows the run to those rules.
 */
export async function axeViolations(page: Page, exclude?: string, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (rules) builder.withRules(rules);
  else builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  if (exclude) builder.exclude(exclude);
  const results = await builder.analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}): ${n.target.join(' ')} ${n.failureSummary ?? ''}`.trim()),
  );
}

/** How many CSS pixels the page is wider than the window (0 or less: no sideways scrolling). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
