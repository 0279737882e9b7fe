import { isLang, type Lang } from './locales';

/**
 * A built page's type, as a URL pattern ("/{lang}/ports/{n}/"), and its language: the build
 * summary counts pages per type and the test gates sample pages per type, so a new route is
 * picked up without being listed anywhere.
 */
export function classify(path: string): { type: string; lang: Lang | undefined } {
  const parts = path.split('/').filter(Boolean);
  const lang = isLang(parts[0]) ? parts[0] : undefined;
  const pattern = parts.map((seg, i) => {
    if (i === 0 && lang) return '{lang}';
    if (i > 0 && /^\d+(-\d+)?$/.test(seg)) return '{n}';
    if (i > 0 && parts[i - 1] === 'lessons') return '{slug}';
    return seg;
  });
  const trailing = path.endsWith('/') && parts.length > 0 ? '/' : '';
  return { type: '/' + pattern.join('/') + trailing, lang };
}
