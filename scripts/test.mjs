#!/usr/bin/env node
// Runs every test stage in order and ends with one line totalling them: "N passed, N failed".
// Stages: type check (astro check), format check (Prettier), unit tests (Vitest), production build, browser suite (Playwright).
// A skipped test counts as failed unless it says why: Vitest has no place for a reason, so every
// skipped unit test fails the run; a Playwright test passes as skipped only with
// test.skip(condition, 'reason').
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
  const { passed, failed, unexplainedSkips } = read(JSON.parse(readFileSync(file, 'utf8')));
  totals.passed += passed;
  totals.failed += failed + unexplainedSkips.length;
  for (const title of unexplainedSkips) console.log(`✘ skipped without a reason (counted as failed): ${title}`);
  if (failed > 0 || unexplainedSkips.length > 0 || !ok) failures.push(label);
  if (!ok && failed === 0) totals.failed += 1;
}

/** Every Playwright test of a report, through nested suites. */
function playwrightTests(suite) {
  return [
    ...(suite.specs ?? []).flatMap((spec) => spec.tests.map((t) => ({ ...t, title: `${spec.file}: ${spec.title}` }))),
    ...(suite.suites ?? []).flatMap(playwrightTests),
  ];
}

check('type check (astro check)', run('type check', 'npx', ['astro', 'check']));
check(
  'format (prettier --check; `npm run format` fixes it)',
  run('format check', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']),
);

rmSync('reports/vitest.json', { force: true });
const unitOk = run('unit tests', 'npx', ['vitest', 'run']);
addReport('unit tests', unitOk, 'reports/vitest.json', (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
  unexplainedSkips: r.testResults.flatMap((file) =>
    file.assertionResults.filter((t) => t.status !== 'passed' && t.status !== 'failed').map((t) => `${file.name}: ${t.fullName}`),
  ),
}));

const buildOk = run('production build', process.execPath, ['scripts/build.mjs']);
check('production build', buildOk);

if (buildOk) {
  rmSync('reports/playwright.json', { force: true });
  const e2eOk = run('browser tests', 'npx', ['playwright', 'test']);
  addReport('browser tests', e2eOk, 'reports/playwright.json', (r) => {
    // A flaky test (failed, then passed on its one retry) counts as passed but is named, not hidden.
    if (r.stats.flaky) console.log(`\n${r.stats.flaky} browser test(s) passed only on retry (flaky): see reports/playwright.json`);
    return {
      passed: r.stats.expected + r.stats.flaky,
      failed: r.stats.unexpected,
      unexplainedSkips: r.suites
        .flatMap(playwrightTests)
        .filter((t) => t.status === 'skipped' && !t.annotations.some((a) => a.type === 'skip' && a.description))
        .map((t) => t.title),
    };
  });
} else {
  check('browser tests (skipped: the build failed)', false);
}

if (failures.length) console.log(`\nFailed stages: ${failures.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
