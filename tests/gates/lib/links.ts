import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './site';

/** One broken link: where it is, what it points to, and why it fails. */
export interface LinkProblem {
  page: string;
  target: string;
  reason: string;
}

const attrPattern = /\s(?:href|src)="([^"]*)"/g;
const idPattern = /\sid="([^"]+)"/g;

/**
 * Checks every internal link and #fragment on every built page of `dist`: the target file must
 * exist and the fragment must be an id on the target page. Links to other origins are skipped.
 * `base` is the deploy sub-path the build was made for (BASE_PATH); links outside it are broken.
 */
export function checkLinks(dist: string, siteOrigin = 'https://port-atlas.example', base = '/'): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set([...readFileSync(file, 'utf8').matchAll(idPattern)].map((m) => m[1] ?? ''));
      idCache.set(file, ids);
    }
    return ids;
  };
  const fileFor = (pathname: string): string | undefined => {
    if (!pathname.startsWith(base)) return undefined;
    const decoded = decodeURIComponent(`/${pathname.slice(base.length)}`);
    const candidates = decoded.endsWith('/') ? [join(dist, decoded, 'index.html')] : [join(dist, decoded)];
    return candidates.find((c) => existsSync(c) && statSync(c).isFile());
  };

  for (const page of builtPages(dist)) {
    const html = readFileSync(page.file, 'utf8');
    for (const match of html.matchAll(attrPattern)) {
      const raw = (match[1] ?? '').replaceAll('&amp;', '&');
      if (raw === '' || /^(mailto|tel|data|javascript):/i.test(raw)) continue;
      const here = `${base.replace(/\/$/, '')}${page.path}`;
      const url = new URL(raw, `${siteOrigin}${here}`);
      if (url.origin !== siteOrigin) continue;
      const target = url.pathname === here ? page.file : fileFor(url.pathname);
      if (!target) {
        problems.push({ page: page.path, target: raw, reason: 'no such page or file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        problems.push({ page: page.path, target: raw, reason: `no element with id "${fragment}"` });
      }
    }
  }
  return problems;
}
