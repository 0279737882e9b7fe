#!/usr/bin/env node
// `npm run bench`: builds the site, serves the build, and measures what readers feel against the
// budgets below. Prints a table and writes reports/bench/bench.json. Not part of `npm test`:
// timings vary from run to run.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const BUDGET = {
  buildSeconds: 60,
  firstWindowBytes: 14_600, // HTML + render-blocking CSS, compressed: one TCP initial window, 10 × 1460 B (RFC 6928)
  inlineScriptBytes: 1300, // theme, language choice, and the input that keeps keys typed while search loads
  siteJsBytes: 15_000, // all site-owned JavaScript, compressed, search library, diagrams and Share excluded
  shareJsBytes: 12_000, // the Share dialog and its QR encoder, loaded when a reader first presses Share
  searchBytes: 150_000, // as sent by a compressing server, from opening search to the first full-text results
  searchSecondQueryBytes: 40_000, // as sent, for a second query in the same dialog
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
        if (/Building static entrypoints|generating static routes|\[port-atlas:pagefind\]|page\(s\) built/.test(line))
          progress(`build: ${line.replace(/^[\d:]+\s+/, '').trim()}`);
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

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.wasm': 'application/wasm',
};

/**
 * Serves dist/ the way a CDN would: text compressed with brotli (or gzip, by Accept-Encoding), files
 * that are compressed already (Pagefind's index, fragments and WebAssembly) as they are, and
 * 404.html for a missing path. `astro preview` sends everything uncompressed, which says nothing
 * about what a reader downloads.
 */
async function startServer() {
  const root = resolve('dist');
  const cache = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', ORIGIN);
    let path = join(root, decodeURIComponent(url.pathname));
    if (!path.startsWith(root)) path = root;
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    let status = 200;
    if (!existsSync(path)) {
      status = 404;
      path = join(root, '404.html');
    }
    const type = contentTypes[extname(path)];
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = !type ? undefined : accepts.includes('br') ? 'br' : accepts.includes('gzip') ? 'gzip' : undefined;
    const key = `${encoding}:${path}`;
    let body = cache.get(key);
    if (!body) {
      const raw = readFileSync(path);
      body =
        encoding === 'br'
          ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
          : encoding === 'gzip'
            ? gzipSync(raw, { level: 9 })
            : raw;
      cache.set(key, body);
    }
    res.writeHead(status, {
      'Content-Type': type ?? 'application/octet-stream',
      'Content-Length': body.length,
      ...(encoding ? { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((done) => server.listen(PORT, 'localhost', done));
  return { kill: () => server.close() };
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
      // wire: the body as the bench server sends it (brotli for text, as is for Pagefind's compressed
      // files); computed here because workers' responses report no transfer size.
      const type = response.headers()['content-type'] ?? '';
      const wire = response.headers()['content-encoding'] === 'br' || /text|javascript|json|svg|xml/.test(type) ? br(body) : body.length;
      responses.push({ url: request.url(), type: request.resourceType(), bytes: body.length, gzip: gz(body), wire, at });
    } catch {
      // redirects and aborted requests have no body
    }
  };
  context.on('requestfinished', onFinished);
  return { context, page, responses };
}

/** Every lesson is weighed: lessons differ in length and in the diagrams they embed. */
const lessonSlugs = readdirSync('content/lessons/en')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''))
  .sort();

