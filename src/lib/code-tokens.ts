/** A run of inline code's text: `whole` runs must not be broken across lines. */
export interface CodeRun {
  text: string;
  whole: boolean;
}

/** The longest option kept on one line; a longer one may still break rather than overflow a phone. */
const MAX_WHOLE = 20;

/**
 * Splits inline code into runs, marking each command-line option ("-TERM", "-sTCP:LISTEN",
 * "--now") as whole: browsers may break a line right after its leading hyphen, which leaves
 * "kill -" on one line and "TERM" on the next. Returns undefined when there is nothing to keep.
 */
export function optionRuns(code: string): CodeRun[] | undefined {
  const runs: CodeRun[] = [];
  let last = 0;
  for (const m of code.matchAll(/(?<=^|\s)--?[^\s-][^\s]*/g)) {
    if (m[0].length > MAX_WHOLE) continue;
    if (m.index > last) runs.push({ text: code.slice(last, m.index), whole: false });
    runs.push({ text: m[0], whole: true });
    last = m.index + m[0].length;
  }
  if (runs.length === 0) return undefined;
  if (last < code.length) runs.push({ text: code.slice(last), whole: false });
  return runs;
}
