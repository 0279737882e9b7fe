import { describe, expect, it } from 'vitest';
import { portPages } from '../../../src/lib/port-catalog';
import { indexRegistry } from '../../../src/lib/registry';
import { readIanaRegistry } from '../../../src/loaders/registry';
import { portNoteSchema } from '../../../src/schemas/port-note';

const registry = indexRegistry(readIanaRegistry().records);

/** A fixture note about a number IANA has no row for. */
const note = (port: number, name: string) =>
  portNoteSchema.parse({
    port,
    protocols: ['tcp'],
    name,
    category: 'remote-access',
    title: { en: `${name} (unofficial)`, ko: `${name}(비공식)` },
    summary: { en: 'A fixture.', ko: '테스트용입니다.' },
    uses: [{ official: false, protocols: ['tcp'], text: { en: 'A fixture.', ko: '테스트용입니다.' } }],
    references: [{ title: 'Fixture', url: 'https://example.org/' }],
  });

describe('port catalogue pages', () => {
  const unregistered = [5800, 5901, 27374, 50000];

  it('has no page for numbers IANA never mentions and no note covers', () => {
    const pages = portPages(registry, []);
    for (const port of unregistered) {
      expect(registry.rowsAt(port), String(port)).toEqual([]);
      expect(pages.hasPage(port), String(port)).toBe(false);
    }
    expect(pages.hasPage(80)).toBe(true);
  });

  it('gives a number a page as soon as a note exists, named by the note', () => {
    const pages = portPages(
      registry,
      unregistered.map((port) => note(port, `Fixture ${port}`)),
    );
    for (const port of unregistered) {
      expect(pages.hasPage(port), String(port)).toBe(true);
      expect(pages.pageNumbers).toContain(port);
      expect(pages.nameOf(port, 'ko')).toBe(`Fixture ${port}`);
    }
    expect(pages.pageNumbers).toEqual([...pages.pageNumbers].sort((a, b) => a - b));
    const { previous, next } = pages.adjacent(5901);
    expect(previous).toBeLessThan(5901);
    expect(next).toBeGreaterThan(5901);
    expect(pages.adjacent(next ?? 0).previous).toBe(5901);
  });

  it('keeps two notes on one number together', () => {
    const pages = portPages(registry, [note(27374, 'A'), note(27374, 'B')]);
    expect(pages.notes.get(27374)?.map((n) => n.name.en)).toEqual(['A', 'B']);
    expect(pages.pageNumbers.filter((p) => p === 27374)).toHaveLength(1);
  });
});
