import type { APIRoute, GetStaticPaths } from 'astro';
import { portCatalog } from '../../../../data/ports';
import { factsOfBlock } from '../../../../lib/explain/port-facts';
import { locales, type Lang } from '../../../../lib/locales';
import { BLOCK_SIZE, PORT_MAX } from '../../../../lib/ranges';

/** What the explain page shows per port, one file per block of 256 numbers and language. */
export const getStaticPaths = (() =>
  locales.flatMap((lang) =>
    Array.from({ length: Math.ceil((PORT_MAX + 1) / BLOCK_SIZE) }, (_, block) => ({ params: { lang, block: String(block) } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { registry, notes, hasPage } = await portCatalog();
  const facts = factsOfBlock(Number(params.block), params.lang as Lang, hasPage, registry.rowsAt, registry.rangesAt, (port) =>
    notes.get(port),
  );
  return new Response(JSON.stringify(facts), { headers: { 'Content-Type': 'application/json' } });
};
