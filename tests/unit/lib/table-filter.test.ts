import { describe, expect, it } from 'vitest';
import { compareRows, rowMatches, type TableRow } from '../../../src/lib/table-filter';

const row = (port: number, name: string, category: string, use: string): TableRow => ({
  port,
  name,
  category,
  use,
  text: `${name} ${category}`,
});
const rows = [
  row(443, 'HTTPS', 'web', 'official'),
  row(3000, 'Dev server', 'developer-tools', 'both'),
  row(5173, 'Vite', 'developer-tools', 'unofficial'),
];
const none = { query: '', category: '', use: '' };

describe('notable-ports table filter', () => {
  it('matches a port number exactly, not as a substring', () => {
    expect(rows.filter((r) => rowMatches(r, { ...none, query: '443' })).map((r) => r.port)).toEqual([443]);
    expect(rows.filter((r) => rowMatches(r, { ...none, query: '44' }))).toEqual([]);
  });

  it('matches names case-insensitively and filters by category and use', () => {
    expect(rows.filter((r) => rowMatches(r, { ...none, query: 'vite' })).map((r) => r.port)).toEqual([5173]);
    expect(rows.filter((r) => rowMatches(r, { ...none, category: 'developer-tools' })).map((r) => r.port)).toEqual([3000, 5173]);
    expect(rows.filter((r) => rowMatches(r, { ...none, use: 'official' })).map((r) => r.port)).toEqual([443, 3000]);
    expect(rows.filter((r) => rowMatches(r, { ...none, use: 'unofficial' })).map((r) => r.port)).toEqual([3000, 5173]);
  });

  it('treats strange input as text, never as markup', () => {
    expect(rows.filter((r) => rowMatches(r, { ...none, query: '<img src=x onerror=alert(1)>' }))).toEqual([]);
  });

  it('sorts by a column with the port as tie-breaker', () => {
    const sorted = [...rows].sort((a, b) => compareRows(a, b, 'category'));
    expect(sorted.map((r) => r.port)).toEqual([3000, 5173, 443]);
    expect(
      [...rows]
        .reverse()
        .sort((a, b) => compareRows(a, b, 'port'))
        .map((r) => r.port),
    ).toEqual([443, 3000, 5173]);
  });
});