const pageTypes = [
  ['home', '/{lang}/'],
  ...lessonSlugs.map((slug) => [`lesson ${slug}`, `/{lang}/lessons/${slug}/`]),
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
  // Inline <style> in the head is render-blocking too, but it is already inside the HTML counted
  // below: adding it here would count it twice.
  const inline = [...text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => Buffer.byteLength(m[1]),
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
  return {
    jsGzip: js.reduce((a, r) => a + r.gzip, 0),
    siteJsGzip: siteJs.reduce((a, r) => a + r.gzip, 0),
    files: js.map((r) => new URL(r.url).pathname),
  };
}

/** What marks a search result on screen: the instant answer, and a full-text result. */
const QUICK_LINK = '.pa-quick a';
const RESULT_LINK = 'pagefind-results a, .pa-results a';
const SEARCH_INPUT = 'pagefind-input input, .pa-search input[type=search]';

/**
 * Bytes as sent (compressed by the server) from opening search on a cold page until the instant
 * answer and the first full-text result for `query` show, then for a second query typed after it.
 */
async function measureSearch(browser, lang, query, second) {
  const { context, page, responses } = await recorder(browser);
  const marks = {};
  await page.exposeFunction('benchMark', (name) => {
    marks[name] ??= performance.now();
  });
  await page.goto(`${ORIGIN}/${lang}/`, { waitUntil: 'networkidle' });
  // Tell the bench (in Node's clock, like the response times) when each result area first shows a link.
  await page.evaluate(
    ([quickLink, resultLink]) => {
      new MutationObserver(() => {
        if (document.querySelector(quickLink)) window.benchMark('quick');
        if (document.querySelector(resultLink)) window.benchMark('fullText');
      }).observe(document.body, { childList: true, subtree: true });
    },
    [QUICK_LINK, RESULT_LINK],
  );
  const opened = performance.now();
  await page.keyboard.press('/');
  const input = page.locator(SEARCH_INPUT);
  await input.waitFor();
  await input.fill(query);
  await page.locator(RESULT_LINK).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const sumBetween = (from, until, key) => responses.filter((r) => r.at >= from && r.at <= until).reduce((sum, r) => sum + r[key], 0);
  const firstQuery = {
    toFirstResultWire: sumBetween(opened, marks.quick ?? marks.fullText, 'wire'),
    toFullTextWire: sumBetween(opened, marks.fullText, 'wire'),
    toFullTextRaw: sumBetween(opened, marks.fullText, 'bytes'),
    wholeFirstQueryWire: sumBetween(opened, Infinity, 'wire'),
    quickBeforeFullText: marks.quick !== undefined && marks.quick <= marks.fullText,
    files: responses.filter((r) => r.at >= opened && r.at <= marks.fullText).map((r) => [new URL(r.url).pathname, r.wire]),
  };
  // A second query in the same dialog: everything it fetches.
  const secondStarted = performance.now();
  const before = await page.locator(RESULT_LINK).first().getAttribute('href');
  await input.fill(second);
  await page.waitForFunction(([selector, href]) => document.querySelector(selector)?.getAttribute('href') !== href, [RESULT_LINK, before]);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const secondQueryWire = sumBetween(secondStarted, Infinity, 'wire');
  const secondQueryFiles = responses.filter((r) => r.at >= secondStarted).map((r) => [new URL(r.url).pathname, r.wire]);
  // Latency once the index is loaded: retype the query and time until each result area changes.
  const latency = await page.evaluate(
    async ([q, inputSelector, quickSelector, resultSelector]) => {
      const field = document.querySelector(inputSelector);
      const set = (value) => {
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      };
      const shows = (selector) =>
        new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (document.querySelector(selector)) {
              observer.disconnect();
              resolve(performance.now());
            }
          });
          observer.observe(document.body, { childList: true, subtree: true });
        });
      set('zzzz-no-such-thing');
      await new Promise((r) => setTimeout(r, 600));
      const start = performance.now();
      const quickDone = shows(quickSelector);
      const fullDone = shows(resultSelector);
      set(q);
      return { quickMs: (await quickDone) - start, fullTextMs: (await fullDone) - start };
    },
    [query, SEARCH_INPUT, QUICK_LINK, RESULT_LINK],
  );
  await context.close();
  return { ...firstQuery, second, secondQueryWire, secondQueryFiles, ...latency };
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
    chrome.kill();
  }
  return scores;
}

