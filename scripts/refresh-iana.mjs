#!/usr/bin/env node
// npm run data:iana: downloads IANA's newest port registry CSV and replaces data/iana/ only if the
// download is valid (columns, every row readable, ports 0-65535, row count not collapsed).
// Offline, or with a bad download, it changes nothing and says why. Never run by the build or tests.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';

const dir = 'data/iana';
const source = JSON.parse(readFileSync(join(dir, 'source.json'), 'utf8'));
const { module: refresh } = await runnerImport('./src/lib/iana-refresh.ts');

console.log(`Downloading ${source.url} …`);
let text;
try {
  const response = await fetch(source.url, { signal: AbortSignal.timeout(60_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  text = await response.text();
} catch (error) {
  console.error(`Could not download the registry (${error.message}); data/iana/ is unchanged.`);
  process.exit(1);
}

const result = refresh.checkDownload(text, source.rows);
if (!result.ok) {
  console.error(`The download is not valid; data/iana/ is unchanged:\n  ${result.problems.slice(0, 20).join('\n  ')}`);
  process.exit(1);
}
const sha256 = createHash('sha256').update(text).digest('hex');
if (sha256 === source.sha256) {
  console.log(`Already up to date (${source.rows} rows, snapshot ${source.snapshot}).`);
  process.exit(0);
}
writeFileSync(join(dir, source.file), text);
writeFileSync(
  join(dir, 'source.json'),
  `${JSON.stringify({ ...source, snapshot: result.snapshot, rows: result.rows, sha256 }, null, 2)}\n`,
);
console.log(
  `Updated: ${source.rows} → ${result.rows} rows, snapshot ${source.snapshot} → ${result.snapshot}. Run npm test, then commit data/iana/.`,
);
