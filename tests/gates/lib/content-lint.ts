import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ELEMENT_NODE, parse, TEXT_NODE, walkSync, type ElementNode } from 'ultrahtml';
import { parse as parseYaml } from 'yaml';

/** One content problem: the file, the rule it breaks and what was found. */
export interface ContentProblem {
  file: string;
  rule: 'internal-word' | 'backtick' | 'asterisks' | 'korean-term' | 'en-ko-mismatch' | 'quiz-balance';
  detail: string;
}

/** A word or phrase readers must never meet, with what to write instead. */
interface Forbidden {
  pattern: RegExp;
  instead: string;
}

/**
 * Words of this project, not of a student ("seed note", "the study note"): readers and teachers
 * never saw the note the site grew from, so a text that points at it points at nothing.
 */
export const internalWords: Forbidden[] = [
  { pattern: /\bseed\b/i, instead: 'say "many port lists", or say what is meant without pointing at a source readers never saw' },
  { pattern: /시드(?!니)/, instead: '"여러 포트 목록"이라고 쓰거나, 출처를 가리키지 말고 내용만 쓰세요' },
  {
    pattern: /\bstudy[\s-]+notes?\b|\b(?:the|this|original)\s+note\s+(?:this\s+site|behind)/i,
    instead: 'say "many port lists", or say what is meant without pointing at a source readers never saw',
  },
  { pattern: /학습\s*노트|원래\s*노트/, instead: '"여러 포트 목록"이라고 쓰거나, 출처를 가리키지 말고 내용만 쓰세요' },
];

/** Korean terms the site decided against (docs/authoring.md, "Korean terms"). */
export const forbiddenKorean: Forbidden[] = [
  { pattern: /배정/, instead: 'IANA "assign" is 할당' },
  { pattern: /관례상\s*(?:함께\s*)?(?:등록|할당)/, instead: '"registered by policy" is 정책에 따라 함께 등록' },
  { pattern: /변환\s*표(?![준시현])/, instead: 'the NAT "translation table" is 변환 테이블' },
  { pattern: /관리기관/, instead: '"authority" is 관리 기관 (two words)' },
  { pattern: /통신사급/, instead: '"carrier-grade NAT" is 통신사 NAT' },
  { pattern: /동적\s*\/\s*사설/, instead: 'the range is 동적·사설 포트 (with a middle dot)' },
];

/** Elements whose text is not prose: code is shown as code, scripts and styles are not shown. */
const notProse = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'template', 'noscript']);

/** Attributes whose values readers meet as text (screen readers, tooltips). */
const textAttributes = ['alt', 'title', 'aria-label', 'aria-description'];

/** Decodes the character references a text node may hold (&amp;, &#96;, &#x60;, …). */
function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', grave: '`' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return named[ref.toLowerCase()] ?? whole;
  });
}

/**
 * The text a reader sees in an HTML or SVG document: text nodes outside code, pre, script, style
 * and template, plus the values of alt, title and aria-label. One entry per node or attribute.
 */
export function renderedText(markup: string): string[] {
  const texts: string[] = [];
  const insideNonProse = (node: { parent?: unknown }): boolean => {
    for (let p = node.parent as ElementNode | undefined; p; p = p.parent as ElementNode | undefined) {
      if (p.type === ELEMENT_NODE && notProse.has(p.name.toLowerCase())) return true;
    }
    return false;
  };
  walkSync(parse(markup), (node) => {
    if (node.type === TEXT_NODE) {
      if (!insideNonProse(node)) texts.push(decodeEntities(node.value));
    } else if (node.type === ELEMENT_NODE && !notProse.has(node.name.toLowerCase()) && !insideNonProse(node)) {
      for (const name of textAttributes) {
        const value = node.attributes[name];
        if (value) texts.push(decodeEntities(value));
      }
    }
  });
  return texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** A short piece of `text` around `index`, for a readable report. */
function around(text: string, index: number): string {
  return text.slice(Math.max(0, index - 40), index + 40);
}

/** A cheap test over raw markup: false means no rule below can match. */
const mayOffend =
  /`|&#96;|&#x60;|&grave;|\*\*|seed|study[\s-]+note|note\s+(?:this\s+site|behind)|시드|학습\s*노트|원래\s*노트|배정|관례상|변환\s*표|관리기관|통신사급|동적\s*\/\s*사설/i;

