import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { compile } from 'tailwindcss';
import { describe, expect, it } from 'vitest';

/**
 * Lesson and port pages load global.css and their own stylesheet (lesson.css, port.css), never the
 * Tailwind utilities of the other pages (src/styles/utilities.css), which keeps their render-blocking
 * CSS small. A utility class written in their markup would therefore do nothing there. This test
 * collects every class the markup and scripts of those pages write and asks Tailwind which of them
 * are utilities: only sr-only, which global.css carries for every page, may be one.
 */
const files = [
  'src/layouts/Base.astro',
  ...['SiteHeader', 'SiteFooter', 'LanguageSwitcher', 'HeadScript', 'RangeBar', 'IanaRow', 'NoteText'].map(
    (n) => `src/components/${n}.astro`,
  ),
  ...['mdx', 'classroom', 'interactives'].flatMap((dir) =>
    readdirSync(`src/components/${dir}`, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.astro'))
      .map((f) => join(`src/components/${dir}`, f)),
  ),
  'src/pages/[lang]/lessons/[slug].astro',
  'src/pages/[lang]/ports/[port].astro',
  // Markup written by code: section links on lesson headings, the diagrams, Share, search, the UI module.
  'src/lib/lesson-outline.ts',
  ...readdirSync('src/scripts', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join('src/scripts', f)),
];

/** Class names in class="…", class={…}, class:list={…}, className: '…' and make('tag', '…'). */
function classNames(source: string): string[] {
  const names: string[] = [];
  const words = (text: string) =>
    names.push(
      ...text
        .replace(/\$\{[^}]*\}/g, ' ')
        .split(/\s+/)
        .filter(Boolean),
    );
  for (const m of source.matchAll(/\bclass(?::list)?=(?:"([^"]*)"|'([^']*)'|\{((?:[^{}]|\{[^{}]*\})*)\})/g)) {
    if (m[3] === undefined) words(m[1] ?? m[2] ?? '');
    else for (const s of m[3].matchAll(/'([^']*)'|"([^"]*)"|`([^`]*)`/g)) words(s[1] ?? s[2] ?? s[3] ?? '');
  }
  for (const m of source.matchAll(/\bclassName(?::\s*|\s*=\s*)(?:'([^']*)'|`([^`]*)`)|\bmake\(\s*'\w+',\s*'([^']*)'/g)) {
    words(m[1] ?? m[2] ?? m[3] ?? '');
  }
  return names;
}

const require = createRequire(import.meta.url);

/** The subset of `names` that Tailwind, with the site's theme, turns into utilities. */
async function utilitiesAmong(names: string[]): Promise<string[]> {
  const compiler = await compile(`@import 'tailwindcss/theme.css';\n@import './theme.css';\n@tailwind utilities;`, {
    base: resolve('src/styles'),
    loadStylesheet: async (id, base) => {
      const path = id.startsWith('.') ? resolve(base, id) : require.resolve(id);
      return { path, base: dirname(path), content: readFileSync(path, 'utf8') };
    },
  });
  const css = compiler.build([...new Set(names)]);
  const selectors = new Set([...css.matchAll(/\.((?:\\.|[\w-])+)/g)].map((m) => (m[1] ?? '').replace(/\\(.)/g, '$1')));
  return [...new Set(names)].filter((n) => selectors.has(n)).sort();
}

describe('lesson and port page markup', () => {
  it('finds a utility when one is written', async () => {
    expect(classNames(`<p class="mt-2 lesson-meta">`)).toEqual(['mt-2', 'lesson-meta']);
    expect(await utilitiesAmong(['mt-2', 'lesson-meta', 'text-muted', 'sm:grid-cols-2'])).toEqual(['mt-2', 'sm:grid-cols-2', 'text-muted']);
  });

  it('uses no Tailwind utility but sr-only (global.css): their pages do not load utilities.css', async () => {
    const names = files.flatMap((f) => classNames(readFileSync(f, 'utf8')));
    expect(names).toContain('lesson-meta');
    expect(names).toContain('hx-link');
    expect(await utilitiesAmong(names)).toEqual(['sr-only']);
  });
});
