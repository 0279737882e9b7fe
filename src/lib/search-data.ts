import type { PortNote } from '../schemas/port-note';
import type { Lang } from './locales';
import { encodeNumbers, normalizeName } from './search-shortcuts';

/** What a port note contributes to instant answers. */
export interface NamedNote {
  /** Short name shown to readers ("SSH"). */
  name: string;
  /** Other names that find it (the note's name in another language). */
  aliases?: readonly string[];
  /** Product and service names people type for it ("zabbix", "mariadb"): each answers with the note's name. */
  keywords?: readonly string[];
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
 * protocols. "syslog" finds the UDP 514 note (Syslog), not the TCP one (rsh), because syslog is
 * IANA's name on UDP only. A label names both when they differ: "rip" answers "RIP (router)",
 * "krb524" answers "krb524 (Metasploit / Selenium default)".
 */
export function noteNames(notes: ReadonlyMap<number, readonly NamedNote[]>, rowsAt: (port: number) => readonly NamedRecord[]): NameEntry[] {
  const entries: NameEntry[] = [];
  for (const [port, list] of notes) {
    for (const note of list) {
      const services = [
        ...new Set(
          rowsAt(port)
            .filter((r) => r.service && r.protocol !== null && note.protocols.includes(r.protocol))
            .map((r) => r.service),
        ),
      ];
      const words = note.name.toLowerCase().split(/[^a-z0-9]+/);
      const named = (service: string) => words.includes(service.toLowerCase()) || normalizeName(service) === normalizeName(note.name);
      const primary = services[0];
      const seen = new Set<string>();
      const add = (name: string, label: string) => {
        const normal = normalizeName(name);
        if (!normal || seen.has(normal)) return;
        seen.add(normal);
        entries.push([normal, port, label]);
      };
      add(note.name, primary && !named(primary) ? `${note.name} (${primary})` : note.name);
      for (const alias of note.aliases ?? []) add(alias, note.name);
      for (const service of services) add(service, named(service) ? note.name : `${service} (${note.name})`);
      for (const keyword of note.keywords ?? []) add(keyword, note.name);
    }
  }
  return entries;
}

/** The notes as instant-answer sources in one language: its name there, the other languages' names, the keywords. */
export function namedNotes(notes: ReadonlyMap<number, readonly PortNote[]>, lang: Lang): Map<number, NamedNote[]> {
  return new Map(
    [...notes].map(([port, list]) => [
      port,
      list.map((note) => ({
        name: note.name[lang],
        aliases: [...new Set(Object.values(note.name))].filter((name) => name !== note.name[lang]),
        keywords: note.keywords,
        protocols: note.protocols,
      })),
    ]),
  );
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

/** What an IANA service name contributes to instant answers (see serviceNames in registry.ts). */
export interface IanaName {
  name: string;
  first: number;
  last: number;
  /** False for aliases and uses IANA does not assign: a primary name wins the same spelling. */
  primary: boolean;
}

/**
 * The piece of the IANA name list a query needs: names are split by the first letter or digit of
 * their normalised spelling, so a name query downloads one small file, never all ~6,300 names.
 * Undefined when the query cannot be a service name.
 */
export function nameShardKey(query: string): string | undefined {
  const first = normalizeName(query)[0];
  return first !== undefined && /^[a-z0-9]$/.test(first) ? first : undefined;
}

/** Every IANA service name with a port, as instant-answer entries grouped by nameShardKey. */
export function ianaNameShards(names: readonly IanaName[]): Map<string, NameEntry[]> {
  const shards = new Map<string, NameEntry[]>();
  const ordered = [...names].sort((a, b) => Number(b.primary) - Number(a.primary) || a.first - b.first);
  const seen = new Set<string>();
  for (const { name, first, last } of ordered) {
    const key = nameShardKey(name);
    const normal = normalizeName(name);
    if (!key || seen.has(`${normal}|${first}`)) continue;
    seen.add(`${normal}|${first}`);
    const label = first === last ? name : `${name}, ${first}–${last}`;
    shards.set(key, [...(shards.get(key) ?? []), [normal, first, label]]);
  }
  return shards;
}
