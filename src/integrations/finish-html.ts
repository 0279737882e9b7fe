import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { trimCspHashes } from '../lib/csp';
import { stripSearchHints } from '../lib/search-hints';

/**
 * After the build and the search index: narrows each page's CSP to its own inline hashes (see
 * trimCspHashes) and drops the attributes only the search indexer reads (see stripSearchHints).
 * Runs after port-atlas:pagefind in the integrations list, since the indexer needs those attributes.
 */
export default function finishHtml(): AstroIntegration {
  return {
    name: 'port-atlas:finish-html',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        let changed = 0;
        for (let i = 0; i < files.length; i += 64) {
          await Promise.all(
            files.slice(i, i + 64).map(async (file) => {
              const path = join(root, file);
              const html = await readFile(path, 'utf8');
              const trimmed = stripSearchHints(trimCspHashes(html));
              if (trimmed !== html) {
                changed += 1;
                await writeFile(path, trimmed);
              }
            }),
          );
        }
        logger.info(`finished ${changed} pages: their own CSP hashes, no search-index hints`);
      },
    },
  };
}
