import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en';
import { fill } from '../../../src/lib/interactive-state';
import {
  blockData,
  cellOf,
  describePort,
  keptFrom,
  mapFromQuery,
  mapQuery,
  moveBy,
  overlays,
  portAt,
  spanRects,
  statusCodesOf,
  statusColours,
} from '../../../src/lib/port-map';

const words = (m: { key: keyof typeof en; vars?: Record<string, string | number> }) => fill(en[m.key], m.vars);

describe('geometry', () => {
  it('puts each block of 256 on its own row', () => {
    expect(cellOf(0)).toEqual({ row: 0, column: 0 });
    expect(cellOf(443)).toEqual({ row: 1, column: 187 });
    expect(cellOf(65535)).toEqual({ row: 255, column: 255 });
  });

  it('finds the port under a point and clamps at the edges', () => {
    expect(portAt(0, 0)).toBe(0);
    expect(portAt(187.5 / 256, 1.5 / 256)).toBe(443);
    expect(portAt(1, 1)).toBe(65535);
    expect(portAt(-0.2, 2)).toBe(65280);
  });
});

describe('zoomed view', () => {
  it('keeps the rows around the selected one, whole at both ends of the block', () => {
    expect(keptFrom(100, 256, 24)).toBe(88);
    expect(keptFrom(0, 256, 24)).toBe(0);
    expect(keptFrom(5, 256, 24)).toBe(0);
    expect(keptFrom(255, 256, 24)).toBe(232);
    expect(keptFrom(250, 256, 24)).toBe(232);
    expect(keptFrom(3, 10, 24)).toBe(0);
    for (let i = 0; i < 256; i++) {
      const from = keptFrom(i, 256, 24);
      expect(i >= from && i < from + 24).toBe(true);
    }
  });
});

describe('overlay rectangles', () => {
  it('covers a span with at most three rectangles of cells, whole rows in one', () => {
    expect(spanRects({ first: 0, last: 1023 })).toEqual([{ x: 0, y: 0, width: 256, height: 4 }]);
    expect(spanRects({ first: 300, last: 310 })).toEqual([{ x: 44, y: 1, width: 11, height: 1 }]);
    expect(spanRects({ first: 32768, last: 60999 })).toEqual([
      { x: 0, y: 238, width: 72, height: 1 },
      { x: 0, y: 128, width: 256, height: 110 },
    ]);
    expect(spanRects({ first: 250, last: 1030 })).toEqual([
      { x: 250, y: 0, width: 6, height: 1 },
      { x: 0, y: 4, width: 7, height: 1 },
      { x: 0, y: 1, width: 256, height: 3 },
    ]);
  });

  it('covers every cell of the span and no other', () => {
    const span = { first: 1000, last: 3000 };
    const covered = new Set<number>();
    for (const r of spanRects(span))
      for (let y = r.y; y < r.y + r.height; y++) for (let x = r.x; x < r.x + r.width; x++) covered.add(y * 256 + x);
    expect(covered.size).toBe(2001);
    expect(Math.min(...covered)).toBe(1000);
    expect(Math.max(...covered)).toBe(3000);
  });
});

describe('status picture', () => {
  it('reads each pixel back as the code of its nearest status colour', () => {
    const near = ([r, g, b]: [number, number, number]) => [r + 2, g - 3, b + 1, 255];
    const rgba = [
      ...statusColours.unassigned,
      255,
      ...statusColours.assigned,
      255,
      ...near(statusColours.range),
      ...near(statusColours.reserved),
    ];
    expect([...statusCodesOf(rgba)]).toEqual([0, 1, 2, 3]);
  });
});

describe('keys', () => {
  it('moves by one, by a row of 256 and to the ends, never past 0 or 65535', () => {
    expect(moveBy(443, 'ArrowRight')).toBe(444);
    expect(moveBy(443, 'ArrowLeft')).toBe(442);
    expect(moveBy(443, 'PageDown')).toBe(699);
    expect(moveBy(443, 'ArrowUp')).toBe(187);
    expect(moveBy(100, 'PageUp')).toBe(0);
    expect(moveBy(65535, 'ArrowRight')).toBe(65535);
    expect(moveBy(443, 'Home')).toBe(0);
    expect(moveBy(443, 'End')).toBe(65535);
    expect(moveBy(443, 'a')).toBeUndefined();
  });
});

describe('words', () => {
  it('describes a port with its status, range and IANA names', () => {
    expect(describePort(443, 'assigned', ['https']).map(words).join(', ')).toBe(
      'Port 443, assigned, in the System Ports (0–1023), IANA names: https',
    );
    expect(describePort(50000, 'unassigned', []).map(words).join(', ')).toBe('Port 50000, unassigned, in the Dynamic Ports (49152–65535)');
  });

  it('leaves the status out until it is known (the first frame, before the picture is read)', () => {
    expect(describePort(8080, undefined, []).map(words).join(', ')).toBe('Port 8080, in the User Ports (1024–49151)');
  });
});

describe('overlays', () => {
  it('span the RFC 6335 ranges, the privileged ports and the default ephemeral ranges', () => {
    expect(overlays.ranges.map((r) => [r.first, r.last])).toEqual([
      [0, 1023],
      [1024, 49151],
      [49152, 65535],
    ]);
    expect(overlays.privileged).toEqual([{ first: 0, last: 1023 }]);
    expect(overlays.linux).toEqual([{ first: 32768, last: 60999 }]);
    expect(overlays.windows).toEqual([{ first: 49152, last: 65535 }]);
  });
});

describe('block data', () => {
  it('lists names of assigned and reserved rows, once each, and numbers with pages', () => {
    const rows: Record<number, { service: string; kind: string }[]> = {
      80: [
        { service: 'http', kind: 'assigned' },
        { service: 'http', kind: 'assigned' },
        { service: 'www', kind: 'assigned' },
      ],
      81: [{ service: '', kind: 'unassigned' }],
    };
    expect(
      blockData(
        { first: 0, last: 255 },
        (p) => rows[p] ?? [],
        (p) => p === 80 || p === 4,
      ),
    ).toEqual({ names: { 80: ['http', 'www'] }, pages: [4, 80] });
  });
});

describe('state in the address', () => {
  it('restores a port and an overlay, and writes back only what differs from the default', () => {
    expect(mapFromQuery('?port=443&overlay=linux')).toEqual({ state: { port: 443, overlay: 'linux' }, notes: [] });
    expect(mapQuery({ port: 443, overlay: 'linux' })).toEqual({ port: '443', overlay: 'linux' });
    expect(mapQuery({ port: 80 })).toEqual({ port: undefined, overlay: undefined });
  });

  it.each([
    ['?port=70000', 'port'],
    ['?port=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'port'],
    ['?port=-3', 'port'],
    [`?port=${'4'.repeat(10_000)}`, 'port'],
    ['?overlay=%3Cimg%3E', 'overlay'],
    ['?overlay=constructor', 'overlay'],
  ])('falls back to the default for %s with a note', (search, name) => {
    const { state, notes } = mapFromQuery(search);
    expect(state).toEqual({ port: 80 });
    expect(notes).toHaveLength(1);
    expect(notes[0]!.vars?.name).toBe(name);
    expect(String(notes[0]!.vars?.value).length).toBeLessThanOrEqual(25);
  });
});
