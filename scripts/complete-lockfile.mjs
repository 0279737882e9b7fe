#!/usr/bin/env node
// Adds lockfile entries for optional platform packages that the registry this lockfile was made
// against does not serve (for example @astrojs/compiler-binding-darwin-arm64 at the pinned version).
// `npm install` skips such packages silently, but `npm ci` then refuses the lockfile as out of sync.
// Each added entry names the exact version its parent asks for and is marked optional, so `npm ci`
// installs it where the registry has it and skips it where it does not. Run after `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
const added = [];

for (const [path, entry] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    // npm looks for the dependency beside its parent first, then at the top level.
    const nested = `${path}/node_modules/${name}`;
    const top = `node_modules/${name}`;
    if (packages[nested] || packages[top]) continue;
    if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(spec)) continue;
    packages[top] = { version: spec, optional: true };
    added.push(`${name}@${spec}`);
  }
}

writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `Added ${added.length} optional entries:\n  ${added.join('\n  ')}` : 'Lockfile already complete.');
