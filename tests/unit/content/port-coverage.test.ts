import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonSlugs, readPortNotes } from '../../../src/loaders/port-notes';
import { readIanaRegistry } from '../../../src/loaders/registry';
import { checkNotesAgainstIana, formatFindings } from '../../../src/lib/note-check';
import { indexRegistry } from '../../../src/lib/registry';
import { locales } from '../../../src/lib/locales';

/** The numbers every one of which needs a note (scripts/port-worklist.mjs writes it; issue 25). */
const coverage = JSON.parse(readFileSync('tests/fixtures/port-coverage.json', 'utf8')) as {
  sources: Record<string, { file: string; package: string; version: string; numbers: number }>;
  ports: Record<string, string[]>;
};
const covered = Object.keys(coverage.ports).map(Number);
const notes = readPortNotes('content/ports', lessonSlugs('content/lessons'));
const registry = indexRegistry(readIanaRegistry().records);

/** "5800 (nmap-top300-tcp)", "4369 (etc-services)": numbers with the lists that put them here. */
const listed = (ports: number[]) => ports.map((port) => `${port} (${coverage.ports[port]?.join(', ')})`);

describe('port coverage', () => {
  it('lists numbers only, each from a known source', () => {
    expect(covered.length).toBeGreaterThan(400);
    for (const port of covered) {
      expect(Number.isInteger(port) && port >= 0 && port <= 65535, String(port)).toBe(true);
      for (const list of coverage.ports[port] ?? []) expect(Object.keys(coverage.sources)).toContain(list);
    }
    for (const source of Object.values(coverage.sources)) expect(source.version).not.toBe('unknown');
  });

  it('every listed number has a note in content/ports', () => {
    const noted = new Set(notes.map((n) => n.data.port));
    const missing = covered.filter((port) => !noted.has(port));
    expect(missing, `${missing.length} numbers have no note:\n${listed(missing).join('\n')}`).toEqual([]);
  });

  it('each of those notes has text in every language and at least one reference', () => {
    const wanted = new Set(covered);
    const thin = notes
      .filter(({ data }) => wanted.has(data.port))
      .filter(({ data }) => data.references.length === 0 || locales.some((lang) => !data.title[lang].trim() || !data.summary[lang].trim()))
      .map(({ id }) => id);
    expect(thin, `notes without a reference or a language:\n${thin.join('\n')}`).toEqual([]);
  });

  it('each of those notes agrees with IANA', () => {
    const wanted = new Set(covered);
    const findings = formatFindings(
      checkNotesAgainstIana(
        notes.filter((n) => wanted.has(n.data.port)),
        registry,
      ),
    );
    expect(findings, findings.join('\n')).toEqual([]);
  });
});
