import { z } from 'astro/zod';

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase kebab-case');
const text = z.string().trim().min(1, 'must not be empty');

/** One glossary term (an entry of content/glossary.yaml). */
export const glossaryTermSchema = z
  .object({
    /** Language-neutral id, used as the #fragment on the glossary page in every language. */
    id: kebab,
    /** The term as written in each language (the Korean page shows the English beside it). */
    term: z.object({ en: text, ko: text }).strict(),
    /** Other names, matched (case-insensitively) against lessons' key terms to link them here. */
    aliases: z
      .object({ en: z.array(text).default([]), ko: z.array(text).default([]) })
      .strict()
      .default({ en: [], ko: [] }),
    /** One paragraph per language. */
    definition: z.object({ en: text, ko: text }).strict(),
    /** Where a lesson teaches the term: a lesson slug and a section id that exists in both languages. */
    taughtIn: z.array(z.object({ lesson: kebab, section: kebab }).strict()).min(1, 'name at least one lesson section'),
    /** Ids of related terms. */
    related: z.array(kebab).default([]),
  })
  .strict();

/** A validated glossary term. */
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** URL state of an interactive diagram (its README lists the parameters), e.g. { port: 123 } or { step: 3 }. */
const diagramState = z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.union([z.string().min(1), z.number()])).default({});

/** What to project: a lesson section (a figure, or a diagram in a given state), or the port map. */
const projectLink = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('lesson'), lesson: kebab, section: kebab, state: diagramState }).strict(),
  z.object({ kind: z.literal('map'), state: diagramState }).strict(),
]);

/** The course plan for one lesson (an entry of content/teach.yaml). */
export const teachPlanSchema = z
  .object({
    /** The lesson's slug; objectives, reading time and prerequisites come from the lesson itself. */
    lesson: kebab,
    /** Suggested class time in minutes. */
    classMinutes: z.number().int().positive(),
    /** What to put on the projector, each with a direct link. */
    project: z.array(z.object({ link: projectLink, text: z.object({ en: text, ko: text }).strict() }).strict()).min(1),
    /** Two or three questions for discussion. */
    discuss: z.object({ en: z.array(text).min(2).max(3), ko: z.array(text).min(2).max(3) }).strict(),
    /** The misconceptions the lesson corrects. */
    misconceptions: z.object({ en: z.array(text).min(1), ko: z.array(text).min(1) }).strict(),
  })
  .strict()
  .refine((p) => p.discuss.en.length === p.discuss.ko.length, {
    message: 'discuss needs as many questions in en as in ko',
    path: ['discuss'],
  })
  .refine((p) => p.misconceptions.en.length === p.misconceptions.ko.length, {
    message: 'misconceptions needs as many items in en as in ko',
    path: ['misconceptions'],
  });

/** A validated course plan entry. */
export type TeachPlan = z.infer<typeof teachPlanSchema>;
/** A validated "what to project" link. */
export type ProjectLink = z.infer<typeof projectLink>;
