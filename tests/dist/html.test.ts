import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { validateHtmlFile } from '../gates/lib/html';
import { allPages } from '../gates/pages';

const portPage = '/{lang}/ports/{n}/';
/** Numbers with a written note: their pages carry the most varied markup. */
const noted = new Set(readdirSync('content/ports').map((f) => Number.parseInt(f, 10)));
/** Port pages come from one template: every noted one, and every 20th of the rest (about 13,000 in all). */
const pages = allPages.filter((p) => {
  if (p.type !== portPage) return true;
  const n = Number(p.path.split('/')[3]);
  return noted.has(n) || n % 20 === 0;
});

it(`valid HTML (html-validate, recommended rules) on every page but port pages, and ${pages.filter((p) => p.type === portPage).length} port pages`, async () => {
  expect(new Set(pages.map((p) => p.type))).toEqual(new Set(allPages.map((p) => p.type)));
  const problems: string[] = [];
  for (const page of pages) {
    for (const error of await validateHtmlFile(page.file)) problems.push(`${page.path} ${error}`);
  }
  expect(problems, problems.slice(0, 50).join('\n')).toEqual([]);
});
