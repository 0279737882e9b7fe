import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { lessonIdParts } from '../../../../lib/lessons';
import { isLang } from '../../../../lib/locales';
import { lessonUrl } from '../../../../lib/urls';
import { qrSvg } from '../../../../lib/qr';
import { useTranslations } from '../../../../i18n';

/** The QR code printed on a lesson's handout: it opens the lesson at its public address. */
export async function getStaticPaths() {
  return (await getCollection('lessons')).map((entry) => {
    const { lang, slug } = lessonIdParts(entry.id);
    return { params: { lang, slug } };
  });
}

export const GET: APIRoute = ({ params, site }) => {
  const lang = params.lang;
  const slug = params.slug;
  if (!isLang(lang) || !slug) return new Response('not found', { status: 404 });
  const url = new URL(lessonUrl(lang, slug), site ?? 'http://localhost/').href;
  return new Response(qrSvg(url, useTranslations(lang)('print.qr')), { headers: { 'Content-Type': 'image/svg+xml' } });
};
