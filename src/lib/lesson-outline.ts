/** What the lesson-outline MDX plugin records about a lesson, and the section-link markup it shares with SectionHeading.astro. */

/** One h2 or h3 of a lesson, in document order. */
export interface Section {
  depth: 2 | 3;
  /** The language-neutral id: the same in every language. */
  id: string;
  /** The heading as plain text. */
  text: string;
}

/** A self-check question with its answer, for the printed answer key. */
export interface QuizAnswer {
  options: string[];
  /** 0-based index into options. */
  answer: number;
  explain: string;
}

/** The outline of one lesson. */
export interface LessonOutline {
  sections: Section[];
  answers: QuizAnswer[];
}

/** Reads the outline the plugin left in `remarkPluginFrontmatter`; an empty outline when there is none. */
export function readOutline(frontmatter: Record<string, unknown>): LessonOutline {
  const outline = frontmatter.outline as Partial<LessonOutline> | undefined;
  return { sections: outline?.sections ?? [], answers: outline?.answers ?? [] };
}

/** Groups h3 sections under the h2 before them, for a nested contents list. */
export function nestSections(sections: readonly Section[]): { section: Section; children: Section[] }[] {
  const out: { section: Section; children: Section[] }[] = [];
  for (const section of sections) {
    const last = out.at(-1);
    if (section.depth === 3 && last) last.children.push(section);
    else out.push({ section, children: [] });
  }
  return out;
}

/** A letter for an option index: 0 → A. */
export const optionLetter = (i: number): string => String.fromCharCode(65 + i);

/**
 * The right option as a sentence of its own: "B. TCP port 22 on a server." An option is written
 * without a closing full stop, and the explanation follows it on the same line; without the stop
 * the two run together ("정답: B. 서버의 TCP 22번 포트 TCP 22번 포트는…").
 */
export function answerSentence(index: number, option: string): string {
  const text = option.trim();
  return `${optionLetter(index)}. ${/[.!?。…]$/.test(text) ? text : `${text}.`}`;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * The wrapper that holds a heading and its two controls: a link to the section ("#") and a button
 * that copies the section's URL (shown only with JavaScript; its icon is drawn in CSS). Both are
 * named by the heading plus a page-level label (ids `hx-l` and `hx-c`, rendered once by
 * ShareButton.astro), so the heading text is not repeated in the HTML. The heading goes first inside
 * the wrapper: `open`, heading, `controls`, `close`. Port pages use only `controls`.
 */
export function sectionControls(id: string): { open: string; controls: string; close: string } {
  const safeId = escapeHtml(id);
  return {
    // A lesson's prose weighs 3 in search; its section headings weigh twice that, so a query that
    // names a section finds the lesson that teaches it before one that only mentions the words.
    open: '<div class="hx" data-pagefind-weight="6">',
    controls:
      `<a class="hx-link" data-pagefind-ignore href="#${escapeHtml(encodeURIComponent(id))}" aria-labelledby="hx-l ${safeId}"><span aria-hidden="true">#</span></a>` +
      `<button type="button" class="hx-copy needs-js" data-pa="copy-link" aria-labelledby="hx-c ${safeId}"></button>`,
    close: '</div>',
  };
}
