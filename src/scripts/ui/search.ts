import { blockOf, rangeOf } from '../../lib/ranges';
import { decodeNumbers, pageLookup, quickAnswers, type QuickAnswer, type ShortcutData } from '../../lib/search-shortcuts';
import { nameShardKey, type NameEntry, type SearchData } from '../../lib/search-data';
import { parsePort } from '../../lib/parse-port';
import { assetUrl, blockUrl, pageUrl, portUrl, rangeUrl, searchNamesUrl, searchUrl } from '../../lib/urls';
import { defaultLang, isLang, type Lang } from '../../lib/locales';
import { fill } from '../../lib/fill';

/** What Pagefind returns for one full-text result (the fields this UI shows). */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { url: string; title: string }[];
}

/** The parts of Pagefind's search API (pagefind/pagefind.js) this dialog uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    term: string,
    options?: Record<string, unknown>,
    debounceMs?: number,
  ): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

/** Full-text results shown at once; more on request, so a query downloads only what is read. */
const RESULTS_SHOWN = 4;

/** The search dialog, built once per page. */
interface SearchDialog {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  /** Enter: goes to the instant answer's page for the whole query, if there is one. */
  follow(): Promise<void>;
}

let built: Promise<SearchDialog> | undefined;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

function loadStyles(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = element('link', { rel: 'stylesheet', href: url });
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`could not load ${url}`)), { once: true });
    document.head.append(link);
  });
}

/**
 * Opens the search dialog, building it the first time; `query` (from a /search/?q= address) is
 * searched at once. Whatever the reader typed before the dialog was ready is in the input the head
 * script focused on the first key press (#pa-q): it moves into the dialog, with a pending Enter.
 */
export function openSearch(query?: string): void {
  built ??= createDialog();
  built.then(
    (search) => {
      const catcher = document.getElementById('pa-q');
      const typed = catcher instanceof HTMLInputElement ? catcher.value : '';
      const enter = catcher instanceof HTMLInputElement && catcher.dataset.enter === '1';
      const { dialog, input } = search;
      if (query !== undefined || typed) input.value = (query ?? typed).slice(0, 200);
      if (!dialog.open) dialog.showModal();
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
      catcher?.remove();
      // As if typed: the instant answer and the full-text search (once Pagefind is there) both follow.
      input.dispatchEvent(new Event('input', { bubbles: true }));
      if (enter) void search.follow();
    },
    () => {
      // Without its data the dialog cannot work: the search page explains how to reach a port.
      const catcher = document.getElementById('pa-q');
      const typed = catcher instanceof HTMLInputElement ? catcher.value : query;
      const lang = document.documentElement.lang;
      location.assign(searchUrl(isLang(lang) ? lang : defaultLang, typed, document.documentElement.dataset.base ?? '/'));
    },
  );
}

