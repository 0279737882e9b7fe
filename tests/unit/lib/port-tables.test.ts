import { describe, expect, it } from 'vitest';
import { blockRows, notableRows, usedCategories } from '../../../src/lib/port-tables';
import { indexRegistry } from '../../../src/lib/registry';
import { blockOf } from '../../../src/lib/ranges';
import { readIanaRegistry } from '../../../src/loaders/registry';
import { lessonSlugs, readPortNotes } from '../../../src/loaders/port-notes';
import type { PortNote } from '../../../src/schemas/port-note';

const registry = indexRegistry(readIanaRegistry().records);
const notes = readPortNotes('content/ports', lessonSlugs('content/lessons')).map((n) => n.data);
const byPort = new Map<number, PortNote[]>();
for (const n of notes) byPort.set(n.port, [...(byPort.get(n.port) ?? []), n]);

describe('block rows', () => {
  const rows = blockRows(blockOf(6006), registry, byPort, (p) => p !== 6100, 'en');
  const at = (port: number) => rows.find((r) => r.port === port);

  it('list every number of the block, range members named by their range', () => {
    expect(rows).toHaveLength(256);
    expect(at(6006)).toMatchObject({ status: 'range', services: 'x11 6000–6063', page: true });
    expect(at(6100)?.page).toBe(false);
    const block80 = blockRows(blockOf(80), registry, byPort, () => true, 'en');
    expect(block80.find((r) => r.port === 80)).toMatchObject({ status: 'assigned', services: 'http', note: 'HTTP' });
  });

  it('agree with the status counts of the block', () => {
    const counts = { assigned: 0, range: 0, reserved: 0, unassigned: 0 };
    for (const r of rows) counts[r.status] += 1;
    expect(counts).toEqual(registry.counts(blockOf(6006)));
  });
});

describe('notable ports table', () => {
  it('has one row per note, sorted by number, with how it is used', () => {
    const rows = notableRows(notes);
    expect(rows).toHaveLength(notes.length);
    expect(rows.map((r) => r.note.port)).toEqual([...rows.map((r) => r.note.port)].sort((a, b) => a - b));
    expect(rows.find((r) => r.note.port === 5173)?.use).toBe('unofficial');
    expect(usedCategories(rows)).toContain('web');
  });
});
