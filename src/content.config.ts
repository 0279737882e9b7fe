import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './schemas/lesson';

/** Lessons: one MDX file per language with the same slug (content/lessons/en/x.mdx, content/lessons/ko/x.mdx). */
const lessons = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/lessons' }),
  schema: lessonSchema,
});

export const collections = { lessons };
