#!/usr/bin/env node
// `npm run bench`: builds the site, serves the build, and measures what readers feel against the
// budgets below. Prints a table and writes reports/bench/bench.json. Not part of `npm test`:
// timings vary from run to run.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const BUDGET = {
  buildSeconds: 60,
  firstWindowBytes: 14_600, // HTML + render-blocking CSS, compressed: one TCP initial window, 10 × 1460 B (RFC 6928)
  inlineScriptBytes: 1024,
  siteJsBytes: 15_000, // all site-owned JavaScript, compressed, search library excluded
  searchBytes: 150_000,
  searchLatencyMs: 100,
};
const PORT = Number(process.env.BENCH_PORT ?? 4391);
const ORIGIN = `http://localhost:${PORT}`;
const chromePath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH ??
  process.env.CHROME_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const chromeArgs = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
// Kilobytes of 1,000 bytes, the unit the 14.6 KB window budget is stated in.
const kb = (n) => (n === undefined ? 'n/a' : `${(n / 1000).toFixed(1)} KB`);
const flag = (ok) => (ok ? 'ok' : 'OVER BUDGET');
const startedAt = performance.now();
/** Prints where the benchmark is, with the time since it started: a full run takes minutes. */
const progress = (message) => console.log(`[${((performance.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${message}`);

/** Peak resident memory of a process and its children, sampled from /proc (Linux only). */
function rssOfTree(rootPid) {
  if (!existsSync('/proc')) return undefined;
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // gone
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs the production build and reports its wall time, the search index time, pages and peak memory. */
function measureBuild() {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let peak = 0;
    const timer = setInterval(() => {
      const rss = rssOfTree(child.pid);
      if (rss !== undefined) peak = Math.max(peak, rss);
    }, 100);
    let rendered = 0;
    let reported = 0;
    child.stdout.on('data', (chunk) => {
      const text = String(chunk);
      out += text;
      rendered += text.match(/[├└]─ \//g)?.length ?? 0;
      if (rendered - reported >= 2000) {
        reported = rendered;
        progress(`build: rendered ${rendered} pages`);
      }
      for (const line of text.replace(/\u001b\[[0-9;]*m/g, '').split('\n')) {
        if (/Building static entrypoints|generating static routes|\[port-atlas:pagefind\]|page\(s\) built/.test(line)) progress(`build: ${line.replace(/^[\d:]+\s+/, '').trim()}`);
      }
    });
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`build failed:\n${out.slice(-3000)}`));
      const total = (performance.now() - started) / 1000;
      const plain = out.replace(/\u001b\[[0-9;]*m/g, '');
      const pages = Number(/(\d+) page\(s\) built/.exec(plain)?.[1]);
      const indexSeconds = Number(/indexed \d+ pages in ([\d.]+) s/.exec(plain)?.[1]);
      resolve({
        totalSeconds: total,
        astroSeconds: total - indexSeconds,
        indexSeconds,
        pages,
        pagesPerSecond: pages / total,
        peakMemoryBytes: peak || undefined,
      });
    });
  });
}

