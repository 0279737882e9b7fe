import { expect, it } from 'vitest';
import { checkLinks } from '../gates/lib/links';
import { allPages, dist } from '../gates/pages';

it('no broken internal link or #fragment on any built page', () => {
  expect(allPages.length).toBeGreaterThan(0);
  const problems = checkLinks(dist).map((p) => `${p.page} → ${p.target}: ${p.reason}`);
  expect(problems, problems.slice(0, 50).join('\n')).toEqual([]);
});
