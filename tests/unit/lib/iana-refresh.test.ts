import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDownload, snapshotDate } from '../../../src/lib/iana-refresh';
import { readIanaRegistry, readIanaSource } from '../../../src/loaders/registry';

const vendored = readFileSync('data/iana/service-names-port-numbers.csv', 'utf8');
const source = readIanaSource();

describe('refreshing the vendored registry', () => {
  it('accepts the vendored file itself, and source.json describes it', () => {
    expect(checkDownload(vendored, source.rows)).toEqual({ ok: true, rows: source.rows, snapshot: source.snapshot });
    expect(snapshotDate(readIanaRegistry().records)).toBe('2026-02-13');
  });

  it('refuses a file that has collapsed', () => {
    const half = vendored.split('\r\n').slice(0, 7000).join('\r\n');
    const result = checkDownload(half, source.rows);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(/^only \d+ rows, the vendored copy has 14499/);
  });

  it('refuses a file with a port outside 0–65535 or other columns', () => {
    const bad = vendored.replace('\r\nhttp,80,tcp,', '\r\nhttp,80000,tcp,');
    const result = checkDownload(bad, source.rows);
    expect(!result.ok && result.problems).toEqual([expect.stringMatching(/^line \d+: "Port Number" is "80000"/)]);
    expect(checkDownload('<html>Service unavailable</html>', source.rows).ok).toBe(false);
  });
});
