import { crc32 } from './packet';

/**
 * Encodes a palette image as PNG (colour type 3, 2 bits per pixel, so up to 4 colours). The
 * compressor is passed in (zlib's deflate at build time), which keeps this module free of Node.
 */
export function encodePalettePng(
  width: number,
  height: number,
  palette: readonly (readonly [number, number, number])[],
  pixels: ArrayLike<number>,
  deflate: (data: Uint8Array<ArrayBuffer>) => Uint8Array,
): Uint8Array<ArrayBuffer> {
  if (palette.length > 4) throw new RangeError('a 2-bit PNG has at most 4 colours');
  const stride = Math.ceil(width / 4);
  const raw = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1); // each row starts with filter type 0 (none)
    for (let x = 0; x < width; x++) {
      const value = (pixels[y * width + x] ?? 0) & 3;
      raw[row + 1 + (x >> 2)]! |= value << (6 - 2 * (x & 3));
    }
  }
  const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  const chunk = (type: string, data: ArrayLike<number>) => {
    const body = [...type].map((c) => c.charCodeAt(0)).concat(Array.from(data));
    return [...u32(data.length), ...body, ...u32(crc32(body))];
  };
  const bytes = [
    137,
    80,
    78,
    71,
    13,
    10,
    26,
    10,
    ...chunk('IHDR', [...u32(width), ...u32(height), 2, 3, 0, 0, 0]),
    ...chunk('PLTE', palette.flat()),
    ...chunk('IDAT', deflate(raw)),
    ...chunk('IEND', []),
  ];
  return Uint8Array.from(bytes);
}
