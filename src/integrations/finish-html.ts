import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { trimCspHashes } from '../lib/csp';

/** After the build, narrows each page's CSP to its own inline hashes (see trimCspHashes). */
export default function trimCsp(): AstroIntegration {
  return {
    name: 'port-atlas:trim-csp',
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
              const trimmed = trimCspHashes(html);
              if (trimmed !== html) {
                changed += 1;
                await writeFile(path, trimmed);
              }
            }),
          );
        }
        logger.info(`narrowed the CSP of ${changed} pages to their own inline hashes`);
      },
    },
  };
}
