import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { allPages } from '../gates/pages';

it('every built page carries a CSP from security.csp without unsafe-inline or unsafe-eval scripts', () => {
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
    if (!/default-src 'self'|default-src 'none'/.test(csp)) problems.push(`${page.path}: CSP default-src is not 'self' or 'none'`);
  }
  expect(problems, problems.slice(0, 50).join('\n')).toEqual([]);
});
