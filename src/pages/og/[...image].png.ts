import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { Resvg } from '@resvg/resvg-js';
import { lessonIdParts, lessonsInOrder } from '../../lib/lessons';
import { locales } from '../../lib/locales';
import { missingGlyphs, ogCardSvg, OG_FONT_FAMILY, type OgCard } from '../../lib/og-card';
import { useTranslations } from '../../i18n';

/**
 * Link-preview images, drawn at build time from SVG with resvg and the font subset in src/assets/og/
 * (no system fonts, so every machine draws the same pixels): one per lesson and language, the
 * site's (home page and every page without its own) and one that all port pages share.
 */
export async function getStaticPaths() {
  const all = await getCollection('lessons');
  return locales.flatMap((lang) => {
    const t = useTranslations(lang);
    const site = t('site.name');
    const ordered = lessonsInOrder(all, lang);
    const cards: { image: string; card: OgCard }[] = [
      { image: `site.${lang}`, card: { lang, site, kicker: t('site.tagline'), title: t('home.title') } },
      { image: `ports.${lang}`, card: { lang, site, kicker: t('nav.ports'), title: t('og.ports') } },
      ...ordered.map((l, i) => ({
        image: `lessons/${lessonIdParts(l.id).slug}.${lang}`,
        card: {
          lang,
          site,
          kicker: `${t('lessons.position', { n: i + 1, total: ordered.length })} · ${t('lessons.minutes', { n: l.data.minutes })}`,
          title: l.data.title,
        },
      })),
    ];
    return cards.map(({ image, card }) => ({ params: { image }, props: { card } }));
  });
}

const fontDir = join(process.cwd(), 'src/assets/og');
let covered: Set<string> | undefined;

export const GET: APIRoute = ({ props, params }) => {
  const card = props.card as OgCard;
  covered ??= new Set(readFileSync(join(fontDir, 'covered.txt'), 'utf8'));
  const missing = missingGlyphs(`${card.kicker}${card.title}${card.site}`, covered);
  if (missing.length > 0) {
    throw new Error(
      `og/${params.image}.png: the preview font cannot draw ${missing.map((c) => `"${c}"`).join(', ')}; add them in scripts/make-og-font.py and run it`,
    );
  }
  const png = new Resvg(ogCardSvg(card), {
    font: { fontFiles: [join(fontDir, 'PortAtlasPreview-Bold.ttf')], defaultFontFamily: OG_FONT_FAMILY, loadSystemFonts: false },
  })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
