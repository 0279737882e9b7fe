import { parsePort } from './parse-port';

/** What the notable-ports table filters and sorts on, per row. */
export interface TableRow {
  port: number;
  name: string;
  category: string;
  /** official, unofficial or both */
  use: string;
  /** Extra text the free-text filter looks at (protocols, category label). */
  text: string;
}

/** The reader's filter: free text plus exact category and use ('' means any). */
export interface TableFilter {
  query: string;
  category: string;
  use: string;
}

/**
 * True when a row passes the filter. A query that reads as a port number matches that number
 * exactly; any other query matches a case-insensitive substring of the name or text.
 */
export function rowMatches(row: TableRow, filter: TableFilter): boolean {
  if (filter.category && row.category !== filter.category) return false;
  if (filter.use && row.use !== filter.use && !(row.use === 'both' && filter.use !== 'both')) return false;
  const query = filter.query.trim().toLowerCase();
  if (!query) return true;
  const parsed = parsePort(query);
  if (parsed.ok) return row.port === parsed.port;
  return `${row.name} ${row.text}`.toLowerCase().includes(query);
}

/** Sort keys of the table's columns. */
export type SortKey = 'port' | 'name' | 'category' | 'use';

/** Compares two rows by a column; ties fall back to the port number. */
export function compareRows(a: TableRow, b: TableRow, key: SortKey, locale = 'en'): number {
  const byPort = a.port - b.port;
  if (key === 'port') return byPort;
  return a[key].localeCompare(b[key], locale, { sensitivity: 'base', numeric: true }) || byPort;
}