/** Starts `astro preview` and resolves once it answers. */
async function startPreview() {
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(PORT), '--host', 'localhost'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${ORIGIN}/en/`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('astro preview did not start');
}

/** Opens a fresh browser context that records every finished response (workers included) with its time. */
async function recorder(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses = [];
  const onFinished = async (request) => {
    const at = performance.now();
    try {
      const response = await request.response();
      const body = await response.body();
      responses.push({ url: request.url(), type: request.resourceType(), bytes: body.length, gzip: gz(body), at });
    } catch {
      // redirects and aborted requests have no body
    }
  };
  context.on('requestfinished', onFinished);
  return { context, page, responses };
}

const pageTypes = [
  ['home', '/{lang}/'],
  ['lesson', '/{lang}/lessons/what-is-a-port/'],
  ['port page', '/{lang}/ports/443/'],
  ['ports index', '/{lang}/ports/'],
  ['block page', '/{lang}/ports/blocks/256-511/'],
  // The 404 page runs a small script on load: it reads a /ports/{n}/ address and shows that number's range.
  ['404', '/{lang}/ports/31000/', 'port help on the 404 page'],
];

/** HTML, render-blocking CSS and pre-interaction JavaScript of one page, compressed. */
async function measurePage(browser, path) {
  const html = Buffer.from(await (await fetch(`${ORIGIN}${path}`)).arrayBuffer());
  const text = html.toString('utf8');
  const head = text.slice(0, text.indexOf('</head>'));
  const cssUrls = [...head.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => new URL(m[1], ORIGIN + path).href);
  let cssGzip = 0;
  let cssBrotli = 0;
  for (const url of cssUrls) {
    const css = Buffer.from(await (await fetch(url)).arrayBuffer());
    cssGzip += gz(css);
    cssBrotli += br(css);
  }
  for (const m of head.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
    cssGzip += gz(Buffer.from(m[1]));
    cssBrotli += br(Buffer.from(m[1]));
  }
  const inline = [...text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) =>
    Buffer.byteLength(m[1]),
  );
  const { context, page, responses } = await recorder(browser);
  await page.goto(`${ORIGIN}${path}`, { waitUntil: 'networkidle' });
  const scripts = responses.filter((r) => r.type === 'script');
  await context.close();
  return {
    htmlGzip: gz(html),
    htmlBrotli: br(html),
    cssGzip,
    cssBrotli,
    firstWindowGzip: gz(html) + cssGzip,
    firstWindowBrotli: br(html) + cssBrotli,
    inlineScriptBytes: inline.reduce((a, b) => a + b, 0),
    scriptBeforeInteractionGzip: scripts.reduce((a, r) => a + r.gzip, 0),
    scriptFiles: scripts.map((r) => new URL(r.url).pathname),
  };
}

/** JavaScript fetched when the reader first uses an interactive part. */
async function measureInteraction(browser, path, act) {
  const { context, page, responses } = await recorder(browser);
  await page.goto(`${ORIGIN}${path}`, { waitUntil: 'networkidle' });
  const before = responses.length;
  await act(page);
  // Lazily loaded code arrives after the interaction; give it time, then wait for the network to settle.
  await page.waitForTimeout(1500);
  await page.waitForLoadState('networkidle');
  const after = responses.slice(before);
  await context.close();
  const js = after.filter((r) => r.type === 'script');
  const siteJs = js.filter((r) => !r.url.includes('/pagefind/'));
  return { jsGzip: js.reduce((a, r) => a + r.gzip, 0), siteJsGzip: siteJs.reduce((a, r) => a + r.gzip, 0), files: js.map((r) => new URL(r.url).pathname) };
}

/** Bytes from opening search (cold cache) until the first result for `query` shows. */
async function measureSearch(browser, lang, query) {
  const { context, page, responses } = await recorder(browser);
  const marks = {};
  await page.exposeFunction('benchMark', (name) => {
    marks[name] ??= performance.now();
  });
  await page.goto(`${ORIGIN}/${lang}/`, { waitUntil: 'networkidle' });
  // Tell the bench (in Node's clock, like the response times) when each result area first shows a link.
  await page.evaluate(() => {
    new MutationObserver(() => {
      if (document.querySelector('.pa-quick a')) window.benchMark('quick');
      if (document.querySelector('pagefind-results a')) window.benchMark('fullText');
    }).observe(document.body, { childList: true, subtree: true });
  });
  const opened = performance.now();
  await page.keyboard.press('/');
  const input = page.locator('pagefind-input input');
  await input.waitFor();
  await input.fill(query);
  await page.locator('pagefind-results a').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const sumUntil = (until, key) => responses.filter((r) => r.at >= opened && r.at <= until).reduce((sum, r) => sum + r[key], 0);
  const allAfterOpen = (key) => responses.filter((r) => r.at >= opened).reduce((sum, r) => sum + r[key], 0);
  // Latency once the index is loaded: retype the query and time until each result area changes.
  const latency = await page.evaluate(async (q) => {
    const field = document.querySelector('pagefind-input input');
    const results = document.querySelector('pagefind-results');
    const quick = document.querySelector('.pa-quick');
    const set = (value) => {
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const changed = (el) =>
      new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (el.querySelector('a')) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(el, { childList: true, subtree: true });
      });
    set('zzzz-no-such-thing');
    await new Promise((r) => setTimeout(r, 600));
    const start = performance.now();
    const quickDone = changed(quick);
    const fullDone = changed(results);
    set(q);
    return { quickMs: (await quickDone) - start, fullTextMs: (await fullDone) - start };
  }, query);
  await context.close();
  return {
    toFirstResultGzip: sumUntil(marks.quick, 'gzip'),
    toFirstResultRaw: sumUntil(marks.quick, 'bytes'),
    toFullTextGzip: sumUntil(marks.fullText, 'gzip'),
    toFullTextRaw: sumUntil(marks.fullText, 'bytes'),
    wholeSearchGzip: allAfterOpen('gzip'),
    ...latency,
  };
}

/** Lighthouse scores on its default mobile profile. */
async function runLighthouse(paths) {
  if (!chromePath) return { skipped: 'no Chromium found (set CHROME_PATH)' };
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', ...chromeArgs] });
  const scores = {};
  try {
    for (const [i, path] of paths.entries()) {
      progress(`Lighthouse ${i + 1}/${paths.length}: ${path}`);
      const result = await lighthouse(`${ORIGIN}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const c = result.lhr.categories;
      scores[path] = {
        performance: Math.round(c.performance.score * 100),
        accessibility: Math.round(c.accessibility.score * 100),
        bestPractices: Math.round(c['best-practices'].score * 100),
        seo: Math.round(c.seo.score * 100),
      };
    }
  } finally {
    await chrome.kill();
  }
  return scores;
}

