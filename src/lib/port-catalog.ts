import type { PortNote } from '../schemas/port-note';
import type { Lang } from './locales';
import { adjacentPorts, type RegistryIndex } from './registry';

/** Which numbers have pages and what to call them, from the registry and the notes. */
export interface PortPages {
  /** Notes by port number (two when tcp and udp on a number are different services). */
  notes: Map<number, PortNote[]>;
  /** Every number that has a page: one IANA mentions, or one with a note, ascending. */
  pageNumbers: number[];
  /** Previous and next numbers that have pages. */
  adjacent(port: number): { previous?: number; next?: number };
  /** True when the number has a page. */
  hasPage(port: number): boolean;
  /** A number's short name in a language: its note's name, else IANA's primary service name there. */
  nameOf(port: number, lang: Lang): string | undefined;
}

/**
 * The pages of the port catalogue. A note gives its number a page even where IANA has no row
 * (5800, 5901, 27374, 50000): that page says IANA has not assigned the number, and who uses it.
 */
export function portPages(registry: RegistryIndex, notes: readonly PortNote[]): PortPages {
  const byPort = new Map<number, PortNote[]>();
  for (const note of notes) byPort.set(note.port, [...(byPort.get(note.port) ?? []), note]);
  const pageNumbers = [...new Set([...registry.numbers, ...byPort.keys()])].sort((a, b) => a - b);
  const pages = new Set(pageNumbers);
  return {
    notes: byPort,
    pageNumbers,
    adjacent: (port) => adjacentPorts(pageNumbers, port),
    hasPage: (port) => pages.has(port),
    nameOf: (port, lang) =>
      byPort.get(port)?.[0]?.name[lang] ?? registry.rowsAt(port).find((r) => r.kind === 'assigned' && r.role === 'primary')?.service,
  };
}
