import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePalettePng } from '../../../src/lib/png';

const palette = [
  [255, 255, 255],
  [0, 0, 255],
  [0, 255, 0],
  [255, 0, 0],
] as const;

describe('encodePalettePng', () => {
  it('writes a PNG whose pixels read back as the palette indices', () => {
    const pixels = [0, 1, 2, 3, 3, 2, 1, 0, 1, 1];
    const png = encodePalettePng(5, 2, palette, pixels, (d) => deflateSync(d));
    expect([...png.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const view = new DataView(png.buffer);
    expect(view.getUint32(16)).toBe(5);
    expect(view.getUint32(20)).toBe(2);
    const text = new TextDecoder('latin1').decode(png);
    const idat = text.indexOf('IDAT');
    const length = view.getUint32(idat - 4);
    const raw = inflateSync(png.slice(idat + 4, idat + 4 + length));
    const read = (x: number, y: number) => (raw[y * 3 + 1 + (x >> 2)]! >> (6 - 2 * (x & 3))) & 3;
    const back = [];
    for (let y = 0; y < 2; y++) for (let x = 0; x < 5; x++) back.push(read(x, y));
    expect(back).toEqual(pixels);
  });

  it('refuses more than four colours', () => {
    expect(() => encodePalettePng(1, 1, [...palette, [1, 2, 3]], [0], (d) => d)).toThrow(RangeError);
  });
});
