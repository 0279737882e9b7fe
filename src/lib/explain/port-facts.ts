/**
 * The one line the explain page shows per port: IANA's assignment, the site's note and the best
 * known unofficial use. Built into small files by block of 256 numbers, so the page downloads only
 * the blocks of the ports in a paste.
 */
import type { PortNote } from '../../schemas/port-note';
import type { RegistryRecord } from '../../schemas/registry-record';
import { BLOCK_SIZE } from '../ranges';
import type { Lang } from '../locales';

/** What the page shows about one number; only numbers with a page are in a block. */
export interface PortFacts {
  /** IANA: "http, World Wide Web HTTP (tcp, udp)"; absent when IANA assigns nothing there. */
  i?: string;
  /** The note's name ("HTTPS"). */
  n?: string;
  /** The note's summary. */
  s?: string;
  /** The first use the note records that IANA does not assign. */
  u?: string;
}

/** A block file: facts by port number. */
export type PortFactsBlock = Record<string, PortFacts>;

/** Which block file holds a port: its number divided by 256. */
export function factsBlock(port: number): number {
  return Math.floor(port / BLOCK_SIZE);
}

/** Note text as plain words: `code` spans lose their backticks. */
function plain(text: string): string {
  return text.replace(/`([^`]*)`/g, '$1').trim();
}

/** IANA's assignments on a number, one string: each primary service once, with its protocols. */
export function ianaLine(rows: readonly RegistryRecord[], ranges: readonly RegistryRecord[]): string | undefined {
  const named = new Map<string, { description: string; protocols: string[] }>();
  for (const row of [...rows, ...ranges]) {
    if (row.kind !== 'assigned' || row.role !== 'primary' || !row.service) continue;
    const entry = named.get(row.service) ?? { description: row.description, protocols: [] };
    if (row.protocol && !entry.protocols.includes(row.protocol)) entry.protocols.push(row.protocol);
    named.set(row.service, entry);
  }
  const parts = [...named].slice(0, 3).map(([service, { description, protocols }]) => {
    const what = description && description.toLowerCase() !== service.toLowerCase() ? `${service}, ${description}` : service;
    return protocols.length ? `${what} (${protocols.join(', ')})` : what;
  });
  return parts.length ? parts.join('; ') : undefined;
}

/** The facts of every number with a page in one block. */
export function factsOfBlock(
  block: number,
  lang: Lang,
  hasPage: (port: number) => boolean,
  rowsAt: (port: number) => readonly RegistryRecord[],
  rangesAt: (port: number) => readonly RegistryRecord[],
  notesAt: (port: number) => readonly PortNote[] | undefined,
): PortFactsBlock {
  const out: PortFactsBlock = {};
  for (let port = block * BLOCK_SIZE; port < (block + 1) * BLOCK_SIZE && port <= 65535; port++) {
    if (!hasPage(port)) continue;
    const facts: PortFacts = {};
    const iana = ianaLine(rowsAt(port), rangesAt(port));
    if (iana) facts.i = iana;
    const note = notesAt(port)?.[0];
    if (note) {
      facts.n = note.name[lang];
      facts.s = plain(note.summary[lang]);
      const unofficial = note.uses.find((use) => !use.official);
      if (unofficial) facts.u = plain(unofficial.text[lang]);
    }
    out[port] = facts;
  }
  return out;
}
