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

/**
 * Writes an interactive's state into the address bar without adding history entries, so the
 * address a teacher copies (or the Share dialog reads) always shows the current state.
 */
export function writeQuery(params: Record<string, string | undefined>): void {
  const search = withParams(location.search, params);
  if (search === location.search) return;
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}

/** Shows or hides the note about an unusable address value. */
export function showNote(el: HTMLElement | null, text: string | undefined): void {
  if (!el) return;
  el.textContent = text ?? '';
  el.hidden = !text;
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
