import { describe, expect, it } from 'vitest';
import { figureBox, readableWidth } from '../../../src/lib/figures';

describe('figure boxes', () => {
  it('reads the viewBox and the smallest font size, in attributes or styles', () => {
    const svg = '<svg viewBox="0 0 960 600"><text font-size="14">a</text><text style="font-size: 13px">b</text></svg>';
    expect(figureBox(svg, 'x.svg')).toEqual({ width: 960, height: 600, smallestText: 13 });
  });

  it('takes SVG’s default 16 when no size is written', () => {
    expect(figureBox('<svg viewBox="0,0,336,900"><text>a</text></svg>', 'x.svg').smallestText).toBe(16);
  });

  it('names the file when the viewBox is missing', () => {
    expect(() => figureBox('<svg width="10"></svg>', 'public/figures/a.narrow.ko.svg')).toThrow(
      /^public\/figures\/a\.narrow\.ko\.svg: .*viewBox/,
    );
    const markerOnly = '<svg role="img"><defs><marker viewBox="0 0 10 10"/></defs></svg>';
    expect(() => figureBox(markerOnly, 'b.svg')).toThrow(/^b\.svg: /);
  });

  it('scales the drawing until its smallest text is 12 px', () => {
    expect(readableWidth({ width: 960, height: 600, smallestText: 13 })).toBeCloseTo(886.15, 1);
    expect(readableWidth({ width: 336, height: 900, smallestText: 14 })).toBe(288);
  });
});
