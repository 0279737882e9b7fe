import type { APIRoute } from 'astro';
import { portCatalog } from '../../data/ports';
import { locales, type Lang } from '../../lib/locales';
import { encodeNumbers, normalizeName } from '../../lib/search-shortcuts';
import { dictionaries } from '../../i18n';

/** Data the search dialog loads when it opens: its UI strings and the instant-answer tables. */
export function getStaticPaths() {
  return locales.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const { pageNumbers, notes, registry } = await portCatalog();
  const names: [string, number, string][] = [];
  for (const [port, list] of notes) {
    for (const note of list) {
      const display = note.name;
      const aliases = new Set([display, ...registry.rowsAt(port).map((r) => r.service).filter(Boolean)]);
      for (const alias of aliases) names.push([normalizeName(alias), port, display]);
    }
  }
  const strings = Object.fromEntries(Object.entries(dictionaries[lang]).filter(([key]) => key.startsWith('search.') || key.startsWith('range.') && !key.endsWith('.about')));
  return new Response(JSON.stringify({ strings, pages: encodeNumbers(pageNumbers), names }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
