import { describe, expect, it } from 'vitest';
import { languageFreeTarget, missingPortPath, portHelp } from '../../../src/lib/not-found';

const helpFor = (path: string, named?: { port: number; label?: string }) => {
  const missing = missingPortPath(path);
  if (!missing) throw new Error(`${path} is not a port address`);
  return portHelp(missing, '/', named);
};

describe('the 404 page’s port help', () => {
  it('gives a number without a page its range and block', () => {
    expect(helpFor('/en/ports/31000/')).toEqual([
      { key: 'port', vars: { n: 31000 } },
      { key: 'portRange', vars: { range: 'user', first: 1024, last: 49151 } },
      { key: 'portBlock', vars: { first: 30976, last: 31231 }, href: '/en/ports/blocks/30976-31231/#p-31000' },
    ]);
  });

  it('asks about an unusual spelling of a number instead of calling it missing', () => {
    expect(helpFor('/ko/ports/0443/')[0]).toEqual({ key: 'portMeant', vars: { n: 443 }, href: '/ko/ports/443/' });
  });

  it('explains a malformed number and offers the decimal reading of a hex one', () => {
    expect(helpFor('/en/ports/70000/')).toEqual([{ key: 'portInvalid', vars: { input: '70000' } }]);
    expect(helpFor('/en/ports/0x50/')).toEqual([
      { key: 'portInvalid', vars: { input: '0x50' } },
      { key: 'portMeant', vars: { n: 80 }, href: '/en/ports/80/' },
    ]);
  });

  it('turns a service name into its port when search knows the name', () => {
    expect(helpFor('/en/ports/ssh/', { port: 22, label: 'SSH' })).toEqual([
      { key: 'portNamed', vars: { n: 22, name: 'SSH' }, href: '/en/ports/22/' },
    ]);
    expect(helpFor('/en/ports/nosuchname/')).toEqual([{ key: 'portInvalid', vars: { input: 'nosuchname' } }]);
  });
});

describe('addresses without a language', () => {
  it('go to the same page in the reader’s language', () => {
    expect(languageFreeTarget('/ports/443/', ['ko-KR', 'en'])).toBe('/ko/ports/443/');
    expect(languageFreeTarget('/lessons/port-ranges/', ['fr', 'en-GB'])).toBe('/en/lessons/port-ranges/');
    expect(languageFreeTarget('/search/', [])).toBe('/en/search/');
  });

  it('treat a bare number as a port', () => {
    expect(languageFreeTarget('/443', ['en'])).toBe('/en/ports/443/');
    expect(languageFreeTarget('/atlas/3389/', ['ko'], '/atlas/')).toBe('/atlas/ko/ports/3389/');
  });

  it('never redirect an address that has a language, the root, or one outside the base', () => {
    expect(languageFreeTarget('/en/ports/99999/', ['ko'])).toBeUndefined();
    expect(languageFreeTarget('/', ['ko'])).toBeUndefined();
    expect(languageFreeTarget('/other/ports/443/', ['ko'], '/atlas/')).toBeUndefined();
  });
});
