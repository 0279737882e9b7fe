import { locales } from './locales';

/** getStaticPaths() for routes that exist once per language. */
export function langPaths() {
  return locales.map((lang) => ({ params: { lang } }));
}