// ----- Interactive diagrams (src/components/interactives): each has its own budget -----
const INTERACTIVE_BUDGET = {
  jsBytes: 12_000, // each diagram's module, gzip
  mapDataBytes: 10_000, // the port map's data (the status picture), gzip
  upgradeMs: 50, // first render after upgrade, with 4x CPU throttling
  longTaskMs: 50, // longest task while the reader uses it
};
const interactives = [
  {
    name: 'which-door experiment',
    path: '/en/lessons/http-and-https/',
    tag: 'pa-door-experiment',
    // Raw mouse input only (see the port map below): the quick-pick buttons for four ports.
    prepare: async (p) => {
      const points = [];
      for (const n of ['80', '123', '443', '8080']) {
        const button = p.locator(`pa-door-experiment [data-port="${n}"]`).first();
        await button.scrollIntoViewIfNeeded();
        const box = await button.boundingBox();
        points.push([box.x + box.width / 2, box.y + box.height / 2]);
      }
      return async () => {
        for (const [x, y] of points) await p.mouse.click(x, y);
      };
    },
  },
  {
    name: 'NAT walkthrough',
    path: '/en/lessons/nat-and-port-forwarding/',
    tag: 'pa-nat-walkthrough',
    // Raw input only: a click on Next, then the arrow key steps through, then the CGNAT box.
    prepare: async (p) => {
      const at = async (selector) => {
        const el = p.locator(`pa-nat-walkthrough ${selector}`);
        await el.scrollIntoViewIfNeeded();
        const box = await el.boundingBox();
        return [box.x + box.width / 2, box.y + box.height / 2];
      };
      const next = await at('[data-go="next"]');
      const cgnat = await at('input[data-cgnat]');
      return async () => {
        await p.mouse.click(...next);
        for (let i = 0; i < 6; i++) await p.keyboard.press('ArrowRight');
        await p.mouse.click(...cgnat);
      };
    },
  },
  {
    name: 'port map',
    path: '/en/ports/map/',
    tag: 'pa-port-map',
    // Its first frame waits for the status picture, so the upgrade is timed until it sets data-ready.
    ready: true,
    // Finds where the controls are first, then drives them by raw keyboard and mouse input only:
    // Playwright's locator actions run script in the page, and their tasks would count as the map's.
    prepare: async (p) => {
      await p.setViewportSize({ width: 1280, height: 1400 });
      await p.locator('pa-port-map [role=slider]').scrollIntoViewIfNeeded();
      const centre = async (selector) => {
        const box = await p.locator(`pa-port-map ${selector}`).boundingBox();
        return [box.x + box.width / 2, box.y + box.height / 2];
      };
      const canvas = await p.locator('pa-port-map [role=slider]').boundingBox();
      const radios = [];
      for (const overlay of ['linux', 'ranges', 'windows', 'privileged']) radios.push(await centre(`input[value="${overlay}"]`));
      const field = await centre('#map-port');
      return async () => {
        const point = (x, y) => p.mouse.click(canvas.x + x * canvas.width, canvas.y + y * canvas.height);
        await point(0.3, 0.05); // pointing also focuses the map for the keys
        for (const key of ['ArrowRight', 'ArrowRight', 'PageDown', 'PageDown', 'End', 'Home']) await p.keyboard.press(key);
        for (const [x, y] of radios) await p.mouse.click(x, y);
        await p.mouse.click(...field);
        await p.keyboard.press('ControlOrMeta+A');
        await p.keyboard.type('49999');
        await p.keyboard.press('Enter');
        for (const [x, y] of [
          [0.1, 0.1],
          [0.7, 0.4],
          [0.5, 0.9],
        ])
          await point(x, y);
      };
    },
  },
];

/**
 * One diagram: its module's bytes (and that it loads only once the diagram is near), the time of its
 * upgrade under 4x CPU throttling, and the longest task while it is used.
 *
 * The upgrade is the real one, on the laid-out page: from customElements.define (which runs the
 * element's connectedCallback) until its first frame is ready, that is, for a diagram that draws
 * later (`ready`: it waits for a picture or data) until it sets data-ready, then the style and
 * layout of that frame. The longest task counts from then on while the diagram is used (`use`, or
 * the function `prepare` returns once it has found the controls).
 */
