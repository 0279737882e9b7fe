import { mkdirSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { classify } from '../lib/page-types';

/** Where the last build records what it was built for; `npm start` reads it (scripts/start.mjs). */
export const lastBuildFile = '.astro/last-build.json';

/** What `npm start` needs to know about dist/: when its build started and for which base and site. */
export interface LastBuild {
  startedAt: number;
  base: string;
  site: string;
  pages: number;
}

/**
 * Ends the build with one summary (pages per type, time) instead of a line per page (scripts/build.mjs
 * hides those), and records the build for `npm start`.
 */
export default function buildSummary(): AstroIntegration {
  let startedAt = Date.now();
  let base = '/';
  let site = '';
  return {
    name: 'port-atlas:build-summary',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ?? '';
      },
      'astro:build:start': () => {
        startedAt = Date.now();
      },
      'astro:build:done': ({ pages, logger }) => {
        const perType = new Map<string, number>();
        for (const { pathname } of pages) {
          const { type } = classify(`/${pathname}`);
          perType.set(type, (perType.get(type) ?? 0) + 1);
        }
        const rows = [...perType].sort((a, b) => b[1] - a[1]).map(([type, n]) => `${String(n).padStart(7)}  ${type}`);
        const seconds = ((Date.now() - startedAt) / 1000).toFixed(0);
        logger.info(`${pages.length} pages in ${seconds} s, by type:\n${rows.join('\n')}`);
        const record: LastBuild = { startedAt, base, site, pages: pages.length };
        mkdirSync('.astro', { recursive: true });
        writeFileSync(lastBuildFile, `${JSON.stringify(record, null, 2)}\n`);
      },
    },
  };
}
