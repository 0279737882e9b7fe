import { getCollection, type CollectionEntry } from 'astro:content';
import { adjacentPorts, groupByPort, portStatus, type PortStatus, type RegistryRecord } from '../lib/registry';
import { blocksIn, portRanges, rangeSize, type Block } from '../lib/ranges';
import type { PortNote } from '../schemas/port-note';

/** Everything the port pages need, built once per build from the registry and the notes. */
export interface PortCatalog {
  /** IANA records by port number. */
  records: Map<number, RegistryRecord[]>;
  /** Notes by port number (two when tcp and udp on a number are different services). */
  notes: Map<number, PortNote[]>;
  /** Every number that has a page: an IANA record or a note, ascending. */
  pageNumbers: number[];
  /** Total IANA records. */
  recordCount: number;
  /** Status of any number (unassigned when IANA has no record). */
  statusOf(port: number): PortStatus;
  /** Previous and next numbers that have pages. */
  adjacent(port: number): { previous?: number; next?: number };
  /** Counts of numbers per status in a span of numbers. */
  counts(span: Block): Record<PortStatus, number>;
}

let catalog: Promise<PortCatalog> | undefined;

/** The catalog, computed on first use and shared by every page of the build. */
export function portCatalog(): Promise<PortCatalog> {
  catalog ??= build();
  return catalog;
}

async function build(): Promise<PortCatalog> {
  const registry = (await getCollection('registry')).map((e: CollectionEntry<'registry'>) => e.data as RegistryRecord);
  const records = groupByPort(registry);
  const notes = new Map<number, PortNote[]>();
  for (const entry of await getCollection('notes')) {
    const note = entry.data as PortNote;
    notes.set(note.port, [...(notes.get(note.port) ?? []), note]);
  }
  const pageNumbers = [...new Set([...records.keys(), ...notes.keys()])].sort((a, b) => a - b);
  const statuses = new Map([...records].map(([port, list]) => [port, portStatus(list)]));
  const statusOf = (port: number): PortStatus => statuses.get(port) ?? 'unassigned';
  const countCache = new Map<string, Record<PortStatus, number>>();
  return {
    records,
    notes,
    pageNumbers,
    recordCount: registry.length,
    statusOf,
    adjacent: (port) => adjacentPorts(pageNumbers, port),
    counts(span) {
      const key = `${span.first}-${span.last}`;
      let result = countCache.get(key);
      if (!result) {
        result = { assigned: 0, reserved: 0, unassigned: 0 };
        for (const [port, status] of statuses) if (port >= span.first && port <= span.last) result[status] += 1;
        result.unassigned = rangeSize(span) - result.assigned - result.reserved;
        countCache.set(key, result);
      }
      return result;
    },
  };
}

/** Every block of every range, for getStaticPaths. */
export const allBlocks: Block[] = portRanges.flatMap((r) => blocksIn(r));
