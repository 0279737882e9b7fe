#!/usr/bin/env node
// Runs every test stage and ends with one line totalling them: "N passed, N failed".
// Stages that do not depend on each other overlap: the type check, the format check and the unit
// tests run beside the production build; once the build is done, the checks over the built files
// (tests/dist, plain Node) run beside the browser suite (Playwright). Each stage's output is kept
// and printed only when the stage fails, so a passing run prints a line per stage.
// A skipped test counts as failed unless it says why: Vitest has no place for a reason, so every
// skipped unit test fails the run; a Playwright test passes as skipped only with
// test.skip(condition, 'reason').
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const totals = { passed: 0, failed: 0 };
const failures = [];
const started = Date.now();
mkdirSync('reports', { recursive: true });

const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;

/** Runs a command with its output captured; resolves to whether it exited 0, and its output. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const since = Date.now();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => chunks.push(c));
    child.on('error', (error) => chunks.push(Buffer.from(String(error))));
    child.on('close', (code) => resolve({ ok: code === 0, output: Buffer.concat(chunks).toString('utf8'), time: seconds(since) }));
  });
}

/** Prints a stage's result: one line when it passed, its whole output when it failed. */
function report(label, { ok, output, time }, counts = '') {
  console.log(`${ok ? '✓' : '✘'} ${label} (${time}${counts ? `, ${counts}` : ''})`);
  if (!ok) console.log(output.trimEnd().split('\n').slice(-400).join('\n'));
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
  if (!existsSync(file)) {
    check(label, false);
    return '';
  }
  const { passed, failed, unexplainedSkips } = read(JSON.parse(readFileSync(file, 'utf8')));
  totals.passed += passed;
  totals.failed += failed + unexplainedSkips.length;
  for (const title of unexplainedSkips) console.log(`✘ skipped without a reason (counted as failed): ${title}`);
  if (failed > 0 || unexplainedSkips.length > 0 || !ok) failures.push(label);
  if (!ok && failed === 0) totals.failed += 1;
  return `${passed} passed, ${failed} failed`;
}

/** Counts of a Vitest JSON report. */
const vitestCounts = (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
  unexplainedSkips: r.testResults.flatMap((file) =>
    file.assertionResults.filter((t) => t.status !== 'passed' && t.status !== 'failed').map((t) => `${file.name}: ${t.fullName}`),
  ),
});

/** Every Playwright test of a report, through nested suites. */
function playwrightTests(suite) {
  return [
    ...(suite.specs ?? []).flatMap((spec) => spec.tests.map((t) => ({ ...t, title: `${spec.file}: ${spec.title}` }))),
    ...(suite.suites ?? []).flatMap(playwrightTests),
  ];
}

/** Counts of the Playwright JSON report; names every test that passed only on its retry. */
function playwrightCounts(r) {
  const tests = r.suites.flatMap(playwrightTests);
  for (const t of tests.filter((t) => t.status === 'flaky')) console.log(`  passed only on retry (flaky): ${t.title}`);
  return {
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected,
    unexplainedSkips: tests
      .filter((t) => t.status === 'skipped' && !t.annotations.some((a) => a.type === 'skip' && a.description))
      .map((t) => t.title),
  };
}

for (const file of ['vitest.json', 'vitest-dist.json', 'playwright.json']) rmSync(`reports/${file}`, { force: true });

// Stage 1: the build, and beside it the checks that read only the sources.
const build = run(process.execPath, ['scripts/build.mjs']);
const sources = (async () => {
  const format = await run('npx', ['prettier', '--check', '--log-level', 'warn', '.']);
  report('format (prettier --check; `npm run format` fixes it)', format);
  check('format', format.ok);
  const unit = await run('npx', ['vitest', 'run']);
  report('unit tests (tests/unit)', unit, addReport('unit tests', unit.ok, 'reports/vitest.json', vitestCounts));
  // Last, so the build has long written the generated types (.astro/) that the check reads.
  const typeCheck = await run('npx', ['astro', 'check', '--noSync', '--minimumFailingSeverity', 'hint']);
  report('type check (astro check: no errors, warnings or hints)', typeCheck);
  check('type check', typeCheck.ok);
})();

const built = await build;
report('production build', built, built.output.replace(/\x1b\[[0-9;]*m/g, '').match(/\d+ page\(s\) built in [^\n]+/)?.[0] ?? '');
check('production build', built.ok);

// Stage 2: once the site is built, the checks over its files and the browser suite.
if (built.ok) {
  // The built-site checks only read files: they yield the CPU to the browser suite (nice), which
  // has timeouts to keep, and finish in its gaps.
  const distCommand = ['npx', 'vitest', 'run', '-c', 'vitest.dist.config.ts'];
  const niced = process.platform === 'win32' ? distCommand : ['nice', '-n', '10', ...distCommand];
  const dist = run(niced[0], niced.slice(1)).then((result) =>
    report('built-site checks (tests/dist)', result, addReport('built-site checks', result.ok, 'reports/vitest-dist.json', vitestCounts)),
  );
  const browser = run('npx', ['playwright', 'test']).then((result) =>
    report(
      'browser tests (tests/e2e, tests/gates)',
      result,
      addReport('browser tests', result.ok, 'reports/playwright.json', playwrightCounts),
    ),
  );
  await Promise.all([dist, browser]);
} else {
  check('built-site checks (skipped: the build failed)', false);
  check('browser tests (skipped: the build failed)', false);
}
await sources;

if (failures.length) console.log(`\nFailed stages: ${failures.join(', ')}`);
console.log(`\nAll stages in ${seconds(started)}.`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
