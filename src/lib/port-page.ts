import type { PortNote } from '../schemas/port-note';
import type { RegistryRecord } from '../schemas/registry-record';
import { ephemeralSystems, type EphemeralOs } from './ephemeral';
import type { Lang } from './locales';
import { protocols, type Protocol } from './parse-port';
import { pageNoteParts, type NotePart } from './iana-notes';
import { groupByProtocol, type PortStatus, type RegistryIndex } from './registry';
import { relatedPorts, type RelatedPort } from './related-ports';

/** One range assignment that contains a number ("x11, 6000–6063, TCP and UDP"). */
export interface RangeMembership {
  service: string;
  description: string;
  first: number;
  last: number;
  protocols: (Protocol | null)[];
  kind: RegistryRecord['kind'];
  /** The range's rows, for assignee, dates and references. */
  rows: RegistryRecord[];
}

/** Everything a port page shows, computed from the registry and the notes; the page only renders it. */
export interface PortPageData {
  port: number;
  status: PortStatus;
  /** IANA rows on exactly this number, by protocol, primary names first. */
  byProtocol: [Protocol | null, RegistryRecord[]][];
  /** Named or reserved ranges that contain the number. */
  ranges: RangeMembership[];
  /** Short names for the heading: the notes' names, else IANA's primary service names. */
  names: string[];
  notes: PortNote[];
  /** The notes' uses, official ones first. */
  uses: { kind: 'official' | 'unofficial'; list: PortNote['uses'] }[];
  /** True when IANA gives TCP and UDP different services on this number. */
  tcpAndUdpDiffer: boolean;
  /** Protocols to show "check it on your machine" commands for. */
  protocols: Protocol[];
  /** Related numbers that have pages, with their role in the group and IANA's primary name there. */
  related: (RelatedPort & { iana?: string })[];
  /**
   * Systems that pick temporary client ports from a default range holding the number: only for an
   * unassigned number that no note documents (a note means someone listens there, as WireGuard on 51820).
   */
  ephemeral: EphemeralOs[];
  /** True when IANA has no row on the number and no range holding it: the registry section says so. */
  notInRegistry: boolean;
  /** IANA's notes each row shows: every distinct note once per page (see pageNoteParts). */
  rowNotes: Map<RegistryRecord, NotePart[]>;
}

/** The range rows containing a number, one entry per range and service, protocols merged. */
function memberships(rows: readonly RegistryRecord[]): RangeMembership[] {
  const byKey = new Map<string, RangeMembership>();
  for (const row of rows) {
    if (!row.ports) continue;
    const key = `${row.service}|${row.ports.first}|${row.ports.last}|${row.kind}`;
    const entry = byKey.get(key);
    if (entry) {
      entry.protocols.push(row.protocol);
      entry.rows.push(row);
    } else {
      byKey.set(key, {
        service: row.service,
        description: row.description,
        first: row.ports.first,
        last: row.ports.last,
        protocols: [row.protocol],
        kind: row.kind,
        rows: [row],
      });
    }
  }
  // Assignments before reservations.
  return [...byKey.values()].sort((a, b) => Number(a.kind !== 'assigned') - Number(b.kind !== 'assigned'));
}

/** Computes a port page's content. `hasPage` says which numbers have pages (for related links). */
export function portPageData(
  port: number,
  registry: RegistryIndex,
  notes: readonly PortNote[],
  hasPage: (port: number) => boolean,
  lang: Lang,
): PortPageData {
  const rows = registry.rowsAt(port);
  const ranges = memberships(registry.rangesAt(port));
  const status = registry.statusOf(port);
  const primary = rows.filter((r) => r.kind === 'assigned' && r.role === 'primary').map((r) => r.service);
  const rangeNames = ranges.filter((r) => r.kind === 'assigned').map((r) => r.service);
  const isPortLabel = (name: string) => new RegExp(`^port\\s*${port}$`, 'i').test(name.trim());
  const names = notes.length
    ? notes.map((n) => n.name[lang]).filter((name) => !isPortLabel(name))
    : [...new Set([...primary, ...rangeNames])].slice(0, 3);
  const official = notes.flatMap((n) => n.uses).filter((u) => u.official);
  const unofficial = notes.flatMap((n) => n.uses).filter((u) => !u.official);
  const serviceOf = (p: Protocol) =>
    rows
      .filter((r) => r.protocol === p && r.kind === 'assigned')
      .map((r) => r.service)
      .sort()
      .join();
  const hasTcp = rows.some((r) => r.protocol === 'tcp');
  const hasUdp = rows.some((r) => r.protocol === 'udp');
  const seen = new Set<Protocol>([
    ...rows.flatMap((r) => (r.protocol ? [r.protocol] : [])),
    ...ranges.flatMap((r) => r.protocols.flatMap((p) => (p ? [p] : []))),
    ...notes.flatMap((n) => n.protocols),
  ]);
  if (seen.size === 0) seen.add('tcp').add('udp');
  const byProtocol = groupByProtocol(rows);
  const shownRows = [...byProtocol.flatMap(([, list]) => list), ...ranges.flatMap((m) => m.rows)];
  const rowNotes = pageNoteParts(shownRows);
  const ianaName = (p: number) => registry.rowsAt(p).find((r) => r.kind === 'assigned' && r.role === 'primary')?.service;
  return {
    port,
    status,
    byProtocol,
    ranges,
    names,
    notes: [...notes],
    uses: [
      { kind: 'official' as const, list: official },
      { kind: 'unofficial' as const, list: unofficial },
    ].filter((g) => g.list.length > 0),
    tcpAndUdpDiffer: hasTcp && hasUdp && serviceOf('tcp') !== serviceOf('udp'),
    protocols: protocols.filter((p) => seen.has(p)),
    related: relatedPorts(port)
      .filter((r) => hasPage(r.port))
      .map((r) => {
        const iana = ianaName(r.port);
        return iana ? { ...r, iana } : r;
      }),
    ephemeral: status === 'unassigned' && notes.length === 0 ? ephemeralSystems(port) : [],
    notInRegistry: rows.length === 0 && ranges.length === 0,
    rowNotes: new Map(shownRows.map((row, i) => [row, rowNotes[i] ?? []])),
  };
}

