import type { Category, PortNote } from '../schemas/port-note';
import { categories } from '../schemas/port-note';
import type { Lang } from './locales';
import type { Block } from './ranges';
import type { PortStatus, RegistryIndex } from './registry';

/** One line of a block page: a number, its status, what IANA and the notes call it. */
export interface BlockRow {
  port: number;
  status: PortStatus;
  /** IANA's primary service names on the number, then any named range it is part of ("x11 6000–6063"). */
  services: string;
  /** Names of the notes about the number. */
  note?: string;
  /** True when the number has a page of its own. */
  page: boolean;
}

/** Every number of a block with its status and names, for the block page. */
export function blockRows(
  block: Block,
  registry: RegistryIndex,
  notes: ReadonlyMap<number, readonly PortNote[]>,
  hasPage: (port: number) => boolean,
  lang: Lang,
): BlockRow[] {
  return Array.from({ length: block.last - block.first + 1 }, (_, i) => {
    const port = block.first + i;
    const own = registry
      .rowsAt(port)
      .filter((r) => r.kind === 'assigned' && r.role === 'primary')
      .map((r) => r.service);
    const ranges = registry
      .rangesAt(port)
      .filter((r) => r.kind === 'assigned' && r.ports)
      .map((r) => `${r.service} ${r.ports?.first}–${r.ports?.last}`);
    const note = notes
      .get(port)
      ?.map((n) => n.name[lang])
      .join(', ');
    return {
      port,
      status: registry.statusOf(port),
      services: [...new Set([...own, ...ranges])].join(', '),
      ...(note ? { note } : {}),
      page: hasPage(port),
    };
  });
}

/** How a noted port is used: only officially, only unofficially, or both. */
export type UseKind = 'official' | 'unofficial' | 'both';

/** One row of the notable-ports table. */
export interface NotableRow {
  note: PortNote;
  use: UseKind;
}

/** The notable-ports table: every note, by number then first protocol, with how it is used. */
export function notableRows(notes: Iterable<PortNote>): NotableRow[] {
  return [...notes]
    .map((note) => {
      const official = note.uses.some((u) => u.official);
      const unofficial = note.uses.some((u) => !u.official);
      const use: UseKind = official && unofficial ? 'both' : official ? 'official' : 'unofficial';
      return { note, use };
    })
    .sort((a, b) => a.note.port - b.note.port || (a.note.protocols[0] ?? '').localeCompare(b.note.protocols[0] ?? ''));
}

/** Categories that at least one row uses, in the schema's order (for the table filter). */
export function usedCategories(rows: readonly NotableRow[]): Category[] {
  return categories.filter((c) => rows.some((r) => r.note.category === c));
}
