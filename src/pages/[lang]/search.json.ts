import type { APIRoute } from 'astro';
import { portCatalog } from '../../data/ports';
import { locales, type Lang } from '../../lib/locales';
import { namedNotes, noteNames, searchData } from '../../lib/search-data';
import { dictionaries } from '../../i18n';

/** Data the search dialog loads when it opens: its UI strings and the instant-answer tables. */
export function getStaticPaths() {
  return locales.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { pageNumbers, notes, registry } = await portCatalog();
  const lang = params.lang as Lang;
  // Each note under its name in this language; the other languages' names and its keywords find it too.
  const data = searchData(
    dictionaries[lang],
    pageNumbers,
    noteNames(namedNotes(notes, lang), (port) => registry.rowsAt(port)),
  );
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
