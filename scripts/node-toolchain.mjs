#!/usr/bin/env node
// Runs after `npm ci` / `npm install` (postinstall). When the Node running npm is older than the
// project needs, installs the Node named in .nvmrc from the npm registry (package `node` ships the
// binary) into .cache/ and links it as node_modules/.bin/node: npm puts that folder first on PATH
// for every npm script, so `npm start` and `npm test` run on it. With a new enough Node it does
// nothing, so nothing extra is downloaded.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { currentOk, minimum, toolchain } from './lib/node-version.mjs';

const link = join('node_modules', '.bin', 'node');

if (currentOk) process.exit(0);

const prefix = join('.cache', `node-${toolchain}`);
const binary = join(prefix, 'node_modules', 'node', 'bin', 'node');
if (!existsSync(binary)) {
  console.log(`Node ${process.versions.node} is older than ${minimum}: installing Node ${toolchain} from the npm registry into ${prefix}/`);
  mkdirSync(prefix, { recursive: true });
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
  const result = spawnSync(
    npm[0],
    [
      ...npm.slice(1),
      'install',
      '--prefix',
      prefix,
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `node@${toolchain}`,
    ],
    { stdio: 'inherit', env: { ...process.env, npm_config_global: 'false' } },
  );
  if (result.status !== 0 || !existsSync(binary)) {
    console.error(
      `Port Atlas needs Node ${minimum} or newer and fetching Node ${toolchain} from the npm registry failed: install Node ${minimum}+ and run \`npm ci\` again.`,
    );
    process.exit(1);
  }
}
mkdirSync(join('node_modules', '.bin'), { recursive: true });
rmSync(link, { force: true });
symlinkSync(relative(join('node_modules', '.bin'), binary), link);
console.log(
  `npm scripts of Port Atlas run on Node ${toolchain} (${prefix}/); the machine's Node ${process.versions.node} is older than ${minimum}.`,
);
