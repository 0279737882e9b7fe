import { z } from 'astro/zod';

/** Frontmatter of a lesson MDX file (content/lessons/{lang}/{slug}.mdx). */
export const lessonSchema = z.object({
  /** Title shown as the page heading. */
  title: z.string().min(1),
  /** One or two sentences for the lessons index and the meta description. */
  description: z.string().min(1),
  /** What the reader can do after the lesson. */
  objectives: z.array(z.string().min(1)).min(1),
  /** Estimated reading time in minutes. */
  minutes: z.number().int().positive(),
  /** Position in the course, 1-based. */
  order: z.number().int().positive(),
  /** Slugs of lessons to read first. */
  prerequisites: z.array(z.string()).default([]),
  /** Key terms, shown under the objectives and weighted highly in search. */
  keywords: z.array(z.string().min(1)).default([]),
});

/** Validated lesson frontmatter. */
export type LessonData = z.infer<typeof lessonSchema>;
