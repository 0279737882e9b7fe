/**
 * The site's languages, English first: it is the source of truth for UI strings. Adding a language
 * means adding it here (with its names below) and writing its dictionary in src/i18n and content.
 */
export const locales = ['en', 'ko'] as const;

/** One of the site's languages. */
export type Lang = (typeof locales)[number];

/** Language used when nothing else decides. */
export const defaultLang: Lang = 'en';

/** Native names, shown in the language switcher. */
export const languageNames: Record<Lang, string> = { en: 'English', ko: '한국어' };

/** English names, for build errors ("Korean text is missing"). */
export const englishNames: Record<Lang, string> = { en: 'English', ko: 'Korean' };

/** True when `value` is one of the site's languages. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Every language but `lang`: what the language switcher offers. */
export function otherLangs(lang: Lang): Lang[] {
  return locales.filter((l) => l !== lang);
}

/**
 * Splits a site path ("/ko/lessons/x/") into its language and the language-neutral rest
 * ("lessons/x/"), ignoring the deploy base. Returns undefined for paths outside the language folders.
 */
export function splitLocalePath(pathname: string, base = '/'): { lang: Lang; rest: string } | undefined {
  const b = base.endsWith('/') ? base : `${base}/`;
  const path = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\//, '');
  const [first, ...rest] = path.split('/');
  if (!isLang(first)) return undefined;
  return { lang: first, rest: rest.join('/') };
}

/** Builds a site path for `lang` from a language-neutral path ("ports/443/"), under the deploy base. */
export function localePath(lang: Lang, rest = '', base = '/'): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${lang}/${rest.replace(/^\//, '')}`;
}

/** Picks the site language that best matches a browser's language list (navigator.languages). */
export function pickLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return defaultLang;
}
