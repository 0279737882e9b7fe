#!/usr/bin/env node
// Runs before every npm script that needs the project's Node (npm "pre" scripts): stops with one
// sentence that says what to do instead of a stack trace or test failures.
import { currentOk, minimum, toolchain } from './lib/node-version.mjs';

if (!currentOk) {
  console.error(
    `Port Atlas needs Node ${minimum} or newer and this is Node ${process.versions.node}: run \`npm ci\` (it fetches Node ${toolchain} from the npm registry) or install Node ${minimum}+, then try again.`,
  );
  process.exit(1);
}
