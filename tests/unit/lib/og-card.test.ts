import { describe, expect, it } from 'vitest';
import { missingGlyphs, ogCardSvg, ogImagePath, ogLocale, wrapText } from '../../../src/lib/og-card';

describe('wrapText', () => {
  it('breaks at spaces and keeps every word', () => {
    const lines = wrapText('Port ranges: system, user and dynamic', 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Port ranges: system, user and dynamic');
  });

  it('counts Hangul as wider than Latin letters', () => {
    expect(wrapText('가나다라 마바사아', 5)).toEqual(['가나다라', '마바사아']);
    expect(wrapText('abcd efgh', 5)).toEqual(['abcd efgh']);
  });
});

describe('missingGlyphs', () => {
  it('names each character the font subset lacks, once', () => {
    expect(missingGlyphs('포트 똠똠 port', new Set('포트port'))).toEqual(['똠']);
  });
});

describe('ogCardSvg', () => {
  it('escapes the title and shrinks a long one to fit', () => {
    const svg = ogCardSvg({ lang: 'en', site: 'Port Atlas', kicker: 'Lesson 1 of 6', title: `<b>${'word '.repeat(40)}</b>` });
    expect(svg).toContain('&#60;b&#62;');
    expect(svg).not.toContain('font-size="72"');
    expect(svg.match(/<text /g)?.length).toBeLessThanOrEqual(6);
  });
});

describe('paths and locales', () => {
  it('names images per language', () => {
    expect(ogImagePath('lessons/port-ranges', 'ko')).toBe('og/lessons/port-ranges.ko.png');
    expect(ogLocale('ko')).toBe('ko_KR');
    expect(ogLocale('en')).toBe('en_US');
  });
});
