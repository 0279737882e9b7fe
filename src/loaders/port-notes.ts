import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { portNoteSchema, type PortNote } from '../schemas/port-note';
import { ContentError } from './content-error';

/** A validated note with where it came from. */
export interface LoadedNote {
  /** File name without extension ("443-https"). */
  id: string;
  file: string;
  data: PortNote;
}

/** "uses[0].text.ko" from a Zod issue path. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** Lesson slugs that exist in every language folder of `lessonsDir`. */
export function lessonSlugs(lessonsDir: string): Set<string> {
  const perLang = readdirSync(lessonsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map(
      (d) =>
        new Set(
          readdirSync(join(lessonsDir, d.name))
            .filter((f) => f.endsWith('.mdx'))
            .map((f) => f.slice(0, -4)),
        ),
    );
  const [first, ...rest] = perLang;
  return new Set([...(first ?? [])].filter((slug) => rest.every((s) => s.has(slug))));
}

/**
 * Reads and checks every note in `dir`: the schema per file, then what no single file can show
 * (a port and protocol noted twice, a related lesson that does not exist). Throws a ContentError
 * listing every problem as "file: entry "id", field "x": what is wrong".
 */
export function readPortNotes(dir: string, lessons: ReadonlySet<string>): LoadedNote[] {
  const problems: string[] = [];
  const notes: LoadedNote[] = [];
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

  for (const name of files) {
    const file = join(dir, name);
    const id = name.replace(/\.ya?ml$/, '');
    const at = (field: string) => `${file}: entry "${id}", field "${field}"`;
    let raw: unknown;
    try {
      raw = parse(readFileSync(file, 'utf8'), { uniqueKeys: true, prettyErrors: true });
    } catch (error) {
      problems.push(`${file}: entry "${id}": not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    const result = portNoteSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${at(fieldName(issue.path))}: ${issue.message}`);
      continue;
    }
    const note = result.data;
    note.uses.forEach((use, i) => {
      for (const p of use.protocols) {
        if (!note.protocols.includes(p)) problems.push(`${at(`uses[${i}].protocols`)}: ${p} is not in the note's protocols`);
      }
    });
    note.lessons.forEach((slug, i) => {
      if (!lessons.has(slug)) problems.push(`${at(`lessons[${i}]`)}: no lesson "${slug}" in every language`);
    });
    notes.push({ id, file, data: note });
  }

  const seen = new Map<string, string>();
  for (const note of notes) {
    for (const protocol of note.data.protocols) {
      const key = `${note.data.port}/${protocol}`;
      const other = seen.get(key);
      if (other) problems.push(`${note.file}: entry "${note.id}", field "protocols": ${key} is already noted in ${other}`);
      else seen.set(key, note.file);
    }
  }

  if (problems.length > 0) throw new ContentError(problems, `${problems.length} problem(s) in port notes`);
  return notes;
}

/** Astro loader for the port notes collection. */
export function portNotesLoader(options: { dir: string; lessonsDir: string }) {
  return {
    name: 'port-notes',
    schema: portNoteSchema,
    load: async ({ store, logger }) => {
      const notes = readPortNotes(options.dir, lessonSlugs(options.lessonsDir));
      store.clear();
      for (const note of notes) store.set({ id: note.id, data: note.data, filePath: note.file });
      logger.info(`${notes.length} port notes`);
    },
  } satisfies Loader;
}
