import { locales } from '../../src/lib/locales';
import { builtPages, samplePages } from './lib/site';

/** Built output the gates run over (run `npm run build` first; `npm test` does). */
export const dist = 'dist';

/** Every built page, with its type found from its URL: a new route is covered once it is built. */
export const allPages = builtPages(dist);

/** Pages the gates always include on top of the per-type sample: the ones readers meet most. */
export const alwaysInclude = [
  '/en/ports/443/',
  '/ko/ports/443/',
  '/en/ports/22/',
  '/ko/ports/5432/',
  // One of each kind of port page: several IANA rows and notes, a note only, the last user port, unassigned.
  '/en/ports/80/',
  '/ko/ports/6006/',
  '/en/ports/49151/',
  '/ko/ports/33332/',
  ...locales.flatMap((lang) => ['ports/map/', 'teach/', 'glossary/', 'explain/'].map((path) => `/${lang}/${path}`)),
];

/** Types where every page is checked, not a sample: each lesson has its own prose, figures and quiz. */
const checkEveryPage = ['/{lang}/lessons/{slug}/'];

/** One page of every type in every language, the pages above, and every page of the types above. */
export const typeSample = samplePages(allPages, 1, [
  ...alwaysInclude,
  ...allPages.filter((p) => checkEveryPage.includes(p.type)).map((p) => p.path),
]);
