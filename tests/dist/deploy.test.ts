import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/**
 * dist/ must go onto the strictest host the README names as it is: Cloudflare Pages takes at most
 * 20,000 files per deployment and 25 MiB per file.
 */
const maxFiles = 20_000;
const maxFileBytes = 25 * 1024 * 1024;

function files(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? files(full) : [{ path: full, bytes: statSync(full).size }];
  });
}

it('dist/ fits a host with a 20,000-file and 25 MiB-per-file limit', () => {
  const all = files('dist');
  expect(all.length, 'files in dist/').toBeLessThan(maxFiles);
  expect(all.filter((f) => f.bytes > maxFileBytes).map((f) => f.path)).toEqual([]);
});
