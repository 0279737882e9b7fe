import { describe, expect, it } from 'vitest';
import { portHeadings, portPageData, statusSentences, titleNamesPort } from '../../../src/lib/port-page';
import { indexRegistry } from '../../../src/lib/registry';
import { readIanaRegistry } from '../../../src/loaders/registry';
import { lessonSlugs, readPortNotes } from '../../../src/loaders/port-notes';

const registry = indexRegistry(readIanaRegistry().records);
const notes = readPortNotes('content/ports', lessonSlugs('content/lessons'));
const notesAt = (port: number) => notes.filter((n) => n.data.port === port).map((n) => n.data);
const everyPage = () => true;
const page = (port: number) => portPageData(port, registry, notesAt(port), everyPage, 'en');

describe('port page data', () => {
  it('shows every row on a multi-row number, primary names first', () => {
    const p80 = page(80);
    expect(p80.status).toBe('assigned');
    expect(p80.byProtocol.map(([p, rows]) => [p, rows.map((r) => r.service)])).toEqual([
      ['tcp', ['http', 'www', 'www-http']],
      ['udp', ['http', 'www', 'www-http']],
      ['sctp', ['http']],
    ]);
    expect(page(3000).byProtocol[0]?.[1].map((r) => r.role)).toEqual(['primary', 'unassigned-use']);
  });

  it('says which range a range member belongs to', () => {
    const p6006 = page(6006);
    expect(p6006.status).toBe('range');
    expect(p6006.byProtocol).toEqual([]);
    expect(p6006.ranges.map((r) => [r.service, r.first, r.last, r.protocols])).toEqual([['x11', 6000, 6063, ['tcp', 'udp']]]);
    expect(p6006.ranges[0]?.rows[0]?.assignee).toEqual(['Stephen_Gildea']);
    const p6667 = page(6667);
    expect(p6667.ranges.map((r) => [r.service || r.description, r.kind, r.protocols])).toEqual([
      ['ircu', 'assigned', ['tcp']],
      ['Reserved', 'reserved', ['udp']],
    ]);
  });

  it('gives a reserved number its row and no protocol', () => {
    const p49151 = page(49151);
    expect(p49151.status).toBe('reserved');
    expect(p49151.byProtocol.map(([p, rows]) => [p, rows[0]?.description])).toEqual([[null, 'Reserved']]);
    expect(p49151.ephemeral).toEqual([]);
  });

  it('hints at temporary client ports only for unassigned numbers in an ephemeral range', () => {
    expect(registry.statusOf(41000)).toBe('unassigned');
    expect(portPageData(41000, registry, [], everyPage, 'en').ephemeral).toEqual(['linux']);
    expect(portPageData(50000, registry, [], everyPage, 'en').ephemeral).toEqual(['linux', 'windows', 'macos']);
    expect(portPageData(5000, registry, [], everyPage, 'en').ephemeral).toEqual([]);
    expect(registry.statusOf(33434)).toBe('assigned');
    expect(portPageData(33434, registry, [], everyPage, 'en').ephemeral).toEqual([]);
  });

  it('lists related ports that have pages, with their role and IANA name', () => {
    expect(page(443).related.map((r) => r.port)).toEqual([80, 8080, 8443]);
    expect(portPageData(443, registry, [], (p) => p !== 8080, 'en').related.map((r) => r.port)).toEqual([80, 8443]);
    expect(page(22).related).toEqual([{ port: 2222, role: 'sshAlt', iana: 'EtherNet-IP-1' }]);
    expect(page(3389).related).toEqual([]);
  });

  it('makes no temporary-port claim where a note documents a listening service', () => {
    expect(registry.statusOf(51820)).toBe('unassigned');
    expect(notesAt(51820)).not.toEqual([]);
    expect(page(51820).ephemeral).toEqual([]);
    expect(portPageData(51820, registry, [], everyPage, 'en').ephemeral).toEqual(['linux', 'windows', 'macos']);
  });

  it('knows when IANA has no row for the number at all', () => {
    expect(page(51820).notInRegistry).toBe(true);
    expect(page(51820).byProtocol).toEqual([]);
    expect(page(80).notInRegistry).toBe(false);
    expect(page(6006).notInRegistry).toBe(false);
    expect(page(49151).notInRegistry).toBe(false);
  });

  it('puts a conflict record after the real assignment, and names only the assignment', () => {
    const p2049 = page(2049);
    expect(p2049.byProtocol.map(([p, rows]) => [p, rows.map((r) => `${r.service}:${r.role}`)])).toEqual([
      ['tcp', ['nfs:primary', 'shilp:conflict']],
      ['udp', ['nfs:primary', 'shilp:conflict']],
      ['sctp', ['nfs:primary']],
    ]);
    expect(statusSentences(p2049)[0]?.vars.names).toBe('nfs');
    const shilp = p2049.byProtocol[0]?.[1][1];
    expect(shilp && p2049.rowNotes.get(shilp)).toEqual([{ key: 'conflict', vars: { port: '2049' } }]);
  });

  it('shows each distinct IANA note once per page', () => {
    const p80 = page(80);
    const rows = p80.byProtocol.flatMap(([, list]) => list);
    const raw = rows.flatMap((r) => p80.rowNotes.get(r) ?? []).filter((part) => 'raw' in part);
    expect(raw).toHaveLength(1);
    expect(raw[0] && 'raw' in raw[0] && raw[0].raw.length).toBeGreaterThan(1000);
    const txt = rows.flatMap((r) => p80.rowNotes.get(r) ?? []).filter((part) => 'key' in part && part.key === 'txtKeys');
    expect(txt).toHaveLength(1);
    // A row's standing is still said once for each name: www and www-http are duplicates of http.
    const duplicates = rows.flatMap((r) => (p80.rowNotes.get(r) ?? []).map((part) => ('key' in part ? `${r.service}:${part.key}` : '')));
    expect(duplicates.filter((d) => d.endsWith(':duplicate'))).toEqual(['www:duplicate', 'www-http:duplicate']);
  });

  it('keeps TCP and UDP apart when IANA gives them different services', () => {
    expect(page(2019).tcpAndUdpDiffer).toBe(true);
    expect(page(443).tcpAndUdpDiffer).toBe(false);
    expect(page(465).tcpAndUdpDiffer).toBe(true);
  });
});

