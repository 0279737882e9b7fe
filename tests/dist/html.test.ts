import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { validateHtmlFile } from '../gates/lib/html';
import { allPages } from '../gates/pages';

const portPage = '/{lang}/ports/{n}/';
const blockPage = '/{lang}/ports/blocks/{n}/';
/** Numbers with a written note: their pages carry the most varied markup. */
const noted = new Set(readdirSync('content/ports').map((f) => Number.parseInt(f, 10)));
/** The port number of a port page, or the first number of a block page. */
const numberOf = (path: string) => Number.parseInt(path.split('/').at(-2) ?? '', 10);

/**
 * Every page of every other type, and of the two types with thousands of pages from one template:
 * every noted port page in one language (English for even numbers, Korean for odd), every 100th
 * port number in both, and every 8th block page (about 1,100 pages, 30 s of validation).
 */
const pages = allPages.filter((p) => {
  if (p.type === portPage) {
    const n = numberOf(p.path);
    return n % 100 === 0 || (noted.has(n) && p.lang === (n % 2 === 0 ? 'en' : 'ko'));
  }
  if (p.type === blockPage) return (numberOf(p.path) / 256) % 8 === 0 || numberOf(p.path) === 65280;
  return true;
});
const counts = (type: string) => `${pages.filter((p) => p.type === type).length} of ${allPages.filter((p) => p.type === type).length}`;

it(`valid HTML (html-validate, recommended rules): every page but port and block pages, ${counts(portPage)} port pages, ${counts(blockPage)} block pages`, async () => {
  expect(new Set(pages.map((p) => p.type))).toEqual(new Set(allPages.map((p) => p.type)));
  const problems: string[] = [];
  for (const page of pages) {
    for (const error of await validateHtmlFile(page.file)) problems.push(`${page.path} ${error}`);
  }
  expect(problems, problems.slice(0, 50).join('\n')).toEqual([]);
});
