import { splitLocalePath, type Lang } from './locales';
import { parsePort, type ParseResult } from './parse-port';

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
