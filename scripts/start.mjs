#!/usr/bin/env node
// `npm start`: serves dist/ with `astro preview`, building first only when dist/ is missing, older
// than the sources, or was built for another BASE_PATH / SITE_URL than the ones set now. A build
// made with BASE_PATH=/sub/ is served under /sub/ without setting it again.
// `npm run preview` (--no-build) serves whatever dist/ holds. Other arguments go to astro preview.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const lastBuildFile = join(root, '.astro/last-build.json'); // written by src/integrations/build-summary.ts
const inputs = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json'];
const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
const previewArgs = args.filter((a) => a !== '--no-build');

/** The newest modification time under the build's inputs. */
function newestInput() {
  let newest = 0;
  const visit = (path) => {
    const stat = statSync(path);
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
  };
  for (const input of inputs) if (existsSync(join(root, input))) visit(join(root, input));
  return newest;
}

const withSlash = (base) => (base.endsWith('/') ? base : `${base}/`);

function readLastBuild() {
  if (!existsSync(join(root, 'dist/index.html')) || !existsSync(lastBuildFile)) return undefined;
  return JSON.parse(readFileSync(lastBuildFile, 'utf8'));
}

/** Why dist/ must be rebuilt, or undefined when it can be served as it is. */
function staleBecause(last) {
  if (!last) return 'there is no build in dist/ yet';
  if (process.env.BASE_PATH && withSlash(process.env.BASE_PATH) !== last.base)
    return `BASE_PATH is ${process.env.BASE_PATH}, dist/ was built for ${last.base}`;
  if (process.env.SITE_URL && process.env.SITE_URL !== last.site)
    return `SITE_URL is ${process.env.SITE_URL}, dist/ was built for ${last.site}`;
  if (newestInput() > last.startedAt) return 'sources changed since the last build';
  return undefined;
}

let last = readLastBuild();
const reason = staleBecause(last);
if (noBuild && !last && !existsSync(join(root, 'dist/index.html'))) {
  console.error('dist/ is empty: run `npm run build` (or `npm start`, which builds when needed) first.');
  process.exit(1);
}
if (reason && !noBuild) {
  console.log(`Building first: ${reason}.`);
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
  if (build.status !== 0) process.exit(build.status ?? 1);
  last = readLastBuild();
} else if (!reason) {
  console.log(`dist/ is up to date (built ${new Date(last.startedAt).toLocaleString()}): serving it as it is.`);
}

// Preview reads the base from the config, which reads BASE_PATH: serve the build under the base it was made for.
const env = { ...process.env };
if (last) {
  env.BASE_PATH = last.base;
  if (last.site) env.SITE_URL = last.site;
}
const preview = spawnSync(process.execPath, [astro, 'preview', ...previewArgs], { stdio: 'inherit', cwd: root, env });
process.exit(preview.status ?? 1);
