import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastNode, type HastVisitorContext } from 'satteri';
import { isLang, type Lang } from '../lib/locales';
import type { LessonOutline, QuizAnswer, Section } from '../lib/lesson-outline';
import { sectionControls } from '../lib/lesson-outline';

/**
 * A Sätteri hast plugin for lesson MDX (content/lessons/{lang}/*.mdx). Lessons write their
 * sections as literal `<h2 id="…">` JSX, which no MDX component map can replace, so this plugin
 * (1) gives every h2/h3 with an id a link to itself and a copy-link button, and (2) records the
 * outline the lesson page needs: the sections (for "On this page") and each self-check question's
 * answer (for the printed answer key). The outline reaches the page as `remarkPluginFrontmatter.outline`.
 */
export function lessonOutline() {
  return defineHastPlugin({
    name: 'port-atlas:lesson-outline',
    mdxJsxFlowElement: [
      {
        filter: ['h2', 'h3'],
        visit(node, ctx) {
          const lang = lessonLang(ctx);
          if (!lang) return;
          const id = attribute(node, 'id');
          if (typeof id !== 'string' || !id) return;
          const text = plainText(node).trim();
          outlineOf(ctx).sections.push({ depth: node.name === 'h2' ? 2 : 3, id, text } satisfies Section);
          ctx.wrapNode(node, sectionWrapper(id));
        },
      },
      {
        filter: ['Question'],
        visit(node, ctx) {
          if (!lessonLang(ctx)) return;
          outlineOf(ctx).answers.push(quizAnswer(node, ctx));
        },
      },
    ],
  });
}

function lessonLang(ctx: HastVisitorContext): Lang | undefined {
  if (!ctx.fileURL) return undefined;
  const match = /[\\/]lessons[\\/]([a-z]{2})[\\/][^\\/]+\.mdx$/.exec(fileURLToPath(ctx.fileURL));
  return match && isLang(match[1]) ? match[1] : undefined;
}

function outlineOf(ctx: HastVisitorContext): LessonOutline {
  const astro = ctx.data.astro as { frontmatter: Record<string, unknown> } | undefined;
  if (!astro) throw new Error('lesson-outline: Astro metadata missing from the MDX compile');
  astro.frontmatter.outline ??= { sections: [], answers: [] } satisfies LessonOutline;
  return astro.frontmatter.outline as LessonOutline;
}

type Attr = { type: string; name?: string; value?: unknown };

function attribute(node: HastNode, name: string): string | { expression: string } | undefined {
  const attrs = ((node as { attributes?: Attr[] }).attributes ?? []) as Attr[];
  const found = attrs.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!found) return undefined;
  if (typeof found.value === 'string') return found.value;
  const value = found.value as { type?: string; value?: string } | null | undefined;
  return value?.type === 'mdxJsxAttributeValueExpression' && typeof value.value === 'string' ? { expression: value.value } : undefined;
}

/** Text of a node as a reader sees it: `<Port n={80} />` reads as "80". */
function plainText(node: HastNode): string {
  const n = node as { type: string; value?: string; name?: string; children?: HastNode[] };
  if (n.type === 'text') return n.value ?? '';
  if ((n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') && n.name === 'Port') {
    const port = attribute(node, 'n');
    return typeof port === 'object' ? port.expression.trim() : (port ?? '');
  }
  return (n.children ?? []).map(plainText).join('');
}

function quizAnswer(node: HastNode, ctx: HastVisitorContext): QuizAnswer {
  const where = `${ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'lesson'}: <Question>`;
  const options = attribute(node, 'options');
  const answer = attribute(node, 'answer');
  const explain = attribute(node, 'explain');
  let list: unknown;
  try {
    list = typeof options === 'object' ? JSON.parse(options.expression) : undefined;
  } catch {
    list = undefined;
  }
  if (!Array.isArray(list) || !list.every((o) => typeof o === 'string')) {
    throw new Error(`${where} options must be an array of double-quoted strings, e.g. options={["A", "B"]}`);
  }
  const index = typeof answer === 'object' ? Number(answer.expression) : Number.NaN;
  if (!Number.isInteger(index) || index < 0 || index >= list.length) {
    throw new Error(`${where} answer must be the 0-based index of one of its ${list.length} options`);
  }
  if (typeof explain !== 'string' || !explain.trim()) throw new Error(`${where} explain must be a non-empty string`);
  return { options: list as string[], answer: index, explain };
}

/** Wraps the heading as `div.hx > [heading, link, copy button]`; SectionHeading.astro renders the same markup. */
function sectionWrapper(id: string): { raw: string } {
  const { open, controls, close } = sectionControls(id);
  return { raw: `${open}${controls}${close}` };
}
