import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './schemas/lesson';
import { portNotesLoader } from './loaders/port-notes';
import { registryLoader } from './loaders/registry';

/** Lessons: one MDX file per language with the same slug (content/lessons/en/x.mdx, content/lessons/ko/x.mdx). */
const lessons = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/lessons' }),
  schema: lessonSchema,
});

/** Curated, bilingual notes about notable ports (content/ports/*.yaml). */
const notes = defineCollection({
  loader: portNotesLoader({ dir: './content/ports', lessonsDir: './content/lessons' }),
});

/** Every row of the IANA port registry, from the vendored CSV in data/iana/. */
const registry = defineCollection({ loader: registryLoader() });

export const collections = { lessons, notes, registry };
