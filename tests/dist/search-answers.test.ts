import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fill } from '../../src/lib/fill';
import { nameShardKey, type NameEntry, type SearchData } from '../../src/lib/search-data';
import { decodeNumbers, pageLookup, quickAnswers, type QuickAnswer } from '../../src/lib/search-shortcuts';
import type { Lang } from '../../src/lib/locales';
import { dist } from '../gates/pages';

/**
 * The search dialog's instant answers, computed as the dialog computes them (src/scripts/ui/search.ts)
 * from the files it downloads: /{lang}/search.json and the IANA name shard of the query. One browser
 * test per behaviour stays in tests/e2e; the tables of answers live here.
 */
function answer(lang: Lang, query: string): { answer: QuickAnswer; label: (port: number) => string; strings: Record<string, string> } {
  const data = JSON.parse(readFileSync(`${dist}/${lang}/search.json`, 'utf8')) as SearchData;
  const names: NameEntry[] = [...data.names];
  const key = nameShardKey(query);
  if (key !== undefined && existsSync(`${dist}/search-names/${key}.json`)) {
    names.push(...(JSON.parse(readFileSync(`${dist}/search-names/${key}.json`, 'utf8')) as NameEntry[]));
  }
  const pages = decodeNumbers(data.pages);
  const result = quickAnswers(query, { pages, names }, pageLookup(pages));
  const s = (k: string, vars: Record<string, string | number>) => fill(data.strings[`search.${k}`] ?? k, vars);
  const label = (port: number) => {
    const hit = result.hits.find((h) => h.port === port);
    return hit?.label ? s('portNamed', { n: port, name: hit.label }) : s('port', { n: port });
  };
  return { answer: result, label, strings: data.strings };
}

describe('a number comes first', () => {
  it.each([
    ['en', '443', 'Port 443: HTTPS'],
    ['en', '8080', 'Port 8080'],
    ['en', '0', 'Port 0'],
    ['ko', '5432', '5432번 포트: PostgreSQL'],
  ] as const)('%s: %s → its page, labelled "%s"', (lang, query, text) => {
    const { answer: a, label } = answer(lang, query);
    const port = Number(query);
    expect(a.hits[0]).toMatchObject({ port, hasPage: true });
    expect(label(port)).toContain(text);
  });

  it.each([
    ['en', '65535'],
    ['en', '49152'],
    ['ko', '31000'],
  ] as const)('%s: %s has no page of its own, so the answer leads to its range and block', (lang, query) => {
    const { answer: a } = answer(lang, query);
    expect(a.hits).toEqual([{ port: Number(query), hasPage: false }]);
  });

  it('080 is read as port 80, with a note saying so', () => {
    expect(answer('en', '080').answer).toMatchObject({ hits: [{ port: 80, hasPage: true }], note: 'leading-zero' });
  });
});

describe('a service name answers with its port', () => {
  it.each([
    ['ssh', 22],
    ['postgres', 5432],
    ['postgresql', 5432],
    ['mysql', 3306],
    ['rdp', 3389],
    ['https', 443],
    ['dns', 53],
    ['smtp', 25],
  ] as const)('a noted name, in both languages: %s → %i', (query, port) => {
    for (const lang of ['en', 'ko'] as const) expect(answer(lang, query).answer.hits[0]?.port, lang).toBe(port);
  });

  it.each([
    ['zabbix', 10050],
    ['puppet', 8140],
    ['erlang', 4369],
    ['epmd', 4369],
    ['nagios', 5666],
    ['svn', 3690],
    ['vnc', 5900],
    ['novnc', 5800],
  ] as const)('a product named in a note, in both languages: %s → %i first', (query, port) => {
    for (const lang of ['en', 'ko'] as const) expect(answer(lang, query).answer.hits[0]?.port, lang).toBe(port);
  });

  it('rabbitmq answers with its AMQP ports', () => {
    for (const lang of ['en', 'ko'] as const) expect(answer(lang, 'rabbitmq').answer.hits.map((h) => h.port)).toContain(5672);
  });

  it.each([
    ['turn', 3478, /TURN/],
    ['stuns', 5349, /stuns/],
    ['l2f', 1701, /l2f/],
    ['ipps', 631, /ipps/],
    ['krb524', 4444, /krb524/],
    ['x11', 6000, /X11/i],
    ['hbci', 3000, /hbci/i],
    ['syslog', 514, /Syslog/],
    ['rip', 520, /RIP \(router\)/],
  ] as const)('every IANA service name answers, from its name shard: %s → %i', (query, port, text) => {
    const { answer: a, label } = answer('en', query);
    expect(a.hits[0]?.port).toBe(port);
    expect(a.hits[0]?.hasPage).toBe(true);
    expect(label(port)).toMatch(text);
  });
});

describe('a malformed number gets a clear message', () => {
  it.each([
    ['-1', 'Port numbers start at 0', '포트 번호는 0부터 시작'],
    ['70000', 'The highest port number is 65535', '65535'],
    ['80.5', 'Port numbers are whole numbers', '정수'],
    ['1e3', 'plain digits', ''],
  ])('%s', (query, en, ko) => {
    for (const [lang, text] of [
      ['en', en],
      ['ko', ko],
    ] as const) {
      const { answer: a, strings } = answer(lang, query);
      expect(a.hits).toEqual([]);
      expect(a.problem, `${lang} ${query}`).toBeDefined();
      const message = strings[`search.problem.${a.problem}`];
      expect(message, `${lang} search.problem.${a.problem}`).toBeTruthy();
      expect(message).toContain(text);
    }
  });
});
