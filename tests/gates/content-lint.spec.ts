import { expect, test } from '@playwright/test';
import { formatProblems, lintBuiltSite, lintQuizBalance } from './lib/content-lint';
import { allPages, dist } from './pages';

// Reads every one of the ~13,000 built files: allow more than the default minute on a busy machine.
test.describe.configure({ timeout: 180_000 });

test('no internal words, literal backticks or forbidden Korean terms in any built page or figure', () => {
  expect(allPages.length).toBeGreaterThan(0);
  const problems = lintBuiltSite(dist);
  expect(problems, formatProblems(problems.slice(0, 50))).toEqual([]);
});

test('self-checks give nothing away by the length or the position of the right option', () => {
  const problems = lintQuizBalance('content/lessons');
  expect(problems, formatProblems(problems)).toEqual([]);
});
