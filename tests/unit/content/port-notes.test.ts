import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonSlugs, readPortNotes } from '../../../src/loaders/port-notes';

const notes = readPortNotes('content/ports', lessonSlugs('content/lessons'));
const noted = new Set(notes.map((n) => n.data.port));
/** The port tables of the study note the site grew from (a copy of the seed outline's section). */
const seedFile = 'tests/fixtures/seed-port-tables.md';

/** Port numbers of one table of the seed outline ("Well-known (95): 0 Reserved, 1 TCPMUX, …"). */
function seedTable(text: string, heading: string): number[] {
  const start = text.indexOf(heading);
  const body = text.slice(start + heading.length).split(/\n\n|\nRegistered \(/)[0] ?? '';
  return [...body.matchAll(/(?:^|,)\s*(\d{1,5}) /g)].map((m) => Number(m[1]));
}

describe('curated port notes', () => {
  it('cover at least 250 ports', () => {
    expect(noted.size).toBeGreaterThanOrEqual(250);
  });

  it('cover every port in the tables of the seed outline', () => {
    const text = readFileSync(seedFile, 'utf8');
    const wellKnown = seedTable(text, 'Well-known (95):');
    const registered = seedTable(text, 'Registered (118):');
    expect(wellKnown).toHaveLength(95);
    expect(registered).toHaveLength(118);
    expect([...wellKnown, ...registered].filter((p) => !noted.has(p))).toEqual([]);
  });

  it('include the ports people meet that IANA lists differently or not at all', () => {
    for (const port of [3000, 5173, 8000, 8080, 8443, 6443, 9090, 9200, 25565, 27015]) expect(noted, String(port)).toContain(port);
  });

  it('warn where exposing the port is risky', () => {
    for (const port of [23, 445, 3389, 6379, 11211, 27017]) {
      expect(
        notes.some((n) => n.data.port === port && n.data.security),
        `security note for ${port}`,
      ).toBe(true);
    }
  });
});
