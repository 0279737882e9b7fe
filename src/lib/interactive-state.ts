import type { UiKey } from '../i18n/en';

/** A sentence to show or announce: a UI string key and the values for its placeholders. */
export interface Message {
  key: UiKey;
  vars?: Record<string, string | number>;
}

/** Query values longer than this are not read at all: no state of any interactive needs more. */
export const MAX_PARAM_LENGTH = 2000;

/** Shortens a hostile or long query value for display in a note (shown as text, never as HTML). */
export function quoteParam(value: string, max = 24): string {
  const flat = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** Fills `{name}` placeholders of a UI string from a message's values (one fill() for the site). */
export { fill } from './fill';

/** Reads one query parameter; undefined when absent. */
export function readParam(search: string, name: string): string | undefined {
  return new URLSearchParams(search).get(name) ?? undefined;
}

/**
 * A page's query string with some parameters set (or removed when undefined), keeping the others
 * and their order, so several interactives and other features can share one address.
 */
export function withParams(search: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(search);
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) query.delete(name);
    else query.set(name, value);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}
