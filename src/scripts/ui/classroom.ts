/** Section links, the Share button and the contents list's "you are here" marker. */

/** Loads the toast and dialog styles (public/styles/share.css) once; resolves when they apply. */
export function loadShareStyles(): Promise<void> {
  const href = `${document.documentElement.dataset.base ?? '/'}styles/share.css`;
  const existing = document.querySelector<HTMLLinkElement>(`link[href="${href}"]`);
  if (existing?.sheet) return Promise.resolve();
  return new Promise((resolve) => {
    const link = existing ?? Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    if (!existing) document.head.append(link);
  });
}

/** Shows one of the page's live region messages (data-copied, data-failed; ShareButton.astro) for a while. */
async function announce(kind: 'copied' | 'failed'): Promise<void> {
  const status = document.querySelector<HTMLElement>('[data-pa-status]');
  if (!status) return;
  await loadShareStyles();
  status.textContent = status.dataset[kind] ?? '';
  window.setTimeout(() => (status.textContent = ''), 2500);
}

/** Copies the absolute URL of the section whose heading sits beside `button` (page, query and #id). */
export async function copySectionLink(button: HTMLElement): Promise<void> {
  const heading = button.closest('.hx')?.querySelector(':is(h2, h3)[id]');
  if (!heading) return;
  const url = new URL(location.href);
  url.hash = heading.id;
  try {
    await navigator.clipboard.writeText(url.href);
    await announce('copied');
  } catch {
    await announce('failed');
  }
}

/** Loads the Share dialog's module (named by the button) and opens it. */
export async function share(button: HTMLElement): Promise<void> {
  const url = button.dataset.module;
  if (!url) return;
  if (!window.paShare) await import(/* @vite-ignore */ url);
  window.paShare?.(button);
}

let watching = false;

/**
 * Marks the contents entry of the section being read (aria-current) and keeps the address bar's
 * #fragment on it, so the Share button and a copied address point at what is on screen.
 */
export function watchContents(): void {
  if (watching) return;
  const toc = document.querySelector<HTMLElement>('[data-pa="toc"]');
  if (!toc) return;
  watching = true;
  const links = new Map<string, HTMLAnchorElement>();
  for (const a of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) links.set(decodeURIComponent(a.hash.slice(1)), a);
  const headings = [...links.keys()].flatMap((id) => {
    const el = document.getElementById(id);
    return el ? [el] : [];
  });
  let current = '';
  // The address follows the reader's own scrolling only: the browser's jump to an arrival #fragment
  // (or to the end of a short page) must not rewrite the link a teacher shared.
  let readerScrolled = false;
  for (const type of ['wheel', 'touchmove', 'keydown', 'pointerdown']) {
    window.addEventListener(type, () => (readerScrolled = true), { passive: true, once: true });
  }
  const update = () => {
    const line = window.innerHeight * 0.25;
    let id = '';
    for (const heading of headings) {
      if (heading.getBoundingClientRect().top <= line) id = heading.id;
      else break;
    }
    if (id === current) return;
    links.get(current)?.removeAttribute('aria-current');
    current = id;
    if (id) links.get(id)?.setAttribute('aria-current', 'location');
    if (!readerScrolled || !id) return;
    const url = new URL(location.href);
    url.hash = id;
    if (url.href !== location.href) history.replaceState(history.state, '', url.href);
  };
  let queued = false;
  window.addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        update();
      });
    },
    { passive: true },
  );
  update();
}
