import { describe, expect, it } from 'vitest';
import { BLOCK_SIZE, blockOf, blocksIn, blockSlug, isPort, PORT_MAX, portRanges, rangeOf, rangeSize } from '../../../src/lib/ranges';

describe('port ranges', () => {
  it('follows RFC 6335: 0–1023, 1024–49151, 49152–65535', () => {
    expect(portRanges.map((r) => [r.id, r.first, r.last])).toEqual([
      ['system', 0, 1023],
      ['user', 1024, 49151],
      ['dynamic', 49152, 65535],
    ]);
  });

  it('covers all 65,536 numbers without gaps or overlaps', () => {
    expect(portRanges.reduce((sum, r) => sum + rangeSize(r), 0)).toBe(65536);
    portRanges.slice(1).forEach((r, i) => expect(r.first).toBe(portRanges[i]!.last + 1));
  });

  it.each([
    [0, 'system'],
    [1023, 'system'],
    [1024, 'user'],
    [49151, 'user'],
    [49152, 'dynamic'],
    [65535, 'dynamic'],
  ])('puts %i in the %s range', (port, id) => {
    expect(rangeOf(port).id).toBe(id);
  });

  it('refuses numbers that are not ports', () => {
    for (const bad of [-1, 65536, 80.5, Number.NaN]) {
      expect(isPort(bad)).toBe(false);
      expect(() => rangeOf(bad)).toThrow(RangeError);
    }
  });

  it('splits every range into whole blocks', () => {
    expect(blockOf(443)).toEqual({ first: 256, last: 511 });
    expect(blockSlug(blockOf(65535))).toBe('65280-65535');
    expect(blocksIn()).toHaveLength((PORT_MAX + 1) / BLOCK_SIZE);
    for (const r of portRanges) {
      const blocks = blocksIn(r);
      expect(blocks[0]!.first).toBe(r.first);
      expect(blocks.at(-1)!.last).toBe(r.last);
      expect(blocks.every((b) => rangeOf(b.first) === rangeOf(b.last))).toBe(true);
    }
  });
});
