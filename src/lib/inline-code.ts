/** A run of text, or of inline code that was written between backticks. */
export interface TextRun {
  code: boolean;
  text: string;
}

/** Splits "`ng serve` starts it" into code and text runs; an unpaired backtick stays text. */
export function inlineCode(text: string): TextRun[] {
  const runs: TextRun[] = [];
  const re = /`([^`\n]+)`/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) runs.push({ code: false, text: text.slice(last, m.index) });
    runs.push({ code: true, text: m[1] ?? '' });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ code: false, text: text.slice(last) });
  return runs;
}
