import { createHash } from 'node:crypto';

/** The CSP source expression ('sha256-…' without quotes) that allows one inline script or style. */
export function cspHash(content: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}`;
}

const metaPattern = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
const inlineScript = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const inlineStyle = /<style[^>]*>([\s\S]*?)<\/style>/g;

/**
 * Narrows a page's Content-Security-Policy meta tag to the hashes of the inline scripts and styles
 * that page really has. Astro's security.csp lists every inline hash of the whole build on every
 * page; keeping only the page's own makes each policy stricter and each page smaller. Pages
 * without a CSP meta tag are returned unchanged.
 */
export function trimCspHashes(html: string): string {
  const match = metaPattern.exec(html);
  if (!match) return html;
  const own = {
    'script-src': [...html.matchAll(inlineScript)].map((m) => `'${cspHash(m[1] ?? '')}'`),
    'style-src': [...html.matchAll(inlineStyle)].map((m) => `'${cspHash(m[1] ?? '')}'`),
  };
  const policy = (match[2] ?? '')
    .split(';')
    .map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return directive.trim();
      const kept = sources.filter((s) => !/^'sha(256|384|512)-/.test(s));
      return [name, ...kept, ...new Set(own[name])].join(' ');
    })
    .filter(Boolean)
    .join('; ');
  return html.replace(metaPattern, `$1${policy};$3`);
}
