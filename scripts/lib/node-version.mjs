// Which Node the project needs (package.json "engines") and which one it fetches when the machine's
// is older (.nvmrc). Plain JavaScript that Node 18 can run: it decides before anything else loads.
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);

/** Oldest Node that runs the project, from package.json "engines.node" (">=22.12.0"). */
export const minimum = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).engines.node.replace(/^>=\s*/, '');

/** The Node version fetched from the npm registry (package `node`) for older machines. */
export const toolchain = readFileSync(new URL('.nvmrc', root), 'utf8').trim();

/** True when version `a` ("20.11.1") is at least `b`. */
export function atLeast(a, b) {
  const [x, y] = [a, b].map((v) => v.replace(/^v/, '').split('.').map(Number));
  for (let i = 0; i < 3; i += 1) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return true;
}

/** True when the Node running this script can run the project. */
export const currentOk = atLeast(process.versions.node, minimum);
