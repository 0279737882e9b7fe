import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { locales } from '../../../src/lib/locales';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lessonSchema } from '../../../src/schemas/lesson';

const langs = locales;
const slugs = readdirSync('content/lessons/en')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.slice(0, -4))
  .sort();

/** Frontmatter and body of a lesson file. */
function lesson(lang: string, slug: string) {
  const text = readFileSync(`content/lessons/${lang}/${slug}.mdx`, 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { data: lessonSchema.parse(parse(front)), body };
}
const headingIds = (body: string) => [...body.matchAll(/<h[23] id="([^"]+)"/g)].map((m) => m[1]);
const answers = (body: string) => [...body.matchAll(/<Question[\s\S]*?answer=\{(\d+)\}/g)].map((m) => Number(m[1]));
const ports = (body: string) => [...new Set([...body.matchAll(/<Port n=\{(\d+)\}/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);

describe('lessons', () => {
  it('are the same lessons in every language, numbered 1 to N in course order', () => {
    for (const lang of langs) expect(readdirSync(`content/lessons/${lang}`).sort(), lang).toEqual(readdirSync('content/lessons/en').sort());
    for (const lang of langs) {
      expect(
        slugs.map((s) => lesson(lang, s).data.order).sort((a, b) => a - b),
        lang,
      ).toEqual(slugs.map((_, i) => i + 1));
    }
  });

  describe.each(slugs)('%s', (slug) => {
    const en = lesson('en', slug);
    const ko = lesson('ko', slug);

    it('has the same heading ids in en and ko, language-neutral and unique', () => {
      expect(headingIds(ko.body)).toEqual(headingIds(en.body));
      expect(new Set(headingIds(en.body)).size).toBe(headingIds(en.body).length);
      expect(headingIds(en.body).every((id) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id ?? ''))).toBe(true);
      expect(headingIds(en.body)).toEqual(expect.arrayContaining(['self-check', 'sources']));
      expect(headingIds(en.body).at(-1)).toBe('sources');
    });

    it('has 3 to 5 self-check questions, the same in both languages', () => {
      expect(answers(en.body).length).toBeGreaterThanOrEqual(3);
      expect(answers(en.body).length).toBeLessThanOrEqual(5);
      expect(answers(ko.body)).toEqual(answers(en.body));
    });

    it('has a figure drawn for the project in each language, with a text alternative', () => {
      for (const { body } of [en, ko]) {
        const figures = [...body.matchAll(/<Figure\s+src="([^"]+)"\s+alt="([^"]{40,})"/g)];
        expect(figures.length).toBeGreaterThan(0);
        for (const lang of langs) for (const f of figures) expect(existsSync(`public/figures/${f[1]}.${lang}.svg`)).toBe(true);
      }
    });

    it('links the same port numbers in both languages', () => {
      expect(ports(ko.body)).toEqual(ports(en.body));
    });

    it('has matching frontmatter shape and existing prerequisites', () => {
      expect(ko.data.order).toBe(en.data.order);
      expect(ko.data.prerequisites).toEqual(en.data.prerequisites);
      expect(ko.data.objectives).toHaveLength(en.data.objectives.length);
      for (const p of en.data.prerequisites) expect(slugs).toContain(p);
    });

    it('cites sources', () => {
      for (const { body } of [en, ko]) {
        const sources = body.slice(body.indexOf('id="sources"'));
        expect(sources).toMatch(/https:\/\/(www\.rfc-editor\.org|www\.iana\.org|man7\.org|learn\.microsoft\.com)/);
      }
    });
  });

  it('keep every topic, analogy and example of the original study note', () => {
    const all = (lang: string) => slugs.map((s) => lesson(lang, s).body).join('\n');
    const expectations: [string, RegExp, RegExp][] = [
      ['hardware connectors', /USB-A[\s\S]*HDMI[\s\S]*VGA/, /USB-A[\s\S]*HDMI[\s\S]*VGA/],
      ['65,536 doors', /65,536/, /65,536|65536/],
      ['the three ranges', /49152/, /49152/],
      ['the :123 experiment', /:123/, /:123/],
      ['Hapjeong exit 5', /Hapjeong/, /합정역/],
      ['lsof listing', /lsof -i -P -n \| grep LISTEN/, /lsof -i -P -n \| grep LISTEN/],
      ['address already in use on 8000', /127\.0\.0\.1:8000/, /127\.0\.0\.1:8000/],
      ['the node process 95361', /95361/, /95361/],
      ['kill -9', /kill -9/, /kill -9/],
      ['the packet drawing', /[Tt]railer/, /트레일러/],
      ['11.22.33.44 to 192.168.0.X', /11\.22\.33\.44/, /11\.22\.33\.44/],
      ['the laptop at 192.168.0.2:25', /192\.168\.0\.2/, /192\.168\.0\.2/],
      [
        'all three private ranges',
        /10\.0\.0\.0\/8[\s\S]*172\.16\.0\.0\/12[\s\S]*192\.168\.0\.0\/16/,
        /10\.0\.0\.0\/8[\s\S]*172\.16\.0\.0\/12[\s\S]*192\.168\.0\.0\/16/,
      ],
      ['VPN as the safer choice', /VPN/, /VPN/],
    ];
    for (const [topic, enPattern, koPattern] of expectations) {
      expect(all('en'), `en: ${topic}`).toMatch(enPattern);
      expect(all('ko'), `ko: ${topic}`).toMatch(koPattern);
    }
  });
});
