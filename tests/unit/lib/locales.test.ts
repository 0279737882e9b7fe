import { describe, expect, it } from 'vitest';
import { localePath, locales, otherLangs, pickLang, splitLocalePath } from '../../../src/lib/locales';
import { missingPortPath } from '../../../src/lib/not-found';

describe('locale paths', () => {
  it('splits and builds paths, with and without a deploy base', () => {
    expect(splitLocalePath('/ko/lessons/port-ranges/')).toEqual({ lang: 'ko', rest: 'lessons/port-ranges/' });
    expect(splitLocalePath('/atlas/en/ports/443/', '/atlas/')).toEqual({ lang: 'en', rest: 'ports/443/' });
    expect(splitLocalePath('/fr/x/')).toBeUndefined();
    expect(localePath('ko', 'ports/443/')).toBe('/ko/ports/443/');
    expect(localePath('en', '', '/atlas')).toBe('/atlas/en/');
  });

  it('picks the reader language from the browser list', () => {
    expect(pickLang(['ko-KR', 'en-US'])).toBe('ko');
    expect(pickLang(['fr-FR', 'en'])).toBe('en');
    expect(pickLang([])).toBe('en');
  });
});

describe('missing port addresses', () => {
  it('recognises /{lang}/ports/{n}/ and reads the number', () => {
    expect(missingPortPath('/en/ports/12345/')).toMatchObject({ lang: 'en', parsed: { ok: true, port: 12345 }, canonical: true });
    expect(missingPortPath('/ko/ports/0443/')).toMatchObject({ lang: 'ko', parsed: { ok: true, port: 443 }, canonical: false });
    expect(missingPortPath('/en/ports/70000/')).toMatchObject({ parsed: { ok: false, reason: 'too-large' } });
    expect(missingPortPath('/en/ports/%3Cscript%3E/')).toMatchObject({ input: '<script>', parsed: { ok: false } });
    expect(missingPortPath('/en/lessons/x/')).toBeUndefined();
    expect(missingPortPath('/en/ports/blocks/0-255/')).toBeUndefined();
  });
});

describe('language list', () => {
  it('offers every other language in the switcher', () => {
    for (const lang of locales) {
      expect(otherLangs(lang)).toEqual(locales.filter((l) => l !== lang));
      expect(otherLangs(lang)).not.toContain(lang);
    }
  });
});
