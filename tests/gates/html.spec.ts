import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { validateHtmlFile } from './lib/html';
import { allPages, wideSample } from './pages';

for (const page of wideSample) {
  test(`valid HTML: ${page.path}`, async () => {
    const errors = await validateHtmlFile(page.file);
    expect(errors, `${page.path}\n${errors.join('\n')}`).toEqual([]);
  });
}

test('every page carries a CSP from security.csp without unsafe-inline scripts', () => {
  const problems: string[] = [];
  for (const page of allPages) {
    const html = readFileSync(page.file, 'utf8');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    if (!csp) {
      problems.push(`${page.path}: no CSP meta tag`);
      continue;
    }
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    if (!scriptSrc) problems.push(`${page.path}: CSP has no script-src`);
    if (scriptSrc.includes("'unsafe-inline'")) problems.push(`${page.path}: script-src allows 'unsafe-inline'`);
    if (/script-src[^;]*'unsafe-eval'/.test(csp)) problems.push(`${page.path}: script-src allows 'unsafe-eval'`);
  }
  expect(problems, problems.slice(0, 50).join('\n')).toEqual([]);
});
