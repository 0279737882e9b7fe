import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Word locations per index chunk (Pagefind's default is 20,000). A search downloads one chunk per
 * query word, so smaller chunks mean fewer bytes per word: at the default, a second two-word query
 * ("port forwarding") fetched two chunks of 20-30 KB; at this size they are 5-10 KB. Much smaller only
 * adds requests and chunk entries to the metadata every search loads first.
 */
const INDEX_CHUNK_SIZE = 4000;

/**
 * Builds the Pagefind search index after Astro has written the site, through Pagefind's Node API.
 * Pagefind splits the index by each page's <html lang>, so English and Korean get one index each;
 * only elements marked data-pagefind-body (the <main> of content pages) are indexed.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'port-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        // Pagefind reads its chunk size only from this environment variable, which it marks unstable;
        // the indexer process it starts inherits it. If a release drops it, chunks go back to the
        // default size and `npm run bench` reports the search budget over.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
