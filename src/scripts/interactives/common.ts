import { fill, withParams, type Message } from '../../lib/interactive-state';
import { defaultLang, isLang, type Lang } from '../../lib/locales';

/** The page's language, as the layout set it on <html>. */
export function pageLang(): Lang {
  const lang = document.documentElement.lang;
  return isLang(lang) ? lang : defaultLang;
}

/** Turns a message into words from a dictionary of the page's language. */
export function translator(dict: Record<string, string>): (m: Message | string) => string {
  return (m) => (typeof m === 'string' ? (dict[m] ?? m) : fill(dict[m.key] ?? m.key, m.vars));
}

/** Query parameters waiting to be written into the address bar, and the timer that writes them. */
let pendingQuery: Record<string, string | undefined> | undefined;
let queryTimer: ReturnType<typeof setTimeout> | undefined;
/** How long the reader pauses before the address bar catches up. */
const QUERY_DELAY_MS = 250;

/**
 * Writes an interactive's state into the address bar without adding history entries, so the
 * address a teacher copies (or the Share dialog reads) shows the current state. The write waits
 * until the reader pauses: history.replaceState cost 0.5-30 ms a call under 4x CPU throttling,
 * too much for every arrow key. A click on a page control that reads the address (Share, copy
 * link, language switch: [data-pa]) and leaving the page write it at once.
 */
export function writeQuery(params: Record<string, string | undefined>): void {
  pendingQuery = { ...pendingQuery, ...params };
  clearTimeout(queryTimer);
  queryTimer = setTimeout(flushQuery, QUERY_DELAY_MS);
}

/** Writes the waiting parameters, if any, now. */
export function flushQuery(): void {
  clearTimeout(queryTimer);
  if (!pendingQuery) return;
  const search = withParams(location.search, pendingQuery);
  pendingQuery = undefined;
  if (search === location.search) return;
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}

document.addEventListener('click', (event) => event.target instanceof Element && event.target.closest('[data-pa]') && flushQuery(), true);
addEventListener('pagehide', flushQuery);

/** Shows or hides the note about an unusable address value. */
export function showNote(el: HTMLElement | null, text: string | undefined): void {
  if (!el) return;
  if (el.textContent !== (text ?? '')) el.textContent = text ?? '';
  if (el.hidden !== !text) el.hidden = !text;
}

/**
 * Returns a function that runs `work` soon, in a task of its own, once however often it is called
 * before then, and lays the page out at the end of that task. Input handlers change an
 * interactive's state at once and leave the drawing to this: the browser then handles the click or
 * key press (hit tests, events, focus) in one task, the drawing and its style and layout in another,
 * and paints in a third. Under 4x CPU throttling a click that did all of it in one task took
 * 45-60 ms, more than the 50 ms that makes a long task. The layout is done here on purpose:
 * otherwise the next key press (Chromium lays the page out before it dispatches a key) or the next
 * frame does it, on top of its own work.
 */
export function soon(work: () => void): () => void {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    setTimeout(() => {
      queued = false;
      work();
      layOut();
    });
  };
}

/** Lays the page out now: ends a task that changed the page with its style and layout done (see `soon`). */
export function layOut(): void {
  void document.documentElement.offsetHeight;
}

/** Says a change in words to screen readers (the element is a polite live region). */
export function announce(el: HTMLElement | null, text: string): void {
  if (el) el.textContent = text;
}

/** Creates an element with a class and text, the only way these modules build DOM (never innerHTML). */
export function make<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text) el.textContent = text;
  return el;
}
