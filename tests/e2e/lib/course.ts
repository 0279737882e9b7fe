import { readdirSync, readFileSync } from 'node:fs';
import type { Lang } from '../../../src/lib/locales';

/** Lesson slugs of one language in course order, read from content/ (frontmatter `order`). */
export function courseOrder(lang: Lang): string[] {
  const dir = `content/lessons/${lang}`;
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({ slug: file.slice(0, -4), order: Number(/^order:\s*(\d+)/m.exec(readFileSync(`${dir}/${file}`, 'utf8'))?.[1]) }))
    .sort((a, b) => a.order - b.order)
    .map((lesson) => lesson.slug);
}
