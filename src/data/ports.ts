import { getCollection } from 'astro:content';
import { indexRegistry, type RegistryIndex } from '../lib/registry';
import { portPages, type PortPages } from '../lib/port-catalog';
import { blocksIn, portRanges, type Block } from '../lib/ranges';
import { readIanaSource, type IanaSource } from '../loaders/registry';

/** Everything the port pages need, built once per build from the registry and the notes. */
export interface PortCatalog extends PortPages {
  /** The IANA registry, indexed by number. */
  registry: RegistryIndex;
  /** Where the vendored registry came from and when. */
  source: IanaSource;
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
  const notes = (await getCollection('notes')).map(({ data }) => data);
  return { registry, source: readIanaSource(), ...portPages(registry, notes) };
}

/** Every block of every range, for getStaticPaths. */
export const allBlocks: Block[] = portRanges.flatMap((r) => blocksIn(r));
