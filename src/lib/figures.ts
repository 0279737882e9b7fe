/** The smallest text a figure may show, in CSS pixels. */
export const MIN_TEXT_PX = 12;

/** The column a narrow figure variant must fit with its text at MIN_TEXT_PX: a 320 px phone's (18rem). */
export const NARROW_COLUMN_PX = 288;

/** An SVG figure's drawing size (its viewBox) and its smallest font size. */
export interface FigureBox {
  width: number;
  height: number;
  smallestText: number;
}

/**
 * Reads a figure's viewBox (on its root <svg>, not on a marker inside) and the smallest font size
 * written in it (SVG text defaults to 16). `file` names the figure in the error when the root has no
 * viewBox, so a page cannot reserve its space.
 */
export function figureBox(svg: string, file: string): FigureBox {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const box = /\sviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(root);
  if (!box) throw new Error(`${file}: the <svg> needs a viewBox so the page can reserve its space`);
  const sizes = [...svg.matchAll(/font-size(?:="|:\s*)([\d.]+)/g)].map((m) => Number(m[1]));
  return { width: Number(box[1]), height: Number(box[2]), smallestText: Math.min(16, ...sizes) };
}

/** The width, in CSS pixels, at which a figure's smallest text shows at MIN_TEXT_PX. */
export function readableWidth(box: FigureBox): number {
  return (box.width * MIN_TEXT_PX) / box.smallestText;
}
