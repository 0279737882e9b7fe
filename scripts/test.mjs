#!/usr/bin/env node
// Runs every test stage in order and ends with one line totalling them: "N passed, N failed".
// Stages: type check (astro check), unit tests (Vitest), production build, browser suite (Playwright).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const totals = { passed: 0, failed: 0 };
const failures = [];
mkdirSync('reports', { recursive: true });

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

/** A stage without its own test count counts as one check. */
function check(label, ok) {
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(label);
  }
}

/** Adds a runner's counts from its JSON report; a missing report counts as one failure. */
function addReport(label, ok, file, read) {
  if (!existsSync(file)) return check(label, false);
  const { passed, failed } = read(JSON.parse(readFileSync(file, 'utf8')));
  totals.passed += passed;
  totals.failed += failed;
  if (failed > 0 || !ok) failures.push(label);
  if (!ok && failed === 0) totals.failed += 1;
}

check('type check (astro check)', run('type check', 'npx', ['astro', 'check']));

rmSync('reports/vitest.json', { force: true });
const unitOk = run('unit tests', 'npx', ['vitest', 'run']);
addReport('unit tests', unitOk, 'reports/vitest.json', (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
}));

const buildOk = run('production build', process.execPath, ['scripts/build.mjs']);
check('production build', buildOk);

if (buildOk) {
  rmSync('reports/playwright.json', { force: true });
  const e2eOk = run('browser tests', 'npx', ['playwright', 'test']);
  addReport('browser tests', e2eOk, 'reports/playwright.json', (r) => ({
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected,
  }));
} else {
  check('browser tests (skipped: the build failed)', false);
}

if (failures.length) console.log(`\nFailed stages: ${failures.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
