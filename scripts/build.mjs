#!/usr/bin/env node
// `npm run build`: runs `astro build` and keeps its output short. Astro prints one line per page
// (12,900 of them); this shows a running count instead and lets every other line through, including
// warnings, errors and the summary by page type (src/integrations/build-summary.ts).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const pageEntry = /[├└]─ \//g;
// A page's timing sometimes lands on a line of its own.
const timingOnly = /^\s*\(\+[\d.]+m?s\)\s*$/;
const tty = process.stdout.isTTY;
let rendered = 0;
let nextReport = 2000;
let counting = false;

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], { stdio: ['inherit', 'pipe', 'inherit'] });
// Under CI (FORCE_COLOR) Astro colours its lines: match on the text without the colour codes.
const ansi = /\x1b\[[0-9;]*m/g;
createInterface({ input: child.stdout }).on('line', (line) => {
  const plain = line.replace(ansi, '');
  const pages = plain.match(pageEntry)?.length ?? 0;
  if (pages > 0 || (counting && timingOnly.test(plain))) {
    rendered += pages;
    counting = true;
    if (tty) process.stdout.write(`\r  rendered ${rendered} pages`);
    else if (rendered >= nextReport) {
      console.log(`  rendered ${rendered} pages`);
      nextReport += 2000;
    }
    return;
  }
  if (counting) {
    if (tty) process.stdout.write('\n');
    else console.log(`  rendered ${rendered} pages`);
    counting = false;
  }
  console.log(line);
});
child.on('close', (code) => process.exit(code ?? 1));
