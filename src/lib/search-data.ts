import { encodeNumbers, normalizeName } from './search-shortcuts';

/** What a port note contributes to instant answers. */
export interface NamedNote {
  /** Short name shown to readers ("SSH"). */
  name: string;
  /** Protocols the note is about: IANA names on other protocols of the number are not its aliases. */
  protocols: readonly string[];
}

/** What an IANA record contributes to instant answers. */
export interface NamedRecord {
  /** Null where IANA names no protocol. */
  protocol: string | null;
  service: string;
}

/** One instant-answer name: [normalised name, port, name shown]. */
export type NameEntry = [string, number, string];

/**
 * Names of the noted ports: each note's short name, and the IANA service names on its number and
 * protocols, all shown as the note's name. "syslog" finds the UDP 514 note (Syslog), not the TCP
 * one (rsh), because syslog is IANA's name on UDP only.
 */
export function noteNames(notes: ReadonlyMap<number, readonly NamedNote[]>, rowsAt: (port: number) => readonly NamedRecord[]): NameEntry[] {
  const entries: NameEntry[] = [];
  for (const [port, list] of notes) {
    for (const note of list) {
      const services = rowsAt(port)
        .filter((r) => r.service && r.protocol !== null && note.protocols.includes(r.protocol))
        .map((r) => r.service);
      const names = new Set([note.name, ...services].map(normalizeName).filter(Boolean));
      for (const name of names) entries.push([name, port, note.name]);
    }
  }
  return entries;
}

/** The UI strings the search dialog and the 404 page's port help need, from one language's dictionary. */
export function searchStrings(dictionary: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(dictionary).filter(([key]) => key.startsWith('search.') || (key.startsWith('range.') && !key.endsWith('.about'))),
  );
}

/** What /{lang}/search.json holds: UI strings, the numbers with a page, and the noted names. */
export interface SearchData {
  strings: Record<string, string>;
  /** encodeNumbers() of every number with a page. */
  pages: string;
  names: NameEntry[];
}

/** Puts search.json together. */
export function searchData(dictionary: Readonly<Record<string, string>>, pageNumbers: readonly number[], names: NameEntry[]): SearchData {
  return { strings: searchStrings(dictionary), pages: encodeNumbers(pageNumbers), names };
}
