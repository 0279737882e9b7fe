import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/** axe-core's own script, injected into a page once and run there directly. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.0/2.1/2.2 A and AA tags axe checks by default. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core violations for WCAG 2.0/2.1/2.2 A and AA, as "rule: target" lines; `scope` narrows the
 * elements checked (CSS selectors to include or to leave out), `rules` (for example `colourRules`) narrows the run to those rules.
 * axe runs in the page itself: the pages have no frames, and AxeBuilder's per-run frame walk and
 * extra page for finishing the results cost more than twice the check itself.
 */
export async function axeViolations(page: Page, scope: { include?: string; exclude?: string } = {}, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: wcagTags };
  return page.evaluate(
    async ({ runOnly, include, exclude }) => {
      interface Result {
        violations: { id: string; impact?: string | null; nodes: { target: unknown[]; failureSummary?: string }[] }[];
      }
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe;
      const context = include || exclude ? { include: include ? [include] : [document], exclude: exclude ? [exclude] : [] } : document;
      const results = await axe.run(context, { runOnly, resultTypes: ['violations'] });
      return results.violations.flatMap((v) =>
        v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}): ${n.target.join(' ')} ${n.failureSummary ?? ''}`.trim()),
      );
    },
    { runOnly, include: scope.include, exclude: scope.exclude },
  );
}

/** How many CSS pixels the page is wider than the window (0 or less: no sideways scrolling). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
