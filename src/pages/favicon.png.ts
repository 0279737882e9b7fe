import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { Resvg } from '@resvg/resvg-js';

/**
 * The tab icon as a 32 px PNG, drawn at build time from public/favicon.svg (the one drawing of the
 * logo). Pages link this PNG, not the SVG: Chromium fetches the icon again after every
 * history.replaceState, which the interactives call to keep their state in the address, and an SVG
 * icon then costs a whole SVG document in the page's main thread (18-53 ms under 4x CPU throttling
 * in traces, a long task while the reader uses a diagram; the PNG costs 8-14 ms).
 */
export const GET: APIRoute = () => {
  const svg = readFileSync(join(process.cwd(), 'public/favicon.svg'));
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: 32 } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
