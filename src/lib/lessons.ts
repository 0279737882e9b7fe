import type { Lang } from './locales';

/** The minimum a lesson needs for ordering and linking. */
export interface LessonRef {
  /** Collection id: "{lang}/{slug}". */
  id: string;
  data: { order: number; title: string };
}

/** Splits a lesson collection id ("ko/port-ranges") into its language and slug. */
export function lessonIdParts(id: string): { lang: string; slug: string } {
  const [lang = '', ...rest] = id.split('/');
  return { lang, slug: rest.join('/') };
}

/** The lessons of one language, in course order. */
export function lessonsInOrder<T extends LessonRef>(all: readonly T[], lang: Lang): T[] {
  return all.filter((l) => lessonIdParts(l.id).lang === lang).sort((a, b) => a.data.order - b.data.order);
}

/** The lessons before and after `slug` in course order, if any. */
export function neighbours<T extends LessonRef>(ordered: readonly T[], slug: string): { previous?: T; next?: T } {
  const i = ordered.findIndex((l) => lessonIdParts(l.id).slug === slug);
  if (i < 0) return {};
  return { previous: ordered[i - 1], next: ordered[i + 1] };
}
