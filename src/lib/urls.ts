import { localePath, type Lang } from './locales';
import { blockOf, blockSlug, type Block, type RangeId } from './ranges';

/**
 * Every site URL is built here, so a route's shape lives in one place. Paths are under the deploy
 * base (Vite's BASE_URL at build time, "/" in unit tests) unless a base is passed.
 */
const defaultBase: string = (import.meta.env?.BASE_URL as string | undefined) ?? '/';

/** A language's home page: /en/. */
export function homeUrl(lang: Lang, base = defaultBase): string {
  return localePath(lang, '', base);
}

/** The lessons index. */
export function lessonsUrl(lang: Lang, base = defaultBase): string {
  return localePath(lang, 'lessons/', base);
}

/** A lesson, optionally at one of its sections (section ids are the same in every language). */
export function lessonUrl(lang: Lang, slug: string, section?: string, base = defaultBase): string {
  return localePath(lang, `lessons/${slug}/${section ? `#${section}` : ''}`, base);
}

/** A lesson with an interactive's state in its query (?port=123), optionally at a section. */
export function lessonStateUrl(lang: Lang, slug: string, state: Record<string, string | number>, section?: string, base = defaultBase): string {
  return localePath(lang, `lessons/${slug}/${queryString(state)}${section ? `#${section}` : ''}`, base);
}

/** The port map, optionally in a state (?port=443&overlay=…; see its README for the parameters). */
export function portMapUrl(lang: Lang, state: Record<string, string | number> = {}, base = defaultBase): string {
  return localePath(lang, `ports/map/${queryString(state)}`, base);
}

function queryString(state: Record<string, string | number>): string {
  const entries = Object.entries(state);
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}` : '';
}

/** The ports index. */
export function portsUrl(lang: Lang, base = defaultBase): string {
  return localePath(lang, 'ports/', base);
}

/** The port map's picture (one pixel per port, built from the registry), the same in every language. */
export function portMapImageUrl(base = defaultBase): string {
  return assetUrl('ports/map.png', base);
}

/** The port map's data for one block's zoomed view (IANA names, numbers with pages). */
export function portMapBlockUrl(block: Block, base = defaultBase): string {
  return assetUrl(`ports/map/${blockSlug(block)}.json`, base);
}

/** A port number's page. */
export function portUrl(lang: Lang, port: number, base = defaultBase): string {
  return localePath(lang, `ports/${port}/`, base);
}

/** A block page; given a port, the block that holds it, anchored at that port's row. */
export function blockUrl(lang: Lang, blockOrPort: Block | number, base = defaultBase): string {
  if (typeof blockOrPort === 'number') {
    return localePath(lang, `ports/blocks/${blockSlug(blockOf(blockOrPort))}/#p-${blockOrPort}`, base);
  }
  return localePath(lang, `ports/blocks/${blockSlug(blockOrPort)}/`, base);
}

/** One of the three RFC 6335 range pages. */
export function rangeUrl(lang: Lang, range: RangeId, base = defaultBase): string {
  return localePath(lang, `ports/ranges/${range}/`, base);
}

/** The search page, optionally running a query. */
export function searchUrl(lang: Lang, query?: string, base = defaultBase): string {
  return localePath(lang, `search/${query ? `?q=${encodeURIComponent(query)}` : ''}`, base);
}

/** Any other page of a language, from its language-neutral path ("teach/", "glossary/#nat"). */
export function pageUrl(lang: Lang, path: string, base = defaultBase): string {
  return localePath(lang, path, base);
}

/** A file served from public/ ("favicon.svg", "figures/x.svg"), under the deploy base. */
export function assetUrl(path: string, base = defaultBase): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\//, '')}`;
}

/** One piece of the IANA service-name list search loads on demand (language-neutral). */
export function searchNamesUrl(shard: string, base = defaultBase): string {
  return assetUrl(`search-names/${shard}.json`, base);
}