/** True when a title already says which port it is about ("Port 0, reserved", "4444: …", "0번 포트"). */
export function titleNamesPort(title: string, port: number): boolean {
  return new RegExp(`(^|[^0-9])${port}([^0-9]|$)`).test(title);
}

/** Letters and digits only, lowercase: "41번 포트, Graphics" → "41번포트graphics". */
const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The page's <title> and <h1>, without saying the number twice: "Port 443: HTTPS" (h1) and
 * "Port 443: HTTPS, the secure web" (title); a note title that names the port stands alone.
 * The subtitle under the h1 is the note title, left out where it only repeats the h1
 * ("41번 포트, Graphics" under "41번 포트: Graphics").
 */
export function portHeadings(
  portLabel: string,
  port: number,
  names: readonly string[],
  noteTitle?: string,
  maxTitle = Number.POSITIVE_INFINITY,
): { h1: string; title: string; subtitle?: string } {
  const h1 = names.length ? `${portLabel}: ${names.join(', ')}` : portLabel;
  // A document title is cut off in tabs and search results past about 70 characters: a long note
  // title stays the subtitle, and the document title falls back to the heading, then to the number.
  // Counted as written in the page, where ' & < > " take five characters each (&#39;).
  const written = (t: string) => t.length + 4 * (t.match(/['"&<>]/g)?.length ?? 0);
  const fit = (...titles: string[]) => titles.find((t) => written(t) <= maxTitle) ?? portLabel;
  if (!noteTitle) return { h1, title: fit(h1) };
  const title = fit(titleNamesPort(noteTitle, port) ? noteTitle : `${portLabel}: ${noteTitle}`, h1);
  const rest = squash(noteTitle.split(portLabel).join(' '));
  return rest && !squash(h1).includes(rest) ? { h1, title, subtitle: noteTitle } : { h1, title };
}

/** A sentence saying what IANA makes of the number; `key` names a UI string "port.<key>". */
export interface StatusSentence {
  key: 'statusAssigned' | 'statusRange' | 'statusRangeNoAssignee' | 'statusReservedRange' | 'statusReserved' | 'statusUnassigned';
  vars: {
    n: number;
    /** Service names, comma-separated. */
    names: string;
    service: string;
    first: number;
    last: number;
    protocols: (Protocol | null)[];
    /** IANA person ids. */
    assignee: string[];
  };
}

/** The status sentences of a port page: its assignment, each range it is part of, or its reservation. */
export function statusSentences(page: PortPageData): StatusSentence[] {
  const base = { n: page.port, names: '', service: '', first: page.port, last: page.port, protocols: [], assignee: [] };
  const rows = page.byProtocol.flatMap(([, list]) => list);
  const unique = (items: string[]) => [...new Set(items)];
  const sentences: StatusSentence[] = [];
  if (page.status === 'assigned') {
    const primary = unique(rows.filter((r) => r.kind === 'assigned' && r.role === 'primary').map((r) => r.service));
    const names = primary.length ? primary : unique(rows.filter((r) => r.service).map((r) => r.service));
    sentences.push({ key: 'statusAssigned', vars: { ...base, names: names.join(', ') } });
  }
  for (const m of page.ranges) {
    const vars = { ...base, service: m.service, first: m.first, last: m.last, protocols: m.protocols };
    if (m.kind !== 'assigned') sentences.push({ key: 'statusReservedRange', vars });
    else {
      const assignee = unique(m.rows.flatMap((r) => r.assignee));
      sentences.push({ key: assignee.length ? 'statusRange' : 'statusRangeNoAssignee', vars: { ...vars, assignee } });
    }
  }
  if (page.status === 'reserved' && page.ranges.length === 0) sentences.push({ key: 'statusReserved', vars: base });
  if (page.status === 'unassigned') sentences.push({ key: 'statusUnassigned', vars: base });
  return sentences;
}