function siteJavaScript() {
  const dir = 'dist/_astro';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gz(readFileSync(join(dir, f))), 0);
}

async function main() {
  // --no-build measures the existing dist/ (for quick iterations); the build row is then left out.
  const skipBuild = process.argv.includes('--no-build');
  if (!skipBuild) progress('build: starting astro build');
  const build = skipBuild ? undefined : await measureBuild();
  const preview = await startPreview();
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
  const report = { date: new Date().toISOString(), budgets: BUDGET, build, pages: {}, interactions: {}, search: {}, lighthouse: {} };
  try {
    progress(`weighing ${pageTypes.length * 2} page types`);
    for (const lang of ['en', 'ko']) {
      for (const [name, pattern, scriptNeededFor] of pageTypes) {
        report.pages[`${name} (${lang})`] = { ...(await measurePage(browser, pattern.replace('{lang}', lang))), scriptNeededFor };
      }
    }
    progress('measuring the JavaScript each interaction loads');
    report.interactions['open search (en)'] = await measureInteraction(browser, '/en/', (p) => p.keyboard.press('/'));
    report.interactions['sort table (en)'] = await measureInteraction(browser, '/en/ports/', (p) => p.getByRole('button', { name: 'Sort by Name' }).click());
    report.interactions['answer quiz (ko)'] = await measureInteraction(browser, '/ko/lessons/port-ranges/', (p) => p.locator('.question input').first().check());
    report.siteJsGzip = siteJavaScript();
    progress('measuring search bytes and latency');
    for (const query of ['443', 'ssh']) report.search[query] = await measureSearch(browser, 'en', query);
    progress('running Lighthouse (mobile profile); this takes a while');
    report.lighthouse = await runLighthouse(['/en/', '/en/lessons/what-is-a-port/', '/en/ports/443/', '/en/ports/', '/ko/ports/443/']);
  } finally {
    await browser.close();
    preview.kill();
  }

  const lines = [];
  const row = (...cells) => lines.push(`| ${cells.join(' | ')} |`);
  lines.push('### Build');
  if (!build) lines.push('(skipped: --no-build)');
  if (build) row('wall time', 'astro build', 'search index', 'pages', 'pages/s', 'peak memory', 'budget');
  if (build) row('---', '---', '---', '---', '---', '---', '---');
  if (build) row(
    `${build.totalSeconds.toFixed(1)} s`,
    `${build.astroSeconds.toFixed(1)} s`,
    `${build.indexSeconds.toFixed(1)} s`,
    build.pages,
    build.pagesPerSecond.toFixed(0),
    build.peakMemoryBytes ? `${(build.peakMemoryBytes / 2 ** 20).toFixed(0)} MB` : 'n/a',
    `${flag(build.totalSeconds <= BUDGET.buildSeconds)} (≤ ${BUDGET.buildSeconds} s)`,
  );
  lines.push('', '### Weight per page type (compressed)');
  row('page', 'HTML gzip', 'HTML br', 'CSS gzip', 'HTML+CSS gzip', 'HTML+CSS br', 'inline JS', 'JS before interaction', 'budget');
  row('---', '---', '---', '---', '---', '---', '---', '---', '---');
  for (const [name, p] of Object.entries(report.pages)) {
    const scriptOk = p.scriptNeededFor || (p.inlineScriptBytes <= BUDGET.inlineScriptBytes && p.scriptBeforeInteractionGzip === 0);
    const verdict = [
      p.firstWindowGzip <= BUDGET.firstWindowBytes ? 'ok' : p.firstWindowBrotli <= BUDGET.firstWindowBytes ? 'ok with brotli only' : 'OVER BUDGET',
      scriptOk ? (p.scriptNeededFor ? `script: ${p.scriptNeededFor}` : '') : 'SCRIPT OVER BUDGET',
    ].filter(Boolean);
    row(name, kb(p.htmlGzip), kb(p.htmlBrotli), kb(p.cssGzip), kb(p.firstWindowGzip), kb(p.firstWindowBrotli), `${p.inlineScriptBytes} B`, kb(p.scriptBeforeInteractionGzip), verdict.join('; '));
  }
  lines.push('', '### JavaScript loaded on first use (gzip)');
  row('interaction', 'all JS', 'site-owned JS', 'files');
  row('---', '---', '---', '---');
  for (const [name, r] of Object.entries(report.interactions)) row(name, kb(r.jsGzip), kb(r.siteJsGzip), r.files.join(', '));
  row('all site-owned JS in dist/_astro', kb(report.siteJsGzip), flag(report.siteJsGzip <= BUDGET.siteJsBytes), `budget ≤ ${kb(BUDGET.siteJsBytes)}`);
  lines.push('', '### Search (cold cache, English)');
  row('query', 'to first result (gzip)', 'to first result (as served)', 'to full-text results (gzip)', 'everything search loaded (gzip)', 'direct answer after keystroke', 'full-text after keystroke', 'budget');
  row('---', '---', '---', '---', '---', '---', '---', '---');
  for (const [q, s] of Object.entries(report.search)) {
    const ok = s.toFirstResultGzip <= BUDGET.searchBytes && s.quickMs <= BUDGET.searchLatencyMs && s.fullTextMs <= BUDGET.searchLatencyMs;
    row(q, kb(s.toFirstResultGzip), kb(s.toFirstResultRaw), kb(s.toFullTextGzip), kb(s.wholeSearchGzip), `${s.quickMs.toFixed(0)} ms`, `${s.fullTextMs.toFixed(0)} ms`, flag(ok));
  }
  lines.push('', '### Lighthouse (mobile)');
  if (report.lighthouse.skipped) lines.push(report.lighthouse.skipped);
  else {
    row('page', 'performance', 'accessibility', 'best practices', 'SEO');
    row('---', '---', '---', '---', '---');
    for (const [path, s] of Object.entries(report.lighthouse)) row(path, s.performance, s.accessibility, s.bestPractices, s.seo);
  }
  const table = lines.join('\n');
  console.log(`\n${table}\n`);
  mkdirSync('reports/bench', { recursive: true });
  writeFileSync('reports/bench/bench.json', JSON.stringify(report, null, 2));
  writeFileSync('reports/bench/bench.md', `${table}\n`);
  console.log('Wrote reports/bench/bench.json and reports/bench/bench.md');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
