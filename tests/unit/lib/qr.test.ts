import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { qrPath, qrSvg } from '../../../src/lib/qr';

/** Draws the path's module squares into RGBA pixels, `scale` pixels per module. */
function rasterise(text: string, scale = 4) {
  const { size, d } = qrPath(text);
  const side = size * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [, x, y] of d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy += 1) {
      for (let dx = 0; dx < scale; dx += 1) {
        const i = ((Number(y) * scale + dy) * side + Number(x) * scale + dx) * 4;
        pixels.set([0, 0, 0, 255], i);
      }
    }
  }
  return { pixels, side };
}

describe('qrPath', () => {
  it.each([
    'https://port-atlas.example/en/lessons/port-ranges/#ephemeral-ports',
    'https://port-atlas.example/ko/ports/map/?port=443&overlay=web',
    'https://example.org/포트/',
  ])('draws a code that decodes back to %s', (url) => {
    const { pixels, side } = rasterise(url);
    expect(jsQR(pixels, side, side)?.data).toBe(url);
  });

  it('keeps a four-module quiet zone', () => {
    const { size, d } = qrPath('https://port-atlas.example/');
    const xs = [...d.matchAll(/M(\d+) (\d+)/g)].flatMap((m) => [Number(m[1]), Number(m[2])]);
    expect(Math.min(...xs)).toBe(4);
    expect(Math.max(...xs)).toBe(size - 5);
  });
});

describe('qrSvg', () => {
  it('is a standalone SVG with an escaped title and no inline styles', () => {
    const svg = qrSvg('https://port-atlas.example/', 'QR <code> & "link"');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('<title>QR &#60;code&#62; &#38; &#34;link&#34;</title>');
    expect(svg).not.toContain('style=');
  });
});
