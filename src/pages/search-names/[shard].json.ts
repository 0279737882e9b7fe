import type { APIRoute, GetStaticPaths } from 'astro';
import { portCatalog } from '../../data/ports';
import { serviceNames } from '../../lib/registry';
import { ianaNameShards } from '../../lib/search-data';

/** Every IANA service name with a port, in pieces by first character, for search's instant answers. */
export const getStaticPaths = (async () => {
  const { registry } = await portCatalog();
  const shards = ianaNameShards(serviceNames(registry.records));
  return [...shards].map(([shard, entries]) => ({ params: { shard }, props: { entries } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.entries), { headers: { 'Content-Type': 'application/json' } });
