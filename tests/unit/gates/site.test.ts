import { describe, expect, it } from 'vitest';
import { classify, samplePages, type BuiltPage } from '../../gates/lib/site';

describe('page types', () => {
  it('groups pages by URL pattern and language', () => {
    expect(classify('/ko/ports/443/')).toEqual({ type: '/{lang}/ports/{n}/', lang: 'ko' });
    expect(classify('/en/lessons/port-ranges/')).toEqual({ type: '/{lang}/lessons/{slug}/', lang: 'en' });
    expect(classify('/en/ports/blocks/1024-2047/')).toEqual({ type: '/{lang}/ports/blocks/{n}/', lang: 'en' });
    expect(classify('/404.html')).toEqual({ type: '/404.html', lang: undefined });
    expect(classify('/')).toEqual({ type: '/', lang: undefined });
  });

  it('samples every type in every language', () => {
    const page = (path: string): BuiltPage => ({ file: path, path, ...classify(path) });
    const pages = ['/en/ports/1/', '/en/ports/2/', '/en/ports/3/', '/ko/ports/1/', '/en/'].map(page);
    expect(samplePages(pages, 1).map((p) => p.path)).toEqual(['/en/ports/1/', '/ko/ports/1/', '/en/']);
    expect(samplePages(pages, 1, ['/en/ports/3/']).map((p) => p.path)).toContain('/en/ports/3/');
  });
});
