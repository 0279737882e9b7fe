import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parseIanaCsv } from '../lib/iana-csv';
import { registryRecordSchema, type RegistryRecord } from '../schemas/registry-record';
import { ContentError } from './content-error';

/** Where the vendored registry lives, relative to the project root. */
export const IANA_DIR = 'data/iana';

/** What data/iana/source.json says about the vendored CSV. */
export interface IanaSource {
  file: string;
  url: string;
  /** Newest modification date in the file (YYYY-MM-DD). */
  snapshot: string;
  rows: number;
  sha256: string;
}

/** Reads data/iana/source.json. */
export function readIanaSource(dir = IANA_DIR): IanaSource {
  return JSON.parse(readFileSync(join(dir, 'source.json'), 'utf8')) as IanaSource;
}

/**
 * Reads the vendored IANA CSV: checks its checksum against source.json, parses every row, and
 * throws a ContentError listing each row that does not parse by line number.
 */
export function readIanaRegistry(dir = IANA_DIR): { source: IanaSource; records: RegistryRecord[] } {
  const source = readIanaSource(dir);
  const file = join(dir, source.file);
  const bytes = readFileSync(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== source.sha256) {
    throw new ContentError(
      [`sha256 is ${sha256}, ${join(dir, 'source.json')} says ${source.sha256} (refresh with npm run data:iana)`],
      file,
    );
  }
  const { records, problems } = parseIanaCsv(bytes.toString('utf8'));
  if (problems.length > 0) throw new ContentError(problems, `${file}: ${problems.length} row(s) do not parse`);
  return { source, records };
}

/** Astro loader for the IANA registry, from the vendored CSV (no network). Entry ids are CSV line numbers. */
export function registryLoader() {
  return {
    name: 'iana-registry',
    schema: registryRecordSchema,
    load: async ({ store, logger }) => {
      const { source, records } = readIanaRegistry();
      store.clear();
      for (const record of records) store.set({ id: String(record.line), data: { ...record } });
      logger.info(`${records.length} IANA registry rows (snapshot ${source.snapshot})`);
    },
  } satisfies Loader;
}
