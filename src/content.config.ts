import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './schemas/lesson';
import { portNotesLoader } from './loaders/port-notes';
import { registryLoader } from './loaders/registry';
import { glossaryLoader, teachLoader } from './loaders/classroom';
import { glossaryTermSchema, teachPlanSchema } from './schemas/glossary';

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

/** Key terms of the lessons, one paragraph each, in both languages (content/glossary.yaml). */
const glossary = defineCollection({
  loader: glossaryLoader({ file: './content/glossary.yaml', lessonsDir: './content/lessons' }),
  schema: glossaryTermSchema,
});

/** The teacher's course plan, one entry per lesson (content/teach.yaml). */
const teach = defineCollection({
  loader: teachLoader({ file: './content/teach.yaml', lessonsDir: './content/lessons' }),
  schema: teachPlanSchema,
});

export const collections = { lessons, notes, registry, glossary, teach };
