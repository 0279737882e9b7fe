/**
 * The explain page's results as an HTML string, from a parse, its explanation and the port facts.
 * Pure (no DOM), so the work can run off the main thread and in unit tests. Every value from the
 * paste is escaped. Long pastes are drawn in part: the counts cover everything, the lists stop at a
 * few hundred rows and say how many more there are.
 */
import { fill } from '../fill';
import type { EphemeralOs } from '../ephemeral';
import { localePath, type Lang } from '../locales';
import type { Reach } from './address';
import { explain, type Connection, type Explanation, type Service } from './explain';
import { factsBlock, type PortFacts, type PortFactsBlock } from './port-facts';
import { maxLines, type ParseResult, type SkippedLine } from './parse';

/** The most rows drawn per list; counts always cover every row. */
export const rowLimits = { listening: 150, connections: 60, other: 50, skipped: 60 } as const;

/** UI strings, by key (the explain.* keys of a site dictionary). */
export type Strings = Readonly<Record<string, string>>;

/** What the worker (or a test) needs to draw results. */
export interface RenderContext {
  lang: Lang;
  base: string;
  strings: Strings;
  /** Facts blocks loaded so far, by block number. */
  blocks: ReadonlyMap<number, PortFactsBlock>;
}

/**
 * The drawn results, and the sentence for screen readers. `html` has each list empty
 * (`<ul data-list="i">`); its rows are in `lists[i]`, so the page can add them a few at a time,
 * in tasks short enough to keep typing smooth.
 */
export interface Rendered {
  html: string;
  lists: string[][];
  announce: string;
}

/** The results as one string, every list filled in (for tests and anything that draws at once). */
export function toHtml(rendered: Rendered): string {
  return rendered.html.replace(
    /<ul([^>]*) data-list="(\d+)"><\/ul>/g,
    (_, attrs: string, i: string) => `<ul${attrs}>${(rendered.lists[Number(i)] ?? []).join('')}</ul>`,
  );
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => escapes[c] ?? c);
}

/** Facts blocks a parse needs: those of every port it names. */
export function neededBlocks(explanation: Explanation): number[] {
  const ports = new Set<number>();
  for (const s of explanation.listening.slice(0, rowLimits.listening)) ports.add(s.port);
  for (const c of explanation.connections.slice(0, rowLimits.connections)) ports.add(c.servicePort);
  for (const p of explanation.byServicePort.slice(0, 20)) ports.add(p.port);
  return [...new Set([...ports].map(factsBlock))].sort((a, b) => a - b);
}

