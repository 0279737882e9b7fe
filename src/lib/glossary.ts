import type { Lang } from './locales';

/** The minimum of a glossary entry that linking needs. */
export interface TermRef {
  id: string;
  data: { term: Record<Lang, string>; aliases: Record<Lang, string[]> };
}

/** Maps each term and alias of `lang`, lower-cased, to its glossary id, so a lesson's key terms can link to it. */
export function glossaryLinks(terms: readonly TermRef[], lang: Lang): Map<string, string> {
  const links = new Map<string, string>();
  for (const { id, data } of terms) {
    for (const name of [data.term[lang], ...data.aliases[lang]]) {
      const key = name.toLowerCase();
      if (!links.has(key)) links.set(key, id);
    }
  }
  return links;
}

/** Terms in the reading order of a language: alphabetical in English, 가나다 order in Korean. */
export function sortTerms<T extends TermRef>(terms: readonly T[], lang: Lang): T[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return [...terms].sort((a, b) => collator.compare(a.data.term[lang], b.data.term[lang]));
}
