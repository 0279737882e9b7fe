import { defineHastPlugin } from 'satteri';
import { optionRuns, wrapPieces } from '../lib/code-tokens';

/**
 * A Sätteri hast plugin for lessons: inside inline code, each command-line option ("-TERM",
 * "-sTCP:LISTEN") becomes `<span class="nowrap">`, so a narrow screen never breaks the line right
 * after its hyphen ("kill -" / "TERM"), and a long identifier gets a <wbr> after each separator
 * (see wrapPieces), so it wraps there rather than between any two letters. Highlighted blocks
 * (code with a language class) and multi-line code are left alone.
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
          const runs = optionRuns(only.value) ?? [{ text: only.value, whole: false }];
          type Child = (typeof node.children)[number];
          const wbr: Child = { type: 'element', tagName: 'wbr', properties: {}, children: [] };
          const children = runs.flatMap((run): Child[] =>
            run.whole
              ? [{ type: 'element', tagName: 'span', properties: { className: ['nowrap'] }, children: [{ type: 'text', value: run.text }] }]
              : wrapPieces(run.text).flatMap((piece, i): Child[] => [...(i > 0 ? [wbr] : []), { type: 'text', value: piece }]),
          );
          if (children.length === 1 && children[0]?.type === 'text') return;
          ctx.replaceNode(node, { ...node, children });
        },
      },
    ],
  });
}
