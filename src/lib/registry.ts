import type { RecordRole, RegistryRecord } from '../schemas/registry-record';
import { protocols, type Protocol } from './parse-port';
import { PORT_MAX, rangeSize } from './ranges';

/**
 * Status of a port number, from every IANA row that covers it, strongest first: a named row on the
 * number itself (assigned), a named range that contains it (range), a reservation (reserved),
 * otherwise unassigned.
 */
export const portStatuses = ['unassigned', 'assigned', 'range', 'reserved'] as const;
/** One of portStatuses. */
export type PortStatus = (typeof portStatuses)[number];
/** The code of each status in a status map: its index in portStatuses. */
export const statusCode: Readonly<Record<PortStatus, number>> = { unassigned: 0, assigned: 1, range: 2, reserved: 3 };

/** True for a row on a single number ("80"), false for a range row ("6000-6063") or a name without a port. */
export function isSingle(record: RegistryRecord): boolean {
  return record.ports !== null && record.ports.first === record.ports.last;
}

/**
 * The status of all 65,536 numbers as compact data: `map[port]` is a code of `statusCode`
 * (0 unassigned, 1 assigned, 2 part of a named range, 3 reserved). Pure; for maps and counts.
 */
export function statusMap(records: readonly RegistryRecord[]): Uint8Array {
  const map = new Uint8Array(PORT_MAX + 1);
  const fill = (code: number, wanted: (r: RegistryRecord) => boolean) => {
    for (const record of records) {
      if (record.ports && wanted(record)) map.fill(code, record.ports.first, record.ports.last + 1);
    }
  };
  // Weakest first, so a stronger status overwrites a weaker one.
  fill(statusCode.reserved, (r) => r.kind === 'reserved');
  fill(statusCode.range, (r) => r.kind === 'assigned' && !isSingle(r));
  fill(statusCode.assigned, (r) => r.kind === 'assigned' && isSingle(r));
  return map;
}

/** The status name of a code from a status map. */
export function statusName(code: number): PortStatus {
  return portStatuses[code] ?? 'unassigned';
}

/** Counts of numbers per status in a span, read from a status map. */
export function countStatuses(map: Uint8Array, span: { first: number; last: number }): Record<PortStatus, number> {
  const counts: Record<PortStatus, number> = { unassigned: 0, assigned: 0, range: 0, reserved: 0 };
  for (let port = span.first; port <= span.last; port++) counts[statusName(map[port] ?? 0)] += 1;
  return counts;
}

const roleOrder: readonly RecordRole[] = ['primary', 'alias', 'unassigned-use', 'unauthorized', 'conflict'];
const kindOrder: readonly RegistryRecord['kind'][] = ['assigned', 'reserved', 'unassigned'];

/** Display order of rows for one protocol: assignments before reservations, primary names before aliases and conflict records. */
export function compareRows(a: RegistryRecord, b: RegistryRecord): number {
  return kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role) || a.line - b.line;
}

/** Rows grouped by protocol (tcp, udp, sctp, dccp, then rows that name none), each group in display order. */
export function groupByProtocol(records: readonly RegistryRecord[]): [Protocol | null, RegistryRecord[]][] {
  return [...protocols, null]
    .map((p): [Protocol | null, RegistryRecord[]] => [p, records.filter((r) => r.protocol === p).sort(compareRows)])
    .filter(([, list]) => list.length > 0);
}

/** The registry indexed for pages: rows by number, ranges by number, statuses and counts. */
export interface RegistryIndex {
  /** Every row, in file order. */
  records: readonly RegistryRecord[];
  /** Status code of every number (see statusMap). */
  status: Uint8Array;
  /** Rows on exactly this number. */
  rowsAt(port: number): RegistryRecord[];
  /** Named or reserved range rows that contain this number (IANA's unassigned spans are left out). */
  rangesAt(port: number): RegistryRecord[];
  /** The status of a number. */
  statusOf(port: number): PortStatus;
  /** Numbers IANA says something about (a row on the number, or a named or reserved range), ascending. */
  numbers: number[];
  /** Numbers per status in a span. */
  counts(span: { first: number; last: number }): Record<PortStatus, number>;
}

