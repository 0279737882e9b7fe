import type { Lang } from './locales';

/** Size of every link-preview image (the 1.91:1 card Open Graph and X expect). */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The font family the cards are drawn in (src/assets/og/, made by scripts/make-og-font.py). */
export const OG_FONT_FAMILY = 'Port Atlas Preview';

/** Open Graph locale of a language. */
export function ogLocale(lang: Lang): string {
  return lang === 'ko' ? 'ko_KR' : 'en_US';
}

/** Path (under the site base) of a generated preview image: og/site.en.png, og/lessons/x.ko.png. */
export function ogImagePath(name: string, lang: Lang): string {
  return `og/${name}.${lang}.png`;
}

/** What one card says. */
export interface OgCard {
  lang: Lang;
  /** Small line above the title ("Lesson 2 of 6 · 11 min"). */
  kicker: string;
  title: string;
  /** Site name, bottom left. */
  site: string;
}

/** Rough advance width of a character in em, enough to wrap a title without a layout engine. */
function charWidth(c: string): number {
  const code = c.codePointAt(0) ?? 0;
  if (code >= 0x1100) return 1;
  if (c === ' ') return 0.3;
  if (/[A-Z0-9]/.test(c)) return 0.66;
  if (/[a-z]/.test(c)) return 0.56;
  return 0.4;
}

const width = (s: string) => [...s].reduce((sum, c) => sum + charWidth(c), 0);

/** Breaks `text` into lines no wider than `max` em, at spaces (whole words, also in Korean). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && width(next) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Characters of `text` that are not in `covered` (the font subset), so the build can name them. */
export function missingGlyphs(text: string, covered: ReadonlySet<string>): string[] {
  return [...new Set([...text].filter((c) => !/\s/.test(c) && !covered.has(c)))];
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The card as an SVG document: site name, kicker and a large wrapped title, with the three port ranges as a bar. */
export function ogCardSvg(card: OgCard): string {
  const { width: w, height: h } = OG_IMAGE_SIZE;
  let size = 72;
  let lines = wrapText(card.title, 1040 / size);
  while (lines.length > 3 && size > 48) {
    size -= 6;
    lines = wrapText(card.title, 1040 / size);
  }
  if (lines.length > 4) lines = [...lines.slice(0, 3), `${lines.slice(3).join(' ').slice(0, 20)}…`];
  const lineHeight = Math.round(size * 1.22);
  const top = 250 - ((lines.length - 1) * lineHeight) / 2;
  const title = lines
    .map((l, i) => `<text x="80" y="${Math.round(top + i * lineHeight)}" font-size="${size}" fill="#ffffff">${esc(l)}</text>`)
    .join('');
  // The three RFC 6335 ranges to scale: 0–1023, 1024–49151, 49152–65535.
  const bar = (from: number, to: number, fill: string) =>
    `<rect x="${80 + (from / 65536) * 1040}" y="540" width="${Math.max(6, ((to - from + 1) / 65536) * 1040)}" height="18" fill="${fill}"/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="${OG_FONT_FAMILY}" font-weight="700">` +
    `<rect width="${w}" height="${h}" fill="#10213f"/>` +
    `<text x="80" y="110" font-size="34" fill="#93b8ff">${esc(card.kicker)}</text>` +
    title +
    bar(1024, 49151, '#60a5fa') +
    bar(49152, 65535, '#4ade80') +
    bar(0, 1023, '#fb923c') +
    `<text x="80" y="510" font-size="34" fill="#e7e9ec">${esc(card.site)}</text>` +
    `</svg>`
  );
}
