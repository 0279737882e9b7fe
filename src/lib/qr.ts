import qrcode from 'qrcode-generator';

/** A QR code as an SVG path over a square of `size` modules (quiet zone included). */
export interface QrPath {
  size: number;
  /** One "h1v1h-1z" square per dark module, offset by the quiet zone. */
  d: string;
}

/** Four modules of light margin around the symbol, as ISO/IEC 18004 asks. */
const QUIET = 4;

/**
 * Encodes `text` (UTF-8, error correction M, smallest version that fits) with qrcode-generator and
 * returns it as one SVG path: the same code draws the printed QR at build time and the Share
 * dialog's QR in the browser.
 */
export function qrPath(text: string): QrPath {
  const qr = qrcode(0, 'M');
  // qrcode-generator keeps the low byte of each char code, so hand it the UTF-8 bytes as chars.
  qr.addData(String.fromCharCode(...new TextEncoder().encode(text)), 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  let d = '';
  for (let row = 0; row < count; row += 1) {
    for (let col = 0; col < count; col += 1) {
      if (qr.isDark(row, col)) d += `M${col + QUIET} ${row + QUIET}h1v1h-1z`;
    }
  }
  return { size: count + QUIET * 2, d };
}

/** A complete, standalone SVG document of the QR code for `text` (black on white). */
export function qrSvg(text: string, title: string): string {
  const { size, d } = qrPath(text);
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><title>${esc(title)}</title><rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
}