/** Indexes the registry's rows once per build. */
export function indexRegistry(records: readonly RegistryRecord[]): RegistryIndex {
  const single = new Map<number, RegistryRecord[]>();
  const ranges = new Map<number, RegistryRecord[]>();
  const push = (map: Map<number, RegistryRecord[]>, port: number, record: RegistryRecord) => {
    const list = map.get(port);
    if (list) list.push(record);
    else map.set(port, [record]);
  };
  for (const record of records) {
    if (!record.ports) continue;
    if (isSingle(record)) push(single, record.ports.first, record);
    else if (record.kind !== 'unassigned') {
      for (let port = record.ports.first; port <= record.ports.last; port++) push(ranges, port, record);
    }
  }
  const status = statusMap(records);
  const numbers = [...new Set([...single.keys(), ...ranges.keys()])].sort((a, b) => a - b);
  const countCache = new Map<string, Record<PortStatus, number>>();
  return {
    records,
    status,
    rowsAt: (port) => single.get(port) ?? [],
    rangesAt: (port) => ranges.get(port) ?? [],
    statusOf: (port) => statusName(status[port] ?? 0),
    numbers,
    counts(span) {
      const key = `${span.first}-${span.last}`;
      let result = countCache.get(key);
      if (!result) countCache.set(key, (result = countStatuses(status, span)));
      return result;
    },
  };
}

/** A service name IANA lists with a port, for instant answers in search. */
export interface ServiceName {
  /** IANA's service name, as written ("https"). */
  name: string;
  /** The number, or the first number of the range the name is assigned to. */
  first: number;
  /** The last number of that range (same as first for one number). */
  last: number;
  /** Protocols the name has on these numbers; empty where IANA names none. */
  protocols: Protocol[];
  /** False for aliases, widespread-but-unassigned uses and uses IANA says had no assignment. */
  primary: boolean;
  /** The name's standing, as in RegistryRecord.role. */
  role: RecordRole;
  /** For an alias, the primary name it stands for. */
  aliasOf?: string;
}

/**
 * Every IANA service name that has a port, one entry per name and number (or range), protocols
 * merged, sorted by name then number. Names without a port (DNS-SD only) are left out.
 */
export function serviceNames(records: readonly RegistryRecord[]): ServiceName[] {
  const byKey = new Map<string, ServiceName>();
  for (const record of records) {
    if (!record.service || !record.ports) continue;
    const key = `${record.service}|${record.ports.first}|${record.ports.last}|${record.role}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = {
        name: record.service,
        first: record.ports.first,
        last: record.ports.last,
        protocols: [],
        primary: record.role === 'primary',
        role: record.role,
        ...(record.aliasOf ? { aliasOf: record.aliasOf } : {}),
      };
      byKey.set(key, entry);
    }
    if (record.protocol && !entry.protocols.includes(record.protocol)) entry.protocols.push(record.protocol);
  }
  return [...byKey.values()]
    .map((e) => ({ ...e, protocols: protocols.filter((p) => e.protocols.includes(p)) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.first - b.first));
}

/** Number of numbers a row covers (0 for a service name without a port). */
export function rowSize(record: RegistryRecord): number {
  return record.ports ? rangeSize(record.ports) : 0;
}

/** The numbers before and after `port` in a sorted list of numbers that have pages. */
export function adjacentPorts(sorted: readonly number[], port: number): { previous?: number; next?: number } {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < port) lo = mid + 1;
    else hi = mid;
  }
  const previous = sorted[lo - 1];
  const next = sorted[sorted[lo] === port ? lo + 1 : lo];
  return { ...(previous !== undefined ? { previous } : {}), ...(next !== undefined ? { next } : {}) };
}
