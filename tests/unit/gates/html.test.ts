import { describe, expect, it } from 'vitest';
import { validateHtmlFile } from '../../gates/lib/html';

describe('html-validate gate', () => {
  it('flags an image without alt text', async () => {
    const errors = await validateHtmlFile('tests/fixtures/bad-site/index.html');
    expect(errors.some((e) => e.includes('wcag/h37'))).toBe(true);
  });

  it('passes a clean page', async () => {
    expect(await validateHtmlFile('tests/fixtures/bad-site/en/ok/index.html')).toEqual([]);
  });
});
