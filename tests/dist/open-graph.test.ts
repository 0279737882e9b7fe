import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { locales, type Lang } from '../../src/lib/locales';
import { allPages, dist } from '../gates/pages';

const ogLocale: Record<Lang, string> = { en: 'en_US', ko: 'ko_KR' };

/** The content of `<meta property|name="key" content="…">` in a page, or undefined. */
function meta(html: string, key: string): string | undefined {
  const found = new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html);
  return found?.[1];
}

/** Width and height of a PNG file, from its IHDR chunk. */
function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

it('every page in a language has Open Graph tags with absolute URLs, and each preview image is a 1200 × 630 PNG in dist', () => {
  const pages = allPages.filter((p) => p.lang);
  expect(pages.length).toBeGreaterThan(13_000);
  const images = new Map<string, [number, number] | 'missing'>();
  const problems: string[] = [];
  for (const page of pages) {
    const lang = page.lang as Lang;
    const html = readFileSync(page.file, 'utf8');
    const say = (what: string) => problems.push(`${page.path}: ${what}`);
    if (!meta(html, 'og:title')) say('no og:title');
    if (!meta(html, 'og:description')) say('no og:description');
    const url = meta(html, 'og:url');
    if (!url || !/^https?:\/\/[^/]+\//.test(url) || new URL(url).pathname !== page.path) say(`og:url ${url} is not this page`);
    if (meta(html, 'og:locale') !== ogLocale[lang]) say(`og:locale ${meta(html, 'og:locale')}`);
    const others = locales.filter((l) => l !== lang).map((l) => ogLocale[l]);
    if (meta(html, 'og:locale:alternate') !== others.join()) say(`og:locale:alternate ${meta(html, 'og:locale:alternate')}`);
    if (meta(html, 'twitter:card') !== 'summary_large_image') say('twitter:card is not summary_large_image');
    const image = meta(html, 'og:image');
    if (!image || !/^https?:\/\/[^/]+\/.+\.png$/.test(image)) {
      say(`og:image ${image} is not an absolute PNG URL`);
      continue;
    }
    const path = new URL(image).pathname;
    if (!images.has(path)) {
      try {
        images.set(path, pngSize(join(dist, path)));
      } catch {
        images.set(path, 'missing');
      }
    }
    const size = images.get(path);
    if (size === 'missing') say(`og:image ${path} is not in dist`);
    else if (size?.[0] !== 1200 || size[1] !== 630) say(`og:image ${path} is ${size?.join(' × ')}, not 1200 × 630`);
  }
  expect(problems, problems.slice(0, 50).join('\n')).toEqual([]);
});

it('each lesson has its own preview image per language', () => {
  const lessons = allPages.filter((p) => p.type === '/{lang}/lessons/{slug}/');
  const images = new Set(lessons.map((p) => meta(readFileSync(p.file, 'utf8'), 'og:image')));
  expect(lessons.length).toBeGreaterThanOrEqual(14);
  expect(images.size).toBe(lessons.length);
});