/** Problems in the rendered text of one built file: internal words, literal backticks or **, forbidden Korean terms. */
export function lintRenderedText(file: string, markup: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // Most of the 13,000 pages contain none of the characters the rules look for: skip parsing them.
  if (!mayOffend.test(markup.replace(/<script\b[\s\S]*?<\/script>/gi, ''))) return problems;
  for (const text of renderedText(markup)) {
    for (const { pattern, instead } of internalWords) {
      const m = pattern.exec(text);
      if (m) problems.push({ file, rule: 'internal-word', detail: `"${m[0]}" in "${around(text, m.index)}": ${instead}` });
    }
    const tick = text.indexOf('`');
    if (tick >= 0) problems.push({ file, rule: 'backtick', detail: `literal backtick in "${around(text, tick)}": render it as <code>` });
    // Bold that Markdown did not take: "**`fuser`**는" (a closing ** after code, then a letter) stays literal.
    const stars = text.indexOf('**');
    if (stars >= 0)
      problems.push({
        file,
        rule: 'asterisks',
        detail: `literal ** in "${around(text, stars)}": the bold did not render; reword it or use <strong>`,
      });
    for (const { pattern, instead } of forbiddenKorean) {
      const m = pattern.exec(text);
      if (m) problems.push({ file, rule: 'korean-term', detail: `"${m[0]}" in "${around(text, m.index)}": ${instead}` });
    }
  }
  return problems;
}

/** Every .html and .svg file under `dist` (Pagefind's and Astro's asset folders aside). */
function builtFiles(dist: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (/\.(html|svg)$/.test(entry.name)) files.push(full);
    }
  };
  walk(dist);
  return files.sort();
}

/** Rendered-text problems of every built page and figure in `dist`, each named by its path in dist. */
export function lintBuiltSite(dist: string): ContentProblem[] {
  return builtFiles(dist).flatMap((file) => lintRenderedText(relative(dist, file).split(sep).join('/'), readFileSync(file, 'utf8')));
}

/** Facts a text mentions that must read the same in every language. */
export interface Mentions {
  /** Numbers: ports and anything else counted (years, sizes, counts). */
  numbers: Set<string>;
  /** IPv4 addresses and prefixes, IPv6 and MAC addresses. */
  addresses: Set<string>;
  /** RFC numbers, from the text and from rfc-editor.org links. */
  rfcs: Set<string>;
}

