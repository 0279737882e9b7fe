import { parsePort, type ParseFailure } from './parse-port';

/** What the search box needs to answer numbers and names at once, before full-text search. */
export interface ShortcutData {
  /** Every number that has a port page, ascending. */
  pages: number[];
  /** Names and aliases of notable ports: [lower-case name, port, display name]. */
  names: [string, number, string][];
}

/** An instant answer shown above the full-text results. */
export interface QuickHit {
  port: number;
  /** False for numbers without a page: the UI links their range and block instead. */
  hasPage: boolean;
  /** The port's short name, when it has one ("SSH"). */
  label?: string;
}

/** Instant answers for a query, or why a number-like query is not a port. */
export interface QuickAnswer {
  hits: QuickHit[];
  /** Set when the query looks like a number but is not a port number. */
  problem?: Exclude<ParseFailure, 'name' | 'not-a-number'>;
  /** Set when the query is a port number written unusually: "080" is read as 80, and the reader is told so. */
  note?: 'leading-zero';
}

/** Compact form of an ascending number list: base-36 gaps, comma-separated. */
export function encodeNumbers(sorted: readonly number[]): string {
  return sorted.map((n, i) => (n - (i > 0 ? (sorted[i - 1] ?? 0) : 0)).toString(36)).join(',');
}

/** Inverse of encodeNumbers. */
export function decodeNumbers(text: string): number[] {
  if (!text) return [];
  let last = 0;
  return text.split(',').map((gap) => (last += Number.parseInt(gap, 36)));
}

/** Lower-cases and drops spaces and punctuation, so "Postgre SQL" and "postgresql" meet. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[\s._\-/()]+/g, '');
}

/**
 * Answers a search query at once: a port number goes straight to its page (or, without one, to its
 * range and block); a service name to the notable ports of that name, exact matches before prefixes.
 */
export function quickAnswers(query: string, data: ShortcutData, hasPage: (port: number) => boolean): QuickAnswer {
  const parsed = parsePort(query);
  // A number's label is its notable name; a name's label is the name it matched ("syslog" → 514 Syslog, not rsh).
  const labelOf = (port: number) => data.names.find(([, p]) => p === port)?.[2];
  const hit = (port: number, label = labelOf(port)): QuickHit => ({ port, hasPage: hasPage(port), ...(label ? { label } : {}) });
  if (parsed.ok) {
    const leadingZero = /^\s*0\d/.test(query.normalize('NFKC').replace(/^\s*(tcp|udp|sctp|dccp)[\s/:]*/i, ''));
    return { hits: [hit(parsed.port)], ...(leadingZero ? { note: 'leading-zero' as const } : {}) };
  }
  switch (parsed.reason) {
    case 'name': {
      const q = normalizeName(query);
      const byPort = (a: [string, number, string], b: [string, number, string]) => a[1] - b[1];
      const exact = data.names.filter(([name]) => name === q).sort(byPort);
      const prefix = q.length >= 3 ? data.names.filter(([name]) => name !== q && name.startsWith(q)).sort(byPort) : [];
      const seen = new Set<number>();
      const hits: QuickHit[] = [];
      for (const [, port, display] of [...exact, ...prefix]) {
        if (seen.has(port) || hits.length === 3) continue;
        seen.add(port);
        hits.push(hit(port, display));
      }
      return { hits };
    }
    case 'not-a-number':
      return { hits: [] };
    case 'hex':
      return { hits: parsed.suggestion === undefined ? [] : [hit(parsed.suggestion)], problem: 'hex' };
    default:
      return { hits: [], problem: parsed.reason };
  }
}

/** A membership test over the sorted page list. */
export function pageLookup(pages: readonly number[]): (port: number) => boolean {
  const set = new Set(pages);
  return (port) => set.has(port);
}