async function measureInteractive(browser, spec) {
  const { context, page, responses } = await recorder(browser);
  await context.addInitScript(
    ([tag, ready]) => {
      const define = customElements.define.bind(customElements);
      customElements.define = (name, constructor, options) => {
        if (name !== tag) return define(name, constructor, options);
        const start = performance.now();
        define(name, constructor, options);
        const el = document.querySelector(tag);
        const done = () => {
          void el.getBoundingClientRect();
          window.benchUpgradeMs = performance.now() - start;
        };
        if (!ready || el.hasAttribute('data-ready')) return done();
        new MutationObserver((_, observer) => {
          if (!el.hasAttribute('data-ready')) return;
          observer.disconnect();
          done();
        }).observe(el, { attributes: true, attributeFilter: ['data-ready'] });
      };
    },
    [spec.tag, spec.ready === true],
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${ORIGIN}${spec.path}`, { waitUntil: 'networkidle' });
  const module = () => responses.filter((r) => r.type === 'script' && new URL(r.url).pathname.includes(spec.tag.replace('pa-', '')));
  const loadedBeforeScroll = module().length > 0;
  await page.locator(spec.tag).scrollIntoViewIfNeeded();
  await page.waitForFunction(() => window.benchUpgradeMs !== undefined, undefined, { timeout: 20_000 });
  const upgradeMs = await page.evaluate(() => window.benchUpgradeMs);
  await page.waitForLoadState('networkidle');
  const use = spec.prepare ? await spec.prepare(page) : () => spec.use(page);
  await page.evaluate(() => {
    window.benchLong = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.benchLong.push(e.duration))).observe({ type: 'longtask' });
  });
  await use();
  await page.waitForTimeout(500);
  const longest = await page.evaluate(() => Math.max(0, ...window.benchLong));
  const js = module().reduce((a, r) => a + r.gzip, 0);
  await context.close();
  return {
    path: spec.path,
    jsGzip: js,
    loadedBeforeScroll,
    upgradeMs,
    longestTaskMs: longest,
    files: module().map((r) => new URL(r.url).pathname),
  };
}

// ----- The explain page (src/components/interactives/explain): a paste of 10,000 lines -----
const EXPLAIN_BUDGET = {
  jsBytes: 15_000, // the element's module and its worker, gzip
  mainThreadMs: 100, // main-thread task time to explain and draw 10,000 lines, 4x CPU throttling
  longTaskMs: 50, // longest task while typing into a 10,000-line paste
};

/** 10,000 lines of `ss -tanp` output: listeners and connections to many ports. */
function explainPaste(lines = 10_000) {
  const out = ['State Recv-Q Send-Q Local Address:Port Peer Address:Port Process'];
  for (let i = 0; i < lines - 1; i++) {
    out.push(
      i % 50 === 0
        ? `LISTEN 0 128 0.0.0.0:${1000 + i} 0.0.0.0:* users:(("server${i}",pid=${100 + i},fd=3))`
        : `ESTAB 0 0 192.168.0.10:${40000 + (i % 20000)} 203.0.113.${i % 250}:${[443, 80, 22, 5432, 6379][i % 5]} users:(("client",pid=${200 + (i % 7)},fd=9))`,
    );
  }
  return out.join('\n');
}

/**
 * The explain page under 4x CPU throttling: main-thread task time (Chrome's TaskDuration metric)
 * from pressing Explain on a 10,000-line paste until its results are drawn, the worker's own time,
 * the time until the results show, and the longest task while typing into that paste.
 */
async function measureExplain(browser) {
  const { context, page, responses } = await recorder(browser);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${ORIGIN}/en/explain/`, { waitUntil: 'networkidle' });
  const loadedBeforeUse = responses.some((r) => r.type === 'script' && new URL(r.url).pathname.includes('/explain-'));
  const field = page.getByLabel('Command output');
  await field.focus();
  await page.waitForFunction(() => customElements.get('pa-explain') !== undefined);
  await page.evaluate((text) => {
    document.querySelector('pa-explain textarea').value = text;
  }, explainPaste());
  const button = await page.getByRole('button', { name: 'Explain', exact: true }).boundingBox();
  const taskTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  const before = await taskTime();
  await page.evaluate(() => {
    window.benchLong = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.benchLong.push(e.duration))).observe({ type: 'longtask' });
  });
  const start = Date.now();
  await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
  await page.waitForFunction(() => document.querySelector('pa-explain')?.dataset.done !== undefined, undefined, { timeout: 60_000 });
  const shownMs = Date.now() - start;
  await page.waitForTimeout(300);
  const rendererTaskMs = (await taskTime()) - before;
  const longestExplainTaskMs = await page.evaluate(() => Math.max(0, ...window.benchLong));
  const { workMs, drawMs } = await page.evaluate(() => ({ ...document.querySelector('pa-explain').dataset }));
  await page.evaluate(() => {
    window.benchLong = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.benchLong.push(e.duration))).observe({ type: 'longtask' });
  });
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('tcp LISTEN 0 5 0.0.0.0:3306 0.0.0.0:*', { delay: 60 });
  await page.waitForTimeout(1500);
  const longestTaskMs = await page.evaluate(() => Math.max(0, ...window.benchLong));
  await context.close();
  return {
    jsGzip: siteJavaScript(isExplainModule),
    loadedBeforeUse,
    mainThreadMs: Number(drawMs),
    rendererTaskMs,
    longestExplainTaskMs,
    workerMs: Number(workMs),
    shownMs,
    longestTaskMs,
  };
}