const ipv4 = /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?(?![\d.]*\d)/g;
const colonHex = /(?<![0-9a-z:])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:\/\d{1,3})?(?![0-9a-z])/gi;
const rfc = /\bRFC[\s-]?(\d{1,5})\b|rfc-editor\.org\/rfc\/rfc(\d{1,5})/gi;
const number = /(?<![0-9A-Za-z_.,/#])(\d{1,3}(?:,\d{3})+|\d+)(s?)(만)?(?![0-9A-Za-z_]|[.,]\d|%)/g;
/** Where a number below 20 is a port: <Port n={7} />, "TCP 7", "UDP port 7", "7/udp". Elsewhere small numbers are often spelled out in one language. */
const smallPort = /<Port n=\{(\d{1,2})\}|\b(?:TCP|UDP|SCTP|DCCP)(?:\s+port)?\s+(\d{1,2})\b|\b(\d{1,2})\/(?:tcp|udp|sctp|dccp)\b/g;

/**
 * Port numbers, addresses and RFC numbers a text mentions. Numbers are compared as values
 * ("65,536" = 65536, "65 thousand" = "6만 5천", Korean "10만" = 100000, "1990s" = 1990); numbers below 20 count only where
 * they are clearly ports, since "two minutes" and "2분" say the same thing.
 */
export function mentions(text: string): Mentions {
  const addresses = new Set<string>();
  for (const m of text.matchAll(ipv4)) addresses.add(m[0]);
  for (const m of text.matchAll(colonHex)) {
    const found = m[0];
    if (/[0-9a-f]/i.test(found) && (found.includes('::') || found.split(':').length >= 4)) addresses.add(found.toLowerCase());
  }
  const rfcs = new Set<string>();
  for (const m of text.matchAll(rfc)) rfcs.add(String(Number(m[1] ?? m[2])));
  const withoutAddresses = text
    .replace(rfc, ' ')
    .replace(ipv4, ' ')
    .replace(colonHex, (found) => (found.includes(':') ? ' ' : found))
    .replace(/(\d+)만\s*(\d+)천/g, (_, tens: string, thousands: string) => String(Number(tens) * 10_000 + Number(thousands) * 1000))
    .replace(/(\d+)\s+thousand\b/g, (_, n: string) => String(Number(n) * 1000));
  const numbers = new Set<string>();
  for (const m of withoutAddresses.matchAll(number)) {
    const digits = (m[1] ?? '').replaceAll(',', '');
    if (m[2] && digits.length !== 4) continue;
    const value = Number(digits) * (m[3] ? 10_000 : 1);
    if (value >= 20) numbers.add(String(value));
  }
  for (const m of text.matchAll(smallPort)) numbers.add(String(Number(m[1] ?? m[2] ?? m[3])));
  return { numbers, addresses, rfcs };
}

/** How two languages' mentions differ, one line per kind ("numbers: en 8080, ko 8081"). */
export function compareMentions(en: Mentions, ko: Mentions): string[] {
  const lines: string[] = [];
  for (const kind of ['numbers', 'addresses', 'rfcs'] as const) {
    const onlyEn = [...en[kind]].filter((v) => !ko[kind].has(v));
    const onlyKo = [...ko[kind]].filter((v) => !en[kind].has(v));
    if (onlyEn.length || onlyKo.length) {
      lines.push(`${kind}: only in en [${onlyEn.join(', ')}], only in ko [${onlyKo.join(', ')}]`);
    }
  }
  return lines;
}

/** Lessons whose en and ko versions mention different ports, addresses or RFCs. */
export function lintLessonPairs(lessonsDir: string): ContentProblem[] {
  const slugs = readdirSync(join(lessonsDir, 'en')).filter((f) => f.endsWith('.mdx'));
  const problems: ContentProblem[] = [];
  for (const slug of slugs) {
    let ko: string;
    try {
      ko = readFileSync(join(lessonsDir, 'ko', slug), 'utf8');
    } catch {
      continue; // a missing translation is the lesson loader's error, not this rule's
    }
    const en = readFileSync(join(lessonsDir, 'en', slug), 'utf8');
    for (const line of compareMentions(mentions(en), mentions(ko))) {
      problems.push({ file: `${lessonsDir}/{en,ko}/${slug}`, rule: 'en-ko-mismatch', detail: line });
    }
  }
  return problems;
}

/** The en and ko texts of a note, each joined: every { en, ko } pair in it except references. */
function noteTexts(data: unknown): { en: string; ko: string } {
  const en: string[] = [];
  const ko: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.en === 'string' && typeof record.ko === 'string') {
        en.push(record.en);
        ko.push(record.ko);
      } else for (const [key, v] of Object.entries(record)) if (key !== 'references') walk(v);
    }
  };
  walk(data);
  return { en: en.join('\n'), ko: ko.join('\n') };
}

/** Port notes whose en and ko texts mention different ports, addresses or RFCs. */
export function lintPortNotes(portsDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const name of readdirSync(portsDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    let data: unknown;
    try {
      data = parseYaml(readFileSync(join(portsDir, name), 'utf8'));
    } catch {
      continue; // broken YAML is the port-note loader's error, not this rule's
    }
    const { en, ko } = noteTexts(data);
    for (const line of compareMentions(mentions(en), mentions(ko))) {
      problems.push({ file: `${portsDir}/${name}`, rule: 'en-ko-mismatch', detail: line });
    }
  }
  return problems;
}

