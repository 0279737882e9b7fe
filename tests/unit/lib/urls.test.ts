import { describe, expect, it } from 'vitest';
import { assetUrl, blockUrl, homeUrl, lessonUrl, pageUrl, portUrl, rangeUrl, searchUrl } from '../../../src/lib/urls';

describe('site URLs', () => {
  it('builds each route under the root', () => {
    expect(homeUrl('ko', '/')).toBe('/ko/');
    expect(portUrl('en', 443, '/')).toBe('/en/ports/443/');
    expect(lessonUrl('ko', 'port-ranges', 'three-ranges', '/')).toBe('/ko/lessons/port-ranges/#three-ranges');
    expect(rangeUrl('en', 'dynamic', '/')).toBe('/en/ports/ranges/dynamic/');
    expect(pageUrl('en', 'teach/', '/')).toBe('/en/teach/');
  });

  it('anchors a port inside its block page', () => {
    expect(blockUrl('en', 6006, '/')).toBe('/en/ports/blocks/5888-6143/#p-6006');
    expect(blockUrl('en', { first: 0, last: 255 }, '/')).toBe('/en/ports/blocks/0-255/');
  });

  it('encodes a search query', () => {
    expect(searchUrl('en', 'port forwarding', '/')).toBe('/en/search/?q=port%20forwarding');
    expect(searchUrl('ko', undefined, '/')).toBe('/ko/search/');
  });

  it('follows a deploy sub-path', () => {
    expect(portUrl('en', 22, '/atlas/')).toBe('/atlas/en/ports/22/');
    expect(assetUrl('/figures/a.svg', '/atlas')).toBe('/atlas/figures/a.svg');
  });
});

describe('port map URLs', () => {
  it('builds the map page with its state, the picture and a block’s data under the base', async () => {
    const { portMapUrl, portMapImageUrl, portMapBlockUrl } = await import('../../../src/lib/urls');
    expect(portMapUrl('ko', {}, '/')).toBe('/ko/ports/map/');
    expect(portMapUrl('en', { port: 443, overlay: 'linux' }, '/atlas/')).toBe('/atlas/en/ports/map/?port=443&overlay=linux');
    expect(portMapImageUrl('/atlas')).toBe('/atlas/ports/map.png');
    expect(portMapBlockUrl({ first: 256, last: 511 }, '/')).toBe('/ports/map/256-511.json');
  });
});