/** The middle value (the mean of the two middle ones for an even count). */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The port map's data: the status picture, gzip (PNG is already compressed; gzip barely changes it). */
function mapDataBytes() {
  return existsSync('dist/ports/map.png') ? gz(readFileSync('dist/ports/map.png')) : undefined;
}

/** Whether a dist/_astro file is an interactive diagram's module (counted under its own budget). */
const isInteractiveModule = (file) => interactives.some((i) => file.startsWith(`${i.tag.replace('pa-', '')}-`));

/** The Share dialog's module (with the QR library): it has its own budget, like a diagram's. */
const isShareModule = (file) => file.startsWith('share-');

/** The explain page's module and worker: they have their own budget, like a diagram's. */
const isExplainModule = (file) => file.startsWith('explain-');

function siteJavaScript(which = (f) => !isInteractiveModule(f) && !isShareModule(f) && !isExplainModule(f)) {
  const dir = 'dist/_astro';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js') && which(f))
    .reduce((sum, f) => sum + gz(readFileSync(join(dir, f))), 0);
}

async function main() {
  // --no-build measures the existing dist/ (for quick iterations); the build row is then left out.
  const skipBuild = process.argv.includes('--no-build');
  // --search-only measures search alone (with --no-build: a quick check of the search budget).
  const searchOnly = process.argv.includes('--search-only');
  // --interactives-only measures the interactive diagrams alone (with --no-build: a quick check of their budgets).
  const interactivesOnly = process.argv.includes('--interactives-only');
  // --explain-only measures the explain page alone (with --no-build: a quick check of its budget).
  const explainOnly = process.argv.includes('--explain-only');
  // --runs=N measures each diagram N times and reports the medians (timings vary from run to run).
  const runs = Math.max(1, Number(/^--runs=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--runs=')) ?? '')?.[1] ?? 1));
  const pagesAndInteractions = !searchOnly && !interactivesOnly && !explainOnly;
  if (!skipBuild) progress('build: starting astro build');
  const build = skipBuild ? undefined : await measureBuild();
  const preview = await startServer();
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
  const report = {
    date: new Date().toISOString(),
    budgets: BUDGET,
    build,
    pages: {},
    interactions: {},
    interactives: {},
    search: {},
    lighthouse: {},
  };
  try {
    if (pagesAndInteractions) progress(`weighing ${pageTypes.length * 2} page types`);
    for (const lang of pagesAndInteractions ? ['en', 'ko'] : []) {
      for (const [name, pattern, scriptNeededFor] of pageTypes) {
        report.pages[`${name} (${lang})`] = { ...(await measurePage(browser, pattern.replace('{lang}', lang))), scriptNeededFor };
      }
    }
    if (pagesAndInteractions) {
      progress('measuring the JavaScript each interaction loads');
      report.interactions['open search (en)'] = await measureInteraction(browser, '/en/', (p) => p.keyboard.press('/'));
      report.interactions['sort table (en)'] = await measureInteraction(browser, '/en/ports/', (p) =>
        p.getByRole('button', { name: 'Sort by Name' }).click(),
      );
      report.interactions['open share (ko)'] = await measureInteraction(browser, '/ko/lessons/port-ranges/', (p) =>
        p.getByRole('button', { name: '공유' }).first().click(),
      );
      report.interactions['answer quiz (ko)'] = await measureInteraction(browser, '/ko/lessons/port-ranges/', (p) =>
        p.locator('.question input').first().check(),
      );
    }
    report.siteJsGzip = siteJavaScript();
    report.shareJsGzip = siteJavaScript(isShareModule);
    if (!searchOnly) progress('measuring the explain page with a 10,000-line paste');
    if (!searchOnly) report.explain = await measureExplain(browser);
    if (!searchOnly && !explainOnly)
      progress(`measuring ${interactives.length} interactive diagrams${runs > 1 ? `, ${runs} runs each` : ''}`);
    for (const spec of searchOnly || explainOnly ? [] : interactives) {
      const each = [];
      for (let i = 0; i < runs; i++) each.push(await measureInteractive(browser, spec));
      report.interactives[spec.name] = {
        ...each[0],
        upgradeMs: median(each.map((r) => r.upgradeMs)),
        longestTaskMs: median(each.map((r) => r.longestTaskMs)),
        runs: each.map(({ upgradeMs, longestTaskMs }) => ({ upgradeMs, longestTaskMs })),
      };
    }
    report.mapDataGzip = mapDataBytes();
    if (!interactivesOnly) progress('measuring search bytes and latency');
    for (const lang of interactivesOnly || explainOnly ? [] : ['en', 'ko']) {
      for (const query of ['443', 'ssh'])
        report.search[`${query} (${lang})`] = await measureSearch(browser, lang, query, lang === 'en' ? 'port forwarding' : '포트 포워딩');
    }
    if (pagesAndInteractions) {
      progress('running Lighthouse (mobile profile); this takes a while');
      report.lighthouse = await runLighthouse(['/en/', '/en/lessons/what-is-a-port/', '/en/ports/443/', '/en/ports/', '/ko/ports/443/']);
    }
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
  if (build)
    row(
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
      p.firstWindowGzip <= BUDGET.firstWindowBytes
        ? 'ok'
        : p.firstWindowBrotli <= BUDGET.firstWindowBytes
          ? 'ok with brotli only'
          : 'OVER BUDGET',
      scriptOk ? (p.scriptNeededFor ? `script: ${p.scriptNeededFor}` : '') : 'SCRIPT OVER BUDGET',
    ].filter(Boolean);
    row(
      name,
      kb(p.htmlGzip),
      kb(p.htmlBrotli),
      kb(p.cssGzip),
      kb(p.firstWindowGzip),
      kb(p.firstWindowBrotli),
      `${p.inlineScriptBytes} B`,
      kb(p.scriptBeforeInteractionGzip),
      verdict.join('; '),
    );
  }
  lines.push('', '### JavaScript loaded on first use (gzip)');
  row('interaction', 'all JS', 'site-owned JS', 'files');
  row('---', '---', '---', '---');
  for (const [name, r] of Object.entries(report.interactions)) row(name, kb(r.jsGzip), kb(r.siteJsGzip), r.files.join(', '));
  row(
    'all site-owned JS in dist/_astro',
    kb(report.siteJsGzip),
    flag(report.siteJsGzip <= BUDGET.siteJsBytes),
    `budget ≤ ${kb(BUDGET.siteJsBytes)}`,
  );
  row(
    'Share dialog and QR encoder (share-*.js, on first Share)',
    kb(report.shareJsGzip),
    flag(report.shareJsGzip <= BUDGET.shareJsBytes),
    `budget ≤ ${kb(BUDGET.shareJsBytes)}`,
  );
  lines.push('', '### Search (cold cache, bytes as sent by a compressing server)');
  row(
    'query',
    'to instant answer',
    'to full-text results',
    'as raw bytes',
    'then a second query',
    'instant answer first',
    'instant answer after keystroke',
    'full-text after keystroke',
    'budget',
  );
  row('---', '---', '---', '---', '---', '---', '---', '---', '---');
  for (const [q, s] of Object.entries(report.search)) {
    const ok =
      s.toFullTextWire <= BUDGET.searchBytes &&
      s.secondQueryWire <= BUDGET.searchSecondQueryBytes &&
      s.quickBeforeFullText &&
      s.quickMs <= BUDGET.searchLatencyMs &&
      s.fullTextMs <= BUDGET.searchLatencyMs;
    row(
      q,
      kb(s.toFirstResultWire),
      kb(s.toFullTextWire),
      kb(s.toFullTextRaw),
      `${kb(s.secondQueryWire)} (${s.second})`,
      s.quickBeforeFullText ? 'yes' : 'NO',
      `${s.quickMs.toFixed(0)} ms`,
      `${s.fullTextMs.toFixed(0)} ms`,
      flag(ok),
    );
  }
  lines.push('', 'Files each second query fetched, as sent:');
  for (const [q, s] of Object.entries(report.search))
    lines.push(`- after ${q}: ${s.secondQueryFiles.map(([path, wire]) => `${path.split('/').pop()} ${kb(wire)}`).join(', ')}`);
  lines.push('', `### Interactive diagrams (4x CPU throttling${runs > 1 ? `; medians of ${runs} runs` : ''})`);
  row('diagram', 'module (gzip)', 'loaded before it was near', 'first render after upgrade', 'longest task while used', 'budget');
  row('---', '---', '---', '---', '---', '---');
  for (const [name, r] of Object.entries(report.interactives)) {
    const ok =
      r.jsGzip <= INTERACTIVE_BUDGET.jsBytes &&
      r.upgradeMs < INTERACTIVE_BUDGET.upgradeMs &&
      r.longestTaskMs <= INTERACTIVE_BUDGET.longTaskMs;
    row(
      name,
      kb(r.jsGzip),
      r.loadedBeforeScroll ? 'yes' : 'no',
      `${r.upgradeMs.toFixed(1)} ms`,
      `${r.longestTaskMs.toFixed(0)} ms`,
      `${flag(ok)} (≤ ${kb(INTERACTIVE_BUDGET.jsBytes)}, < ${INTERACTIVE_BUDGET.upgradeMs} ms, ≤ ${INTERACTIVE_BUDGET.longTaskMs} ms)`,
    );
  }
  row(
    'port map data (map.png)',
    kb(report.mapDataGzip),
    '',
    '',
    '',
    `${flag((report.mapDataGzip ?? Infinity) <= INTERACTIVE_BUDGET.mapDataBytes)} (≤ ${kb(INTERACTIVE_BUDGET.mapDataBytes)})`,
  );
  if (report.explain) {
    const e = report.explain;
    const ok =
      e.jsGzip <= EXPLAIN_BUDGET.jsBytes && e.mainThreadMs < EXPLAIN_BUDGET.mainThreadMs && e.longestTaskMs <= EXPLAIN_BUDGET.longTaskMs;
    lines.push('', '### Explain page, 10,000-line paste (4x CPU throttling)');
    row(
      'module + worker (gzip)',
      'loaded before use',
      'main thread: draw (HTML, style, layout)',
      'longest task while explaining',
      'renderer tasks, worker included',
      'worker',
      'drawn after',
      'longest task while typing',
      'budget',
    );
    row('---', '---', '---', '---', '---', '---', '---', '---', '---');
    row(
      kb(e.jsGzip),
      e.loadedBeforeUse ? 'YES' : 'no',
      `${e.mainThreadMs.toFixed(0)} ms`,
      `${e.longestExplainTaskMs.toFixed(0)} ms`,
      `${e.rendererTaskMs.toFixed(0)} ms`,
      `${e.workerMs} ms`,
      `${e.shownMs} ms`,
      `${e.longestTaskMs.toFixed(0)} ms`,
      `${flag(ok)} (≤ ${kb(EXPLAIN_BUDGET.jsBytes)}, < ${EXPLAIN_BUDGET.mainThreadMs} ms, ≤ ${EXPLAIN_BUDGET.longTaskMs} ms)`,
    );
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
