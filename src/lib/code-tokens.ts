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

/** Inline code tokens at least this long get places to wrap; shorter ones fit a phone's line. */
const LONG_TOKEN = 21;

/**
 * Splits inline code where a long token may wrap: after "_", after "/" (not inside "//"), and
 * after "." when a letter follows. "net.ipv4.ip_unprivileged_port_start" can then wrap after
 * "net.", "ipv4.", "ip_", "unprivileged_" or "port_" instead of between any two letters, and the
 * dots of an IP address ("203.0.113.7") are never a place to wrap. A line may break between the
 * pieces (the page puts a <wbr> there); code without a long token comes back as one piece.
 */
export function wrapPieces(code: string): string[] {
  const cuts: number[] = [];
  for (const token of code.matchAll(new RegExp(`\\S{${LONG_TOKEN},}`, 'g'))) {
    for (const sep of token[0].matchAll(/_(?=.)|(?<!\/)\/(?=[^/])|\.(?=[A-Za-z])/g)) cuts.push(token.index + sep.index + 1);
  }
  const pieces: string[] = [];
  let last = 0;
  for (const cut of cuts) {
    pieces.push(code.slice(last, cut));
    last = cut;
  }
  pieces.push(code.slice(last));
  return pieces;
}
