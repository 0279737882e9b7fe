import { pickLang, splitLocalePath, type Lang } from './locales';
import { parsePort, type ParseResult } from './parse-port';
import { blockOf, rangeOf } from './ranges';
import { blockUrl, pageUrl, portUrl } from './urls';

/** What a missing /{lang}/ports/{x}/ address was after: the language and how {x} reads as a port. */
export interface MissingPortPath {
  lang: Lang;
  /** The path segment as the reader typed it (decoded). */
  input: string;
  parsed: ParseResult;
  /** True when `input` is already the canonical spelling of the parsed number. */
  canonical: boolean;
}

/** Recognises a port-page address that does not exist; undefined for any other path. */
export function missingPortPath(pathname: string, base = '/'): MissingPortPath | undefined {
  const split = splitLocalePath(pathname, base);
  if (!split) return undefined;
  const match = /^ports\/([^/]+)\/?$/.exec(split.rest);
  if (!match?.[1]) return undefined;
  let input: string;
  try {
    input = decodeURIComponent(match[1]);
  } catch {
    input = match[1];
  }
  const parsed = parsePort(input);
  return { lang: split.lang, input, parsed, canonical: parsed.ok && String(parsed.port) === input && !parsed.protocol };
}

/** Keys of the 404 page's port-help strings (notFound.* in the dictionaries). */
export type PortHelpKey = 'port' | 'portRange' | 'portBlock' | 'portInvalid' | 'portMeant' | 'portNamed';

/** One line of the 404 page's port help: a string, the values it is filled with, and a link. */
export interface PortHelpLine {
  key: PortHelpKey;
  vars: Record<string, string | number>;
  href?: string;
}

/** A port that a name in the address stands for ("ssh" → 22, SSH), found by the search's instant answers. */
export interface NamedPort {
  port: number;
  label?: string;
}

/**
 * What the 404 page says about a missing /{lang}/ports/{x}/ address: why {x} is not a port and
 * what was probably meant, or, for a number without a page, its range and block.
 */
export function portHelp(missing: MissingPortPath, base = '/', named?: NamedPort): PortHelpLine[] {
  const { lang, parsed, input } = missing;
  if (!parsed.ok) {
    if (named) {
      return [
        {
          key: named.label ? 'portNamed' : 'portMeant',
          vars: { n: named.port, name: named.label ?? '' },
          href: portUrl(lang, named.port, base),
        },
      ];
    }
    const lines: PortHelpLine[] = [{ key: 'portInvalid', vars: { input: input.slice(0, 40) } }];
    if (parsed.suggestion !== undefined)
      lines.push({ key: 'portMeant', vars: { n: parsed.suggestion }, href: portUrl(lang, parsed.suggestion, base) });
    return lines;
  }
  const range = rangeOf(parsed.port);
  const block = blockOf(parsed.port);
  return [
    missing.canonical
      ? { key: 'port', vars: { n: parsed.port } }
      : { key: 'portMeant', vars: { n: parsed.port }, href: portUrl(lang, parsed.port, base) },
    { key: 'portRange', vars: { range: range.id, first: range.first, last: range.last } },
    { key: 'portBlock', vars: { first: block.first, last: block.last }, href: blockUrl(lang, parsed.port, base) },
  ];
}

/**
 * Where an address without a language (/ports/443/, /lessons/, /443) should go: the same page in
 * the reader's language, a bare number to its port page. Undefined for addresses that have a
 * language already (so a redirect can never loop) and for the site root.
 */
export function languageFreeTarget(pathname: string, preferred: readonly string[], base = '/'): string | undefined {
  if (splitLocalePath(pathname, base)) return undefined;
  const b = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(b)) return undefined;
  const rest = pathname.slice(b.length);
  if (rest === '' || rest === '404.html') return undefined;
  const lang = pickLang(preferred);
  const bare = /^([^/]+)\/?$/.exec(rest)?.[1];
  const parsed = bare === undefined ? undefined : parsePort(bare);
  if (parsed?.ok) return portUrl(lang, parsed.port, base);
  return pageUrl(lang, rest, base);
}
