import { getCollection } from 'astro:content';
import { indexRegistry, adjacentPorts, type RegistryIndex } from '../lib/registry';
import { blocksIn, portRanges, type Block } from '../lib/ranges';
import { readIanaSource, type IanaSource } from '../loaders/registry';
import type { Lang } from '../lib/locales';
import type { PortNote } from '../schemas/port-note';

/** Everything the port pages need, built once per build from the registry and the notes. */
export interface PortCatalog {
  /** The IANA registry, indexed by number. */
  registry: RegistryIndex;
  /** Where the vendored registry came from and when. */
  source: IanaSource;
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

let catalog: Promise<PortCatalog> | undefined;

/** The catalog, computed on first use and shared by every page of the build. */
export function portCatalog(): Promise<PortCatalog> {
  catalog ??= build();
  return catalog;
}

async function build(): Promise<PortCatalog> {
  const records = (await getCollection('registry')).map((entry) => entry.data).sort((a, b) => a.line - b.line);
  const registry = indexRegistry(records);
  const notes = new Map<number, PortNote[]>();
  for (const { data } of await getCollection('notes')) notes.set(data.port, [...(notes.get(data.port) ?? []), data]);
  const pageNumbers = [...new Set([...registry.numbers, ...notes.keys()])].sort((a, b) => a - b);
  const pages = new Set(pageNumbers);
  return {
    registry,
    source: readIanaSource(),
    notes,
    pageNumbers,
    adjacent: (port) => adjacentPorts(pageNumbers, port),
    hasPage: (port) => pages.has(port),
    nameOf: (port, lang) =>
      notes.get(port)?.[0]?.name[lang] ?? registry.rowsAt(port).find((r) => r.kind === 'assigned' && r.role === 'primary')?.service,
  };
}

/** Every block of every range, for getStaticPaths. */
export const allBlocks: Block[] = portRanges.flatMap((r) => blocksIn(r));
