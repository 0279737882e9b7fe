import { builtPages, samplePages } from './lib/site';

/** Built output the gates run over (run `npm run build` first; `npm test` does). */
export const dist = 'dist';

/** Every built page. */
export const allPages = builtPages(dist);

/** Pages the gates always include on top of the per-type sample: the ones readers meet most. */
const alwaysInclude = ['/en/ports/443/', '/ko/ports/443/', '/en/ports/22/', '/ko/ports/5432/'];

/** One page of every type in every language, plus the pages above. */
export const typeSample = samplePages(allPages, 1, alwaysInclude);

/** Two pages of every type in every language: for the cheaper static checks. */
export const wideSample = samplePages(allPages, 2, alwaysInclude);