async function createDialog(): Promise<SearchDialog> {
  const html = document.documentElement;
  const lang: Lang = isLang(html.lang) ? html.lang : defaultLang;
  const base = html.dataset.base ?? '/';
  // Styles and the search engine start loading now; the dialog waits only for its own small data file.
  void loadStyles(assetUrl('styles/search.css', base)).catch(() => undefined);
  // Full text: Pagefind's own search API, with a small result list of our own (its UI libraries cost
  // more than the index itself). No web worker: it would be one more download before the first result.
  const pagefind = import(/* @vite-ignore */ assetUrl('pagefind/pagefind.js', base)).then(async (module: Pagefind) => {
    await module.options({ baseUrl: base, noWorker: true, ranking: { pageLength: 0 } });
    await module.init();
    return module;
  });
  pagefind.catch(() => undefined);
  const response = await fetch(pageUrl(lang, 'search.json', base));
  if (!response.ok) throw new Error(`search data: HTTP ${response.status}`);
  const data = (await response.json()) as SearchData;
  const s = (key: string, vars: Record<string, string | number> = {}) => fill(data.strings[`search.${key}`] ?? key, vars);
  const shortcuts: ShortcutData = { pages: decodeNumbers(data.pages), names: data.names };
  const hasPage = pageLookup(shortcuts.pages);
  // IANA's ~6,300 service names come in pieces by first letter, loaded when a name is typed; the
  // noted names in search.json stay first, so "ssh" is labelled SSH.
  const shards = new Map<string, Promise<boolean>>();
  const ensureNames = async (query: string): Promise<boolean> => {
    const parsed = parsePort(query);
    const key = !parsed.ok && parsed.reason === 'name' ? nameShardKey(query) : undefined;
    if (key === undefined) return false;
    let shard = shards.get(key);
    if (!shard) {
      shard = fetch(searchNamesUrl(key, base))
        .then((r) => (r.ok ? (r.json() as Promise<NameEntry[]>) : []))
        .then((entries) => {
          shortcuts.names.push(...entries);
          return true;
        })
        .catch(() => false);
      shards.set(key, shard);
      return shard;
    }
    return shard.then(() => false);
  };

  const title = element('h2', { id: 'pa-search-title', className: 'pa-search-title' }, s('label'));
  const close = element('button', { type: 'button', className: 'btn' }, s('close'));
  const input = document.createElement('input');
  input.id = 'pa-search-input';
  input.type = 'search';
  input.placeholder = s('placeholder');
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.autofocus = true;
  input.enterKeyHint = 'go';
  input.setAttribute('autocapitalize', 'none');
  input.setAttribute('aria-labelledby', title.id);
  const form = element('form', { className: 'pa-search-form' }, input);
  form.action = searchUrl(lang, undefined, base);
  form.setAttribute('role', 'search');
  const quick = element('div', { className: 'pa-quick' });
  quick.setAttribute('aria-live', 'polite');
  const summary = element('p', { className: 'pa-summary' });
  summary.setAttribute('role', 'status');
  const results = element('ul', { id: 'pa-search-results', className: 'pa-results' });
  results.setAttribute('aria-label', s('resultsLabel'));
  const dialog = element(
    'dialog',
    { className: 'pa-search' },
    element('div', { className: 'pa-search-head' }, title, close),
    form,
    quick,
    summary,
    results,
  );
  dialog.setAttribute('aria-labelledby', title.id);
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });

  let current: QuickAnswer = { hits: [] };
  const hrefOf = (port: number) => portUrl(lang, port, base);
  const renderQuick = (query: string) => {
    current = query.trim() ? quickAnswers(query, shortcuts, hasPage) : { hits: [] };
    quick.replaceChildren();
    if (!query.trim()) {
      quick.append(element('p', { className: 'pa-summary' }, s('hint')));
      return;
    }
    if (current.problem) quick.append(element('p', { className: 'pa-problem' }, s(`problem.${current.problem}`)));
    if (current.hits.length === 0) return;
    if (current.problem === 'hex') quick.append(element('p', { className: 'pa-small' }, s('meant')));
    if (current.note === 'leading-zero' && current.hits[0])
      quick.append(element('p', { className: 'pa-small' }, s('leadingZero', { n: current.hits[0].port })));
    const list = element('ul', { className: 'pa-quick-list' });
    list.setAttribute('aria-label', s('quick'));
    for (const hit of current.hits) {
      const label = hit.label ? s('portNamed', { n: hit.port, name: hit.label }) : s('port', { n: hit.port });
      if (hit.hasPage) {
        list.append(
          element('li', {}, element('a', { href: hrefOf(hit.port) }, label, element('span', { className: 'pa-kind' }, s('portKind')))),
        );
      } else {
        const range = rangeOf(hit.port);
        const block = blockOf(hit.port);
        const rangeName = data.strings[`range.${range.id}`] ?? range.id;
        list.append(
          element('li', {}, element('p', {}, s('noPage', { n: hit.port }))),
          element(
            'li',
            {},
            element(
              'a',
              { href: rangeUrl(lang, range.id, base) },
              s('inRange', { range: rangeName, first: range.first, last: range.last }),
            ),
          ),
          element(
            'li',
            {},
            element('a', { href: blockUrl(lang, hit.port, base) }, s('inBlock', { n: hit.port, first: block.first, last: block.last })),
          ),
        );
      }
    }
    quick.append(list);
  };

  const update = () => {
    if (input.value.length > 200) input.value = input.value.slice(0, 200);
    const query = input.value;
    renderQuick(query);
    if (!query.trim()) summary.textContent = '';
    void ensureNames(query).then((added) => {
      if (added && input.value === query) renderQuick(query);
    });
  };
  const follow = async () => {
    // The answer is computed from the whole query as it is now, never from an earlier keystroke's.
    const query = input.value;
    await ensureNames(query);
    if (input.value !== query) return;
    const answer = query.trim() ? quickAnswers(query, shortcuts, hasPage) : { hits: [] };
    const first = answer.hits[0];
    if (first?.hasPage) location.assign(hrefOf(first.port));
  };
  input.addEventListener('input', update);
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    void follow();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void follow();
  });
  document.body.append(dialog);
  renderQuick('');

  let shownQuery = '';
  const showResults = async (query: string) => {
    const engine = await pagefind;
    const found = await engine.debouncedSearch(query, {}, 80);
    if (found === null || query !== input.value) return; // a newer keystroke took over
    shownQuery = query;
    results.replaceChildren();
    if (!query.trim()) {
      summary.textContent = '';
      return;
    }
    summary.textContent =
      found.results.length === 0
        ? s('noResults')
        : found.results.length === 1
          ? s('oneResult')
          : s('results', { count: found.results.length });
    const showFrom = async (start: number) => {
      const page = await Promise.all(found.results.slice(start, start + RESULTS_SHOWN).map((r) => r.data()));
      if (shownQuery !== query) return;
      results.append(...page.map((result) => resultItem(result, s('sections'))));
      const rest = found.results.length - start - RESULTS_SHOWN;
      if (rest > 0) {
        const more = element('button', { type: 'button', className: 'btn' }, s('more'));
        const item = element('li', { className: 'pa-more' }, more);
        more.addEventListener('click', () => {
          item.remove();
          void showFrom(start + RESULTS_SHOWN).then(() =>
            (results.getElementsByClassName('pa-result-link')[start + RESULTS_SHOWN] as HTMLElement | undefined)?.focus(),
          );
        });
        results.append(item);
      }
    };
    await showFrom(0);
  };
  input.addEventListener('input', () => {
    showResults(input.value).catch(() => {
      if (!quick.parentElement?.querySelector('.pa-load-failed')) {
        quick.after(
          element('p', { className: 'pa-problem pa-load-failed' }, s('loadFailed')),
          element('a', { href: pageUrl(lang, 'ports/#ranges', base) }, s('byNumber')),
        );
      }
    });
  });
  return { dialog, input, follow };
}

/** One full-text result: the page, Pagefind's excerpt (its own escaped HTML with <mark>), and its sections. */
function resultItem(result: PagefindResult, sectionsLabel: string): Element {
  const item = element(
    'li',
    { className: 'pa-result' },
    element('a', { className: 'pa-result-link', href: result.url }, result.meta.title ?? result.url),
  );
  const excerpt = element('p', { className: 'pa-excerpt' });
  excerpt.innerHTML = result.excerpt;
  item.append(excerpt);
  const sections = (result.sub_results ?? []).filter((sub) => sub.url !== result.url && sub.url.includes('#')).slice(0, 3);
  if (sections.length > 0) {
    const list = element('ul', { className: 'pa-sections' });
    list.setAttribute('aria-label', sectionsLabel);
    for (const sub of sections) list.append(element('li', {}, element('a', { href: sub.url }, sub.title)));
    item.append(list);
  }
  return item;
}
