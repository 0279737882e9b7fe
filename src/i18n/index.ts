import { fill } from '../lib/fill';
import type { Lang } from '../lib/locales';
import en, { type UiKey, type UiStrings } from './en';
import ko from './ko';

/** Every locale's dictionary. */
export const dictionaries: Record<Lang, UiStrings> = { en, ko };

/** Returns a translator for `lang`; `{name}` placeholders are filled from `vars`. */
export function useTranslations(lang: Lang) {
  const dict = dictionaries[lang];
  return (key: UiKey, vars: Record<string, string | number> = {}): string => fill(dict[key], vars);
}