/** One self-check question as written in a lesson: its options and the 0-based index of the right one. */
export interface QuizQuestion {
  file: string;
  options: string[];
  answer: number;
}

/** Reads the string literals of a JSX array (`"a", 'b', \`c\``) starting just after its `[`; null if it is not one. */
function readStringArray(source: string, start: number): string[] | null {
  const values: string[] = [];
  let i = start;
  const skipSpace = () => {
    while (i < source.length && /\s/.test(source[i] ?? '')) i++;
  };
  for (;;) {
    skipSpace();
    const quote = source[i];
    if (quote === ']') return values;
    if (quote !== '"' && quote !== "'" && quote !== '`') return null;
    let value = '';
    for (i++; i < source.length && source[i] !== quote; i++) {
      if (source[i] === '\\') i++;
      value += source[i] ?? '';
    }
    if (i >= source.length) return null;
    values.push(value);
    i++;
    skipSpace();
    if (source[i] === ',') i++;
    else if (source[i] !== ']') return null;
  }
}

/** Every `<Question options={[…]} answer={n}>` in an MDX source, in order. */
export function quizQuestions(file: string, source: string): QuizQuestion[] {
  const questions: QuizQuestion[] = [];
  for (const m of source.matchAll(/<Question\b/g)) {
    const rest = source.slice(m.index);
    const end = rest.indexOf('>', rest.search(/answer=\{/));
    const tag = rest.slice(0, end < 0 ? undefined : end);
    const open = /options=\{\[/.exec(tag);
    const answer = /answer=\{(\d+)\}/.exec(tag);
    const options = open ? readStringArray(tag, open.index + open[0].length) : null;
    if (!options || !answer) throw new Error(`${file}: a <Question> whose options or answer cannot be read`);
    questions.push({ file, options, answer: Number(answer[1]) });
  }
  return questions;
}

/** How a set of questions gives its answers away: how often the right option is strictly the longest, and where it sits. */
export function quizSignals(questions: QuizQuestion[]): { longest: QuizQuestion[]; positions: number[] } {
  const length = (text: string) => [...text].length;
  const longest = questions.filter((q) => {
    const right = length(q.options[q.answer] ?? '');
    return q.options.every((o, i) => i === q.answer || length(o) < right);
  });
  const positions: number[] = [];
  for (const q of questions) positions[q.answer] = (positions[q.answer] ?? 0) + 1;
  return { longest, positions: Array.from(positions, (n) => n ?? 0) };
}

/**
 * Self-checks whose right answer can be found without understanding the question. Per language,
 * over all lessons: the right option must not be strictly the longest in more than a third of the
 * questions, and no one position (A, B, C, …) may hold more than half of the right answers.
 */
export function lintQuizBalance(lessonsDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const lang of readdirSync(lessonsDir).sort()) {
    const dir = join(lessonsDir, lang);
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .sort();
    const questions = files.flatMap((f) => quizQuestions(f, readFileSync(join(dir, f), 'utf8')));
    if (questions.length === 0) continue;
    const file = `${lessonsDir}/${lang}`;
    for (const q of questions) {
      if (q.answer >= q.options.length)
        problems.push({
          file: `${file}/${q.file}`,
          rule: 'quiz-balance',
          detail: `answer={${q.answer}} but only ${q.options.length} options`,
        });
    }
    const { longest, positions } = quizSignals(questions);
    if (longest.length * 3 > questions.length) {
      const which = longest.map((q) => `${q.file}: "${q.options[q.answer]}"`).join('; ');
      problems.push({
        file,
        rule: 'quiz-balance',
        detail: `the right option is strictly the longest in ${longest.length} of ${questions.length} questions (at most a third may be): ${which}`,
      });
    }
    positions.forEach((count, index) => {
      if (count * 2 > questions.length)
        problems.push({
          file,
          rule: 'quiz-balance',
          detail: `option ${String.fromCharCode(65 + index)} is right in ${count} of ${questions.length} questions (at most half may be)`,
        });
    });
  }
  return problems;
}

/** One readable line per problem. */
export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.file} [${p.rule}] ${p.detail}`).join('\n');
}
