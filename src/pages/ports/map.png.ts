import { deflateSync } from 'node:zlib';
import type { APIRoute } from 'astro';
import { portCatalog } from '../../data/ports';
import { encodePalettePng } from '../../lib/png';
import { MAP_COLUMNS, mapStatuses, statusColours } from '../../lib/port-map';

/**
 * The port map as a 256 x 256 PNG, one pixel per port, coloured by IANA status (the registry's
 * status map, whose codes are the palette indices). The no-JS picture and the interactive map's
 * base layer.
 */
export const GET: APIRoute = async () => {
  const { registry } = await portCatalog();
  const palette = mapStatuses.map((s) => statusColours[s]);
  const png = encodePalettePng(MAP_COLUMNS, MAP_COLUMNS, palette, registry.status, (d) => deflateSync(d, { level: 9 }));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
