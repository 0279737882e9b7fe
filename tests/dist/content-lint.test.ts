import { expect, it } from 'vitest';
import { formatProblems, lintBuiltSite } from '../gates/lib/content-lint';
import { allPages, dist } from '../gates/pages';

it('no internal words, literal backticks or forbidden Korean terms in any built page or figure', () => {
  expect(allPages.length).toBeGreaterThan(0);
  const problems = lintBuiltSite(dist);
  expect(problems, formatProblems(problems.slice(0, 50))).toEqual([]);
});
