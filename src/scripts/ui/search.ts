import { fill } from '../../lib/fill';
import { defaultLang, isLang } from '../../lib/locales';
import { blockOf, rangeOf } from '../../lib/ranges';
import { assetUrl, blockUrl, pageUrl, portUrl, rangeUrl } from '../../lib/urls';
import { decodeNumbers, pageLookup, quickAnswers, type QuickAnswer, type ShortcutData } from '../../lib/search-shortcuts';

/** What /{lang}/search.json holds. */
interface SearchData {
  strings: Record<string, string>;
  pages: string;
  names: ShortcutData['names'];
}

declare global {
  interface Window {
    /** Set by Pagefind's Component UI script. */
    PagefindComponents?: { configureInstance(name: string, options: Record<string, unknown>): unknown };
  }
}

let dialog: Promise<HTMLDialogElement> | undefined;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

function load(tag: 'script' | 'link', url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const el =
      tag === 'script'
        ? element('script', { src: url, async: true })
        : element('link', { rel: 'stylesheet', href: url });
    el.addEventListener('load', () => resolve(), { once: true });
    el.addEventListener('error', () => reject(new Error(`could not load ${url}`)), { once: true });
    document.head.append(el);
  });
}

/** Opens the search dialog, building it (and loading Pagefind's UI) the first time. */
export function openSearch(): void {
  dialog ??= createDialog();
  void dialog.then((d) => {
    if (!d.open) d.showModal();
    const input = d.querySelector<HTMLInputElement>('pagefind-input input');
    if (input) input.focus();
    else void customElements.whenDefined('pagefind-input').then(() => requestAnimationFrame(() => d.querySelector<HTMLInputElement>('pagefind-input input')?.focus()));
  });
}

async function createDialog(): Promise<HTMLDialogElement> {
  const html = document.documentElement;
  const lang = isLang(html.lang) ? html.lang : defaultLang;
  const base = html.dataset.base ?? '/';
  const ui = Promise.all([
    load('link', assetUrl('pagefind/pagefind-component-ui.css', base)),
    load('link', assetUrl('styles/search.css', base)),
    load('script', assetUrl('pagefind/pagefind-component-ui.js', base)),
  ]);
  const response = await fetch(pageUrl(lang, 'search.json', base));
  const data = (await response.json()) as SearchData;
  const uiLoaded = await ui.then(
    () => true,
    () => false,
  );
  // Long lessons should not lose to short port pages just for their length.
  window.PagefindComponents?.configureInstance('default', {
    bundlePath: assetUrl('pagefind/', base),
    baseUrl: base,
    ranking: { pageLength: 0 },
  });
  const s = (key: string, vars: Record<string, string | number> = {}) => fill(data.strings[`search.${key}`] ?? key, vars);
  const shortcuts: ShortcutData = { pages: decodeNumbers(data.pages), names: data.names };
  const hasPage = pageLookup(shortcuts.pages);

  const title = element('h2', { id: 'pa-search-title', className: 'text-lg font-bold m-0' }, s('label'));
  const close = element('button', { type: 'button', className: 'btn' }, s('close'));
  const quick = element('div', { className: 'pa-quick' });
  quick.setAttribute('aria-live', 'polite');
  const config = document.createElement('pagefind-config');
  config.setAttribute('bundle-path', assetUrl('pagefind/', base));
  config.setAttribute('base-url', base);
  const input = document.createElement('pagefind-input');
  input.setAttribute('placeholder', s('placeholder'));
  input.setAttribute('debounce', '40');
  const summary = document.createElement('pagefind-summary');
  const results = document.createElement('pagefind-results');
  results.setAttribute('max-results', '8');
  const d = element(
    'dialog',
    { className: 'pa-search' },
    element('div', { className: 'flex items-center justify-between gap-3' }, title, close),
    config,
    input,
    quick,
    summary,
    results,
  );
  d.setAttribute('aria-labelledby', title.id);
  close.addEventListener('click', () => d.close());
  d.addEventListener('click', (event) => {
    if (event.target === d) d.close();
  });

  let current: QuickAnswer = { hits: [] };
  const renderQuick = (query: string) => {
    current = query.trim() ? quickAnswers(query, shortcuts, hasPage) : { hits: [] };
    quick.replaceChildren();
    if (!query.trim()) {
      quick.append(element('p', { className: 'text-sm text-muted' }, s('hint')));
      return;
    }
    if (current.problem) quick.append(element('p', { className: 'pa-problem' }, s(`problem.${current.problem}`)));
    if (current.hits.length === 0) return;
    if (current.problem === 'hex') quick.append(element('p', { className: 'text-sm' }, s('meant')));
    const list = element('ul', { className: 'pa-quick-list' });
    list.setAttribute('aria-label', s('quick'));
    for (const hit of current.hits) {
      const label = hit.label ? s('portNamed', { n: hit.port, name: hit.label }) : s('port', { n: hit.port });
      if (hit.hasPage) {
        list.append(
          element(
            'li',
            {},
            element('a', { href: portUrl(lang, hit.port, base) }, label, element('span', { className: 'pa-kind' }, s('portKind'))),
          ),
        );
      } else {
        const range = rangeOf(hit.port);
        const block = blockOf(hit.port);
        const rangeName = data.strings[`range.${range.id}`] ?? range.id;
        list.append(
          element('li', {}, element('p', {}, s('noPage', { n: hit.port }))),
          element('li', {}, element('a', { href: rangeUrl(lang, range.id, base) }, s('inRange', { range: rangeName, first: range.first, last: range.last }))),
          element('li', {}, element('a', { href: blockUrl(lang, hit.port, base) }, s('inBlock', { n: hit.port, first: block.first, last: block.last }))),
        );
      }
    }
    quick.append(list);
  };
  renderQuick('');

  d.addEventListener('input', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement) {
      if (target.value.length > 200) target.value = target.value.slice(0, 200);
      renderQuick(target.value);
    }
  });
  // Enter goes to the direct answer when there is one: numbers and names come first.
  d.addEventListener(
    'keydown',
    (event) => {
      const first = quick.querySelector<HTMLAnchorElement>('a');
      if (event.key === 'Enter' && event.target instanceof HTMLInputElement && first && current.hits[0]?.hasPage) {
        event.preventDefault();
        event.stopPropagation();
        first.click();
      }
    },
    true,
  );

  document.body.append(d);
  if (!uiLoaded) {
    quick.after(
      element('p', { className: 'pa-problem' }, s('loadFailed')),
      element('a', { href: pageUrl(lang, 'ports/#ranges', base) }, s('byNumber')),
    );
  }
  return d;
}
