import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en';
import ko from '../../src/i18n/ko';
import { useTranslations } from '../../src/i18n';

describe('UI dictionaries', () => {
  it('has every English key in Korean, and no extra ones', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(ko[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('fills placeholders', () => {
    expect(useTranslations('ko')('port.title', { n: 443 })).toBe('443번 포트');
  });
});
