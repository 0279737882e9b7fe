/**
 * The explain page's worker: reads a paste, loads the facts of the ports it names (by block number,
 * never the paste itself), and draws the results as HTML, all off the main thread. The page only
 * puts the HTML in place. See src/components/interactives/explain/README.md.
 */
import { explain } from '../../lib/explain/explain';
import { parseOutput } from '../../lib/explain/parse';
import type { PortFactsBlock } from '../../lib/explain/port-facts';
import { neededBlocks, render, type Strings } from '../../lib/explain/render';
import { localePath, type Lang } from '../../lib/locales';

/** A job from the page. */
export interface ExplainJob {
  id: number;
  text: string;
  lang: Lang;
  base: string;
  strings: Strings;
}

const blocks = new Map<number, PortFactsBlock>();

async function load(lang: Lang, base: string, block: number): Promise<void> {
  try {
    const response = await fetch(localePath(lang, `explain/data/${block}.json`, base));
    blocks.set(block, response.ok ? ((await response.json()) as PortFactsBlock) : {});
  } catch {
    // Offline or gone: the rows say the facts are missing; a later paste tries again.
  }
}

addEventListener('message', (event: MessageEvent<ExplainJob>) => {
  const { id, text, lang, base, strings } = event.data;
  const started = performance.now();
  const parsed = parseOutput(text);
  const explanation = explain(parsed);
  const missing = neededBlocks(explanation).filter((b) => !blocks.has(b));
  void Promise.all(missing.map((b) => load(lang, base, b))).then(() => {
    const rendered = render(parsed, { lang, base, strings, blocks }, explanation);
    postMessage({ id, ...rendered, workMs: performance.now() - started });
  });
});