/** Draws a parse. */
export function render(parsed: ParseResult, ctx: RenderContext, explanation: Explanation = explain(parsed)): Rendered {
  const t = (key: string, vars: Record<string, string | number> = {}) => fill(ctx.strings[`explain.${key}`] ?? key, vars);
  if (parsed.binary) return message(t('binary'));
  const hasContent = parsed.sockets.length > 0 || parsed.skipped.length > 0;
  if (!hasContent && parsed.formats.length === 0) return message(t('empty'));
  const facts = (port: number): PortFacts | undefined => ctx.blocks.get(factsBlock(port))?.[String(port)];
  const portLink = (port: number, proto: string) => {
    const label = `${port}/${proto}`;
    return facts(port)
      ? `<a href="${esc(localePath(ctx.lang, `ports/${port}/`, ctx.base))}">${esc(label)}</a>`
      : `<span>${esc(label)}</span>`;
  };
  const systems = (list: readonly EphemeralOs[]) => list.map((os) => t(`os.${os}`)).join(', ');
  const about = (port: number) => {
    const f = facts(port);
    if (!f) return t('noFacts');
    const parts: string[] = [];
    if (f.n) parts.push(`<strong>${esc(f.n)}</strong>`);
    parts.push(esc(f.i ? t('iana', { text: f.i }) : t('ianaNone')));
    if (f.s) parts.push(esc(f.s));
    if (f.u && !f.i) parts.push(esc(t('unofficial', { text: f.u })));
    return parts.join(' ');
  };
  const out: string[] = [];
  const lists: string[][] = [];
  /** Starts a list whose rows are drawn later. */
  const list = (className: string, rows: string[]) => {
    out.push(`<ul class="${className}" data-list="${lists.length}"></ul>`);
    lists.push(rows);
  };
  const names = parsed.formats.map((f) => t(`format.${f}`));
  out.push(`<p class="pa-ex-format">${esc(names.length ? t('detected', { formats: names.join(', ') }) : t('noFormat'))}</p>`);
  if (parsed.capped) out.push(`<p class="pa-ex-note">${esc(t('capped', { lines: maxLines.toLocaleString(ctx.lang) }))}</p>`);
  const { summary } = explanation;
  const summaryText = t('summary', summary);
  out.push(`<p class="pa-ex-summary">${esc(summaryText)}</p>`);

  if (explanation.listening.length) {
    out.push(`<h2 id="explain-listening">${esc(t('listening', { n: summary.listening }))}</h2>`);
    list('pa-ex-list', explanation.listening.slice(0, rowLimits.listening).map(serviceRow));
    out.push(more(explanation.listening.length, rowLimits.listening));
  }
  if (explanation.connections.length) {
    out.push(`<h2 id="explain-connections">${esc(t('connections', { n: summary.connections }))}</h2>`);
    const counts = explanation.byServicePort.slice(0, 20).map((c) => `${portLink(c.port, c.proto)} × ${c.count}`);
    out.push(`<p>${esc(t('byPort'))} ${counts.join(', ')}</p>`);
    list('pa-ex-list', explanation.connections.slice(0, rowLimits.connections).map(connectionRow));
    out.push(more(explanation.connections.length, rowLimits.connections));
  }
  if (explanation.other.length) {
    out.push(`<h2 id="explain-other">${esc(t('other', { n: explanation.other.length }))}</h2>`);
    list(
      'pa-ex-plain',
      explanation.other
        .slice(0, rowLimits.other)
        .map(
          (s) => `<li>${portLink(s.localPort, s.proto)} ${esc([s.state, s.program].filter(Boolean).join(', '))} ${lineRef([s.line])}</li>`,
        ),
    );
    out.push(more(explanation.other.length, rowLimits.other));
  }
  if (parsed.skipped.length) {
    out.push(`<h2 id="explain-skipped">${esc(t('skipped', { n: parsed.skipped.length }))}</h2>`);
    list('pa-ex-plain', parsed.skipped.slice(0, rowLimits.skipped).map(skippedRow));
    out.push(more(parsed.skipped.length, rowLimits.skipped));
  }
  const announce = names.length ? `${t('detected', { formats: names.join(', ') })}. ${summaryText}` : t('noFormat');
  return { html: out.join(''), lists, announce };

  function message(text: string): Rendered {
    return { html: `<p class="pa-ex-note">${esc(text)}</p>`, lists: [], announce: text };
  }

  function lineRef(lines: readonly number[]): string {
    const shown = lines.slice(0, 4).join(', ');
    return `<span class="pa-ex-line">${esc(t(lines.length > 1 ? 'lines' : 'line', { n: lines.length > 4 ? `${shown}…` : shown }))}</span>`;
  }

  function more(total: number, limit: number): string {
    return total > limit ? `<p class="pa-ex-note">${esc(t('more', { n: total - limit }))}</p>` : '';
  }

  function reachText(reach: Reach, addresses: readonly string[]): string {
    return t(`reach.${reach}`, { addr: addresses.join(', ') });
  }

  function serviceRow(s: Service): string {
    const parts = [`<p class="pa-ex-head">${portLink(s.port, s.proto)}</p>`, `<p>${about(s.port)}</p>`];
    const family = s.family === 'any' ? '' : ` (${t(`family.${s.family}`)})`;
    parts.push(`<p>${esc(`${t('reach')}: ${reachText(s.reach, s.addresses)}${family}`)}</p>`);
    if (s.format === 'nmap' || s.format === 'nmap-grepable') parts.push(`<p>${esc(t('nmapNote'))}</p>`);
    const who = [s.program, s.pid !== undefined ? t('pid', { pid: s.pid }) : ''].filter(Boolean).join(', ');
    if (who) parts.push(`<p>${esc(`${t('program')}: ${who}`)}</p>`);
    if (s.target) parts.push(`<p>${esc(t('container', { target: s.target }))}</p>`);
    if (s.ephemeral.length && !s.target) parts.push(`<p>${esc(t('ephemeralListen', { systems: systems(s.ephemeral) }))}</p>`);
    for (const w of s.warnings) parts.push(`<p class="pa-ex-warn"><strong>${esc(t('warning'))}:</strong> ${esc(t(`warn.${w}`))}</p>`);
    parts.push(`<p>${lineRef(s.lines)}</p>`);
    return `<li${s.warnings.length ? ' data-warn' : ''}>${parts.join('')}</li>`;
  }

  function connectionRow(c: Connection): string {
    const s = c.socket;
    const proto = s.proto;
    const local = `${s.localAddr}:${s.localPort}`;
    const remote = `${s.remoteAddr ?? ''}:${s.remotePort ?? ''}`;
    const where = t(c.direction === 'in' ? 'in' : 'out', { local, remote });
    const who = [s.state, s.program, s.pid !== undefined ? t('pid', { pid: s.pid }) : ''].filter(Boolean).join(', ');
    const parts = [`<p class="pa-ex-head">${portLink(c.servicePort, proto)} ${esc(where)}</p>`, `<p>${about(c.servicePort)}</p>`];
    if (who) parts.push(`<p>${esc(who)}</p>`);
    if (c.clientEphemeral.length) parts.push(`<p>${esc(t('clientPort', { port: s.localPort, systems: systems(c.clientEphemeral) }))}</p>`);
    for (const w of c.warnings) parts.push(`<p class="pa-ex-warn"><strong>${esc(t('warning'))}:</strong> ${esc(t(`warn.${w}`))}</p>`);
    parts.push(`<p>${lineRef([s.line])}</p>`);
    return `<li${c.warnings.length ? ' data-warn' : ''}>${parts.join('')}</li>`;
  }

  function skippedRow(s: SkippedLine): string {
    return `<li>${esc(t('line', { n: s.line }))}: <code>${esc(s.text)}</code> (${esc(t(`reason.${s.reason}`))})</li>`;
  }
}
