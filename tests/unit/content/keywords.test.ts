import { expect, it } from 'vitest';
import { lessonSlugs, readPortNotes } from '../../../src/loaders/port-notes';
import { normalizeName } from '../../../src/lib/search-shortcuts';

const notes = readPortNotes('content/ports', lessonSlugs('content/lessons'));

it('a search keyword never answers ahead of the port another note is named for', () => {
  // Instant answers list exact matches by port number: a keyword equal to another note's name on a
  // higher port would put this port first ("x11" on XDMCP's 177 above X11's 6000).
  const named = new Map<string, number[]>();
  for (const n of notes)
    for (const name of Object.values(n.data.name)) named.set(normalizeName(name), [...(named.get(normalizeName(name)) ?? []), n.data.port]);
  const problems = notes.flatMap((n) =>
    n.data.keywords
      .filter((k) => {
        const ports = named.get(normalizeName(k)) ?? [];
        return !ports.includes(n.data.port) && ports.some((port) => port > n.data.port);
      })
      .map((k) => `${n.id}: keyword "${k}" is the name of port ${named.get(normalizeName(k))?.join(', ')}`),
  );
  expect(problems).toEqual([]);
});
