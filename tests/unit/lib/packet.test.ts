import { describe, expect, it } from 'vitest';
import { checksums, crc32, internetChecksum } from '../../../src/lib/packet';

describe('checksums', () => {
  it('computes the Internet checksum of RFC 1071’s worked example', () => {
    // RFC 1071 section 3: the words 0001 f203 f4f5 f6f7 sum to ddf2 (one's complement 220d).
    expect(internetChecksum([0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7])).toBe(0x220d);
  });

  it('computes the standard CRC-32 check value', () => {
    expect(crc32([...'123456789'].map((c) => c.charCodeAt(0)))).toBe(0xcbf43926);
  });

  it('changes every checksum when NAT rewrites the source address and port', () => {
    const before = {
      srcMac: '02:00:00:00:00:02',
      dstMac: '02:00:00:00:00:01',
      srcIp: '192.168.0.2',
      dstIp: '198.51.100.20',
      ttl: 64,
      srcPort: 51234,
      dstPort: 443,
      flags: 'SYN',
      seq: 1,
      ack: 0,
    };
    const after = { ...before, srcIp: '203.0.113.7', srcPort: 40001, ttl: 63 };
    const a = checksums(before);
    const b = checksums(after);
    expect(a.ip).toMatch(/^0x[0-9a-f]{4}$/);
    expect(b.ip).not.toBe(a.ip);
    expect(b.tcp).not.toBe(a.tcp);
    expect(b.fcs).not.toBe(a.fcs);
  });
});
