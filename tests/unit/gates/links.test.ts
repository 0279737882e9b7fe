import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../gates/lib/links';

describe('link gate', () => {
  it('reports a broken link and a broken fragment, naming the page and the reason', () => {
    const problems = checkLinks('tests/fixtures/bad-site');
    expect(problems).toEqual([
      { page: '/', target: '/en/missing/', reason: 'no such page or file' },
      { page: '/', target: '/en/ok/#nowhere', reason: 'no element with id "nowhere"' },
    ]);
  });
});

describe('link gate under a deploy sub-path', () => {
  it('treats root links outside the base as broken', () => {
    const problems = checkLinks('tests/fixtures/bad-site', 'https://port-atlas.example', '/atlas/');
    expect(problems.map((p) => p.target)).toContain('/en/ok/');
  });
});
