import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureBox } from '../../../src/lib/figures';

const files = readdirSync('public/figures').filter((f) => f.endsWith('.svg'));
/** Attributes that SVG reads as a number or a length. */
const numeric = /\s(x|y|x1|y1|x2|y2|cx|cy|r|rx|ry|width|height|font-size|stroke-width)="([^"]*)"/g;

describe('figure files', () => {
  it('exist', () => expect(files.length).toBeGreaterThan(0));

  for (const file of files) {
    it(`${file}: every coordinate and size is a number, and the background covers the viewBox`, () => {
      const svg = readFileSync(`public/figures/${file}`, 'utf8');
      const bad = [...svg.matchAll(numeric)].filter(([, , value]) => !/^-?\d+(\.\d+)?(px)?$/.test(value ?? '')).map(([m]) => m.trim());
      expect(bad, `attributes that are not numbers (a drawing template left unfilled?)`).toEqual([]);
      const box = figureBox(svg, file);
      const background = /<rect x="0" y="0" width="(\d+)" height="(\d+)"/.exec(svg);
      expect(background?.slice(1).map(Number)).toEqual([box.width, box.height]);
    });
  }
});