describe('port page headings', () => {
  it('leaves out a subtitle that only repeats the heading', () => {
    expect(portHeadings('41번 포트', 41, ['Graphics'], '41번 포트, Graphics').subtitle).toBeUndefined();
    expect(portHeadings('Port 118', 118, ['SQL Services'], 'Port 118, SQL Services').subtitle).toBeUndefined();
    expect(portHeadings('Port 443', 443, ['HTTPS'], 'HTTPS').subtitle).toBeUndefined();
    expect(portHeadings('41번 포트', 41, ['그래픽스'], '그래픽스(초기 ARPANET 목록에서 이어진 할당)').subtitle).toBe(
      '그래픽스(초기 ARPANET 목록에서 이어진 할당)',
    );
    expect(portHeadings('Port 0', 0, [], 'Port 0, reserved').subtitle).toBe('Port 0, reserved');
    expect(portHeadings('Port 7', 7, ['Echo'], 'Echo protocol').subtitle).toBe('Echo protocol');
  });

  it('keeps the document title short enough to read whole in a tab, falling back to the heading', () => {
    const long = 'SCP Configuration (Ubiquiti discovery and Lantronix serial tunnels in practice)';
    expect(portHeadings('Port 10001', 10001, ['scp-config'], long, 57)).toEqual({
      h1: 'Port 10001: scp-config',
      title: 'Port 10001: scp-config',
      subtitle: long,
    });
    expect(portHeadings('Port 443', 443, ['HTTPS'], 'HTTPS, the secure web', 57).title).toBe('Port 443: HTTPS, the secure web');
    expect(portHeadings('Port 1', 1, ['x'.repeat(80)], undefined, 57).title).toBe('Port 1');
  });

  it('never says the number twice', () => {
    expect(portHeadings('Port 0', 0, [], 'Port 0, reserved')).toMatchObject({ h1: 'Port 0', title: 'Port 0, reserved' });
    expect(portHeadings('Port 443', 443, ['HTTPS'], 'HTTPS, the secure web')).toEqual({
      h1: 'Port 443: HTTPS',
      title: 'Port 443: HTTPS, the secure web',
      subtitle: 'HTTPS, the secure web',
    });
    expect(portHeadings('4444번 포트', 4444, ['Metasploit'], '4444번: 옛 영상 도구')).toMatchObject({ title: '4444번: 옛 영상 도구' });
    expect(portHeadings('Port 80', 80, ['http'])).toEqual({ h1: 'Port 80: http', title: 'Port 80: http' });
  });

  it('names the number in the page language', () => {
    expect(portPageData(8080, registry, notesAt(8080), everyPage, 'en').names).toEqual(['HTTP alternate']);
    expect(portPageData(8080, registry, notesAt(8080), everyPage, 'ko').names).toEqual(['HTTP 대체 포트']);
    expect(portPageData(22, registry, notesAt(22), everyPage, 'ko').names).toEqual(['SSH']);
  });

  it('drops a note name that is only "Port N"', () => {
    const [zero] = notesAt(0);
    expect(zero).toBeDefined();
    if (zero) expect(portPageData(0, registry, [{ ...zero, name: { en: 'Port 0', ko: 'Port 0' } }], everyPage, 'en').names).toEqual([]);
    expect(titleNamesPort('Port 10000 stuff', 1000)).toBe(false);
    expect(titleNamesPort('8081: the next HTTP port after 8080', 8080)).toBe(true);
  });
});

describe('status sentences', () => {
  const keys = (port: number) => statusSentences(page(port)).map((s) => s.key);
  it('say what IANA makes of each kind of number', () => {
    expect(statusSentences(page(80))).toEqual([
      expect.objectContaining({ key: 'statusAssigned', vars: expect.objectContaining({ names: 'http' }) }),
    ]);
    expect(statusSentences(page(6006))).toEqual([
      expect.objectContaining({
        key: 'statusRange',
        vars: expect.objectContaining({ service: 'x11', first: 6000, last: 6063, assignee: ['Stephen_Gildea'] }),
      }),
    ]);
    expect(keys(6667)).toEqual(['statusRange', 'statusReservedRange']);
    expect(keys(49151)).toEqual(['statusReserved']);
    expect(keys(230)).toEqual(['statusReservedRange']);
    expect(keys(1008)).toEqual(['statusUnassigned']);
  });
});
