import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Parses a Netlify-style _headers file into path → header lines. */
function parseHeaders(text: string): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = [];
      rules.set(line.trim(), current);
    } else current?.push(line.trim());
  }
  return rules;
}

describe('public/_headers', () => {
  const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));

  it('marks hashed assets immutable', () => {
    expect(rules.get('/_astro/*')).toContain('Cache-Control: public, max-age=31536000, immutable');
  });

  it('sends security headers on every path', () => {
    const all = rules.get('/*')?.join('\n') ?? '';
    for (const header of ['X-Content-Type-Options: nosniff', "frame-ancestors 'none'", 'Referrer-Policy', 'Strict-Transport-Security']) {
      expect(all).toContain(header);
    }
  });
});
