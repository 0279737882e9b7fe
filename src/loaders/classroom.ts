import type { Loader } from 'astro/loaders';
import { glossaryTermSchema, teachPlanSchema, type GlossaryTerm, type TeachPlan } from '../schemas/glossary';
import { lessonSlugs } from './port-notes';
import { yamlListLoader, type LessonIndex } from './yaml-list';

const idField = (raw: unknown, index: number, key: string) => {
  const value = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && value ? value : `#${index + 1}`;
};

/** Problems no single glossary entry shows: unknown lessons, sections or related terms. */
export function checkGlossaryTerm(term: GlossaryTerm, at: (field: string) => string, all: GlossaryTerm[], lessons: LessonIndex): string[] {
  const problems: string[] = [];
  term.taughtIn.forEach(({ lesson, section }, i) => {
    if (!lessons.has(lesson)) problems.push(`${at(`taughtIn[${i}].lesson`)}: no lesson "${lesson}" in every language`);
    else if (!lessons.hasSection(lesson, section))
      problems.push(`${at(`taughtIn[${i}].section`)}: lesson "${lesson}" has no section id "${section}" in every language`);
  });
  const ids = new Set(all.map((t) => t.id));
  term.related.forEach((id, i) => {
    if (!ids.has(id)) problems.push(`${at(`related[${i}]`)}: no term with id "${id}"`);
  });
  return problems;
}

/** Problems no single plan shows: unknown lessons and sections, a lesson planned twice. */
export function checkTeachPlan(plan: TeachPlan, at: (field: string) => string, all: TeachPlan[], lessons: LessonIndex): string[] {
  const problems: string[] = [];
  if (!lessons.has(plan.lesson)) problems.push(`${at('lesson')}: no lesson "${plan.lesson}" in every language`);
  if (all.filter((p) => p.lesson === plan.lesson).length > 1) problems.push(`${at('lesson')}: "${plan.lesson}" has more than one plan`);
  plan.project.forEach(({ link }, i) => {
    if (link.kind === 'lesson' && !lessons.hasSection(link.lesson, link.section)) {
      problems.push(`${at(`project[${i}].link`)}: lesson "${link.lesson}" has no section id "${link.section}" in every language`);
    }
  });
  return problems;
}

/** Loader for content/glossary.yaml. */
export function glossaryLoader(options: { file: string; lessonsDir: string }): Loader {
  return yamlListLoader({
    name: 'glossary',
    ...options,
    schema: glossaryTermSchema,
    idOf: (raw, i) => idField(raw, i, 'id'),
    check: checkGlossaryTerm,
  });
}

/** Loader for content/teach.yaml; every lesson needs a plan. */
export function teachLoader(options: { file: string; lessonsDir: string }): Loader {
  return yamlListLoader({
    name: 'teach',
    ...options,
    schema: teachPlanSchema,
    idOf: (raw, i) => idField(raw, i, 'lesson'),
    check: (plan, at, all, lessons) => {
      const problems = checkTeachPlan(plan, at, all, lessons);
      if (plan === all[0]) {
        for (const slug of lessonSlugs(options.lessonsDir)) {
          if (!all.some((p) => p.lesson === slug)) problems.push(`${options.file}: no plan for lesson "${slug}"`);
        }
      }
      return problems;
    },
  });
}
