import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError } from './content-error';
import { lessonSlugs } from './port-notes';

/** "taughtIn[0].section" from a Zod issue path. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** The section ids a lesson has in every language (`<h2 id="…">` and `<h3 id="…">`). */
export function lessonSections(lessonsDir: string, slug: string): Set<string> {
  const langs = readdirSync(lessonsDir, { withFileTypes: true }).filter((d) => d.isDirectory());
  const perLang = langs.map((d) => {
    const file = join(lessonsDir, d.name, `${slug}.mdx`);
    const source = existsSync(file) ? readFileSync(file, 'utf8') : '';
    return new Set([...source.matchAll(/<h[23]\s+id="([^"]+)"/g)].map((m) => m[1] as string));
  });
  const [first, ...rest] = perLang;
  return new Set([...(first ?? [])].filter((id) => rest.every((s) => s.has(id))));
}

/** What a cross-file check may ask about lessons. */
export interface LessonIndex {
  has(slug: string): boolean;
  hasSection(slug: string, section: string): boolean;
}

/**
 * Reads a YAML file holding a list of entries, checks each against `schema`, then runs `check`
 * for what one entry cannot show. Throws a ContentError listing every problem as
 * `file: entry "id", field "x": what is wrong`.
 */
export function readYamlList<S extends z.ZodType>(
  file: string,
  schema: S,
  idOf: (raw: unknown, index: number) => string,
  check: (entry: z.infer<S>, at: (field: string) => string, all: z.infer<S>[]) => string[],
): { id: string; data: z.infer<S> }[] {
  const problems: string[] = [];
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'), { uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    throw new ContentError([`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`], `1 problem in ${file}`);
  }
  if (!Array.isArray(raw)) throw new ContentError([`${file}: must be a list of entries`], `1 problem in ${file}`);
  const entries: { id: string; data: z.infer<S> }[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const id = idOf(item, index);
    const at = (field: string) => `${file}: entry "${id}", field "${field}"`;
    const result = schema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${at(fieldName(issue.path))}: ${issue.message}`);
      return;
    }
    if (seen.has(id)) problems.push(`${file}: entry "${id}": the id is used twice`);
    seen.add(id);
    entries.push({ id, data: result.data });
  });
  const all = entries.map((e) => e.data);
  for (const e of entries) problems.push(...check(e.data, (field) => `${file}: entry "${e.id}", field "${field}"`, all));
  if (problems.length > 0) throw new ContentError(problems, `${problems.length} problem(s) in ${file}`);
  return entries;
}

/** Lessons and their section ids, read once from `lessonsDir`. */
export function lessonIndex(lessonsDir: string): LessonIndex {
  const slugs = lessonSlugs(lessonsDir);
  const sections = new Map<string, Set<string>>();
  return {
    has: (slug) => slugs.has(slug),
    hasSection(slug, section) {
      if (!sections.has(slug)) sections.set(slug, lessonSections(lessonsDir, slug));
      return sections.get(slug)?.has(section) ?? false;
    },
  };
}

/** An Astro loader for one YAML list file. */
export function yamlListLoader<S extends z.ZodType>(options: {
  name: string;
  file: string;
  lessonsDir: string;
  schema: S;
  idOf: (raw: unknown, index: number) => string;
  check: (entry: z.infer<S>, at: (field: string) => string, all: z.infer<S>[], lessons: LessonIndex) => string[];
}): Loader {
  return {
    name: options.name,
    load: async ({ store, logger }) => {
      const lessons = lessonIndex(options.lessonsDir);
      const entries = readYamlList(options.file, options.schema, options.idOf, (e, at, all) => options.check(e, at, all, lessons));
      store.clear();
      for (const e of entries) store.set({ id: e.id, data: e.data as Record<string, unknown>, filePath: options.file });
      logger.info(`${entries.length} entries from ${options.file}`);
    },
  };
}
