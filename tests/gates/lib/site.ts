import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Lang } from '../../../src/lib/locales';
import { classify } from '../../../src/lib/page-types';

export { classify };

/** A built HTML page: its file and the URL path it is served at. */
export interface BuiltPage {
  file: string;
  path: string;
  /** The page's kind, as a URL pattern ("/{lang}/ports/{n}/"): gates sample per kind. */
  type: string;
  lang: Lang | undefined;
}

/** Every .html file under `dist`, with its URL path and page type. */
export function builtPages(dist: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const rel = relative(dist, full).split(sep).join('/');
        const path = '/' + rel.replace(/(^|\/)index\.html$/, '$1');
        pages.push({ file: full, path, ...classify(path) });
      }
    }
  };
  walk(dist);
  return pages.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
}

/** A few pages of every type in every language: what the slower gates run on. */
export function samplePages(pages: BuiltPage[], perTypeAndLang = 2, always: string[] = []): BuiltPage[] {
  const counts = new Map<string, number>();
  const picked: BuiltPage[] = [];
  for (const page of pages) {
    const key = `${page.type} ${page.lang ?? ''}`;
    const n = counts.get(key) ?? 0;
    if (n < perTypeAndLang || always.includes(page.path)) {
      counts.set(key, n + 1);
      picked.push(page);
    }
  }
  return picked;
}
