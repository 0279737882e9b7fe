import { defineHastPlugin } from 'satteri';
import { optionRuns } from '../lib/code-tokens';

/**
 * A Sätteri hast plugin for lessons: inside inline code, each command-line option ("-TERM",
 * "-sTCP:LISTEN") becomes `<span class="nowrap">`, so a narrow screen never breaks the line right
 * after its hyphen ("kill -" / "TERM"). Highlighted blocks (code with a language class) and
 * multi-line code are left alone.
 */
export function inlineCodeOptions() {
  return defineHastPlugin({
    name: 'port-atlas:inline-code-options',
    element: [
      {
        filter: ['code'],
        visit(node, ctx) {
          if (node.properties?.className) return;
          const [only] = node.children;
          if (node.children.length !== 1 || only?.type !== 'text' || only.value.includes('\n')) return;
          const runs = optionRuns(only.value);
          if (!runs) return;
          const children: Array<(typeof node.children)[number]> = runs.map((run) =>
            run.whole
              ? { type: 'element', tagName: 'span', properties: { className: ['nowrap'] }, children: [{ type: 'text', value: run.text }] }
              : { type: 'text', value: run.text },
          );
          ctx.replaceNode(node, { ...node, children });
        },
      },
    ],
  });
}
