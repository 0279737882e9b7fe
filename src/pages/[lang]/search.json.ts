import type { APIRoute } from 'astro';
import { portCatalog } from '../../data/ports';
import { locales, type Lang } from '../../lib/locales';
import { noteNames, searchData } from '../../lib/search-data';
import { dictionaries } from '../../i18n';

/** Data the search dialog loads when it opens: its UI strings and the instant-answer tables. */
export function getStaticPaths() {
  return locales.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { pageNumbers, notes, registry } = await portCatalog();
  const data = searchData(
    dictionaries[params.lang as Lang],
    pageNumbers,
    noteNames(notes, (port) => registry.rowsAt(port)),
  );
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
