import { describe, expect, it } from 'vitest';
import en from '../../../../src/i18n/en';
import ko from '../../../../src/i18n/ko';
import { explain } from '../../../../src/lib/explain/explain';
import { parseOutput } from '../../../../src/lib/explain/parse';
import { factsBlock, factsOfBlock, ianaLine } from '../../../../src/lib/explain/port-facts';
import { esc, neededBlocks, render, rowLimits, toHtml, type RenderContext } from '../../../../src/lib/explain/render';
import type { RegistryRecord } from '../../../../src/schemas/registry-record';

const blocks = new Map([[factsBlock(6379), { 6379: { n: 'Redis', s: 'An in-memory store.', i: 'redis, Redis (tcp)' } }]]);
const ctx = (lang: 'en' | 'ko' = 'en'): RenderContext => ({ lang, base: '/', strings: lang === 'en' ? en : ko, blocks });
const draw = (text: string, lang: 'en' | 'ko' = 'en') => {
  const rendered = render(parseOutput(text), ctx(lang));
  return { html: toHtml(rendered), announce: rendered.announce };
};

describe('drawing the results', () => {
  it('names the format, the counts, the facts, the reach and the warning', () => {
    const { html, announce } = draw('tcp LISTEN 0 5 0.0.0.0:6379 0.0.0.0:* users:(("redis-server",pid=9,fd=3))');
    expect(html).toContain('Recognised: Linux ss');
    expect(html).toContain('1 listening, 1 reachable from the network, 1 warnings, 0 connections.');
    expect(html).toContain('<a href="/en/ports/6379/">6379/tcp</a>');
    expect(html).toContain('<strong>Redis</strong> IANA: redis, Redis (tcp). An in-memory store.');
    expect(html).toContain('every interface (0.0.0.0)');
    expect(html).toContain('Program: redis-server, PID 9');
    expect(html).toContain('A cache with no password by default');
    expect(announce).toBe('Recognised: Linux ss. 1 listening, 1 reachable from the network, 1 warnings, 0 connections.');
  });

  it('links a port only when the site has its page', () => {
    const { html } = draw('tcp LISTEN 0 5 127.0.0.1:40001 0.0.0.0:*');
    expect(html).not.toContain('href=');
    expect(html).toContain('<span>40001/tcp</span>');
    expect(html).toContain('No page on this site');
  });

  it('escapes everything from the paste', () => {
    const { html } = draw(
      'tcp LISTEN 0 5 0.0.0.0:6379 0.0.0.0:* users:(("<img src=x onerror=alert(1)>",pid=9,fd=3))\n<script>alert(1)</script>',
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(esc(`<"'&>`)).toBe('&lt;&quot;&#39;&amp;&gt;');
  });

  it('answers empty input, binary files, a capped paste and unknown output in both languages', () => {
    expect(draw('').html).toContain('Paste some output first');
    expect(draw('', 'ko').html).toContain('먼저 출력을 붙여 넣으십시오');
    expect(draw('\u0000\u0001binary').html).toContain('binary file');
    expect(draw('x\n'.repeat(30_000)).html).toContain('only its first 20,000 lines');
    expect(draw('hello world').html).toContain('Line 1: <code>hello world</code> (not a line of a known output)');
    expect(draw('hello world', 'ko').html).toContain('1번째 줄: <code>hello world</code> (알려진 출력의 줄이 아님)');
  });

  it('draws at most a few hundred rows of a long paste and says how many more there are', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `ESTAB 0 0 10.0.0.2:${40000 + i} 203.0.113.9:443`).join('\n');
    const { html } = draw(lines);
    expect(html.match(/<li/g)?.length).toBe(rowLimits.connections);
    expect(html).toContain('940 more not shown.');
    expect(html).toContain('<span>443/tcp</span> × 1000');
  });

  it('asks only for the blocks of the ports shown', () => {
    expect(neededBlocks(explain(parseOutput('tcp LISTEN 0 5 0.0.0.0:22 0.0.0.0:*\nESTAB 0 0 10.0.0.2:50000 1.2.3.4:8443')))).toEqual([
      0, 32,
    ]);
  });
});

describe('port facts', () => {
  const row = (service: string, protocol: 'tcp' | 'udp', extra: Partial<RegistryRecord> = {}) =>
    ({ service, protocol, description: `${service} service`, kind: 'assigned', role: 'primary', ...extra }) as RegistryRecord;

  it("IANA's primary names once each, with their protocols", () => {
    expect(ianaLine([row('http', 'tcp'), row('http', 'udp'), row('www', 'tcp', { role: 'alias' })], [])).toBe(
      'http, http service (tcp, udp)',
    );
    expect(ianaLine([], [])).toBeUndefined();
  });

  it('a block holds only the numbers with pages, with the note in the wanted language', () => {
    const note = {
      name: { en: 'Redis', ko: 'Redis' },
      summary: { en: 'In `memory`.', ko: '메모리.' },
      uses: [{ official: false, protocols: ['tcp'], text: { en: 'Cache', ko: '캐시' } }],
    };
    const block = factsOfBlock(
      factsBlock(6379),
      'ko',
      (p) => p === 6379,
      () => [row('redis', 'tcp')],
      () => [],
      (p) => (p === 6379 ? [note as never] : undefined),
    );
    expect(block).toEqual({ 6379: { i: 'redis, redis service (tcp)', n: 'Redis', s: '메모리.', u: '캐시' } });
  });
});
