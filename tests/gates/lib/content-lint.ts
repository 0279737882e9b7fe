import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ELEMENT_NODE, parse, TEXT_NODE, walkSync, type ElementNode } from 'ultrahtml';
import { parse as parseYaml } from 'yaml';

/** One content problem: the file, the rule it breaks and what was found. */
export interface ContentProblem {
  file: string;
  rule: 'internal-word' | 'backtick' | 'asterisks' | 'korean-term' | 'en-ko-mismatch';
  detail: string;
}

/** A word or phrase readers must never meet, with what to write instead. */
interface Forbidden {
  pattern: RegExp;
  instead: string;
}

/** Words of this project, not of a student ("seed note", "시드 노트"). */
export const internalWords: Forbidden[] = [
  { pattern: /\bseed\b/i, instead: 'say "many port lists" or "the study note this site grew from"' },
  { pattern: /시드(?!니)/, instead: '"여러 포트 목록" 또는 "이 사이트의 바탕이 된 학습 노트"라고 쓰세요' },
];

/** Korean terms the site decided against (docs/authoring.md, "Korean terms"). */
export const forbiddenKorean: Forbidden[] = [
  { pattern: /배정/, instead: 'IANA "assign" is 할당' },
  { pattern: /관례상\s*(?:함께\s*)?(?:등록|할당)/, instead: '"registered by policy" is 정책에 따라 함께 등록' },
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
const mayOffend = /`|&#96;|&#x60;|&grave;|\*\*|seed|시드|배정|관례상/i;

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

/** One readable line per problem. */
export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.file} [${p.rule}] ${p.detail}`).join('\n');
}
