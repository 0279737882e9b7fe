import type { APIRoute, GetStaticPaths } from 'astro';
import { allBlocks, portCatalog } from '../../../data/ports';
import { blockSlug, type Block } from '../../../lib/ranges';
import { blockData } from '../../../lib/port-map';

/** One block of the port map's zoomed view: IANA names per number and which numbers have pages. */
export const getStaticPaths = (() =>
  allBlocks.map((block) => ({ params: { block: blockSlug(block) }, props: { block } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { block } = props as { block: Block };
  const catalog = await portCatalog();
  const pages = new Set(catalog.pageNumbers);
  const data = blockData(
    block,
    (port) => catalog.registry.rowsAt(port).concat(catalog.registry.rangesAt(port)),
    (port) => pages.has(port),
  );
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
