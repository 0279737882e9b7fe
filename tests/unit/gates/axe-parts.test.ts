import { describe, expect, it } from 'vitest';
import { axeParts } from '../../gates/lib/axe-parts';

const table = (rows: number) =>
  `<main><h1>t</h1><table><thead><tr><th>a</th></tr></thead><tbody>${'<tr><td><a href="#">x</a></td></tr>'.repeat(rows)}</tbody></table></main>`;

describe('axe parts', () => {
  it('checks a small page in one run', () => {
    expect(axeParts(table(10))).toEqual([{ label: 'whole page' }]);
  });

  it('splits a long table into row slices that cover every row once', () => {
    const parts = axeParts(table(1000), 700);
    expect(parts[0]).toEqual({ label: 'all but table rows', exclude: 'tbody > tr' });
    const ranges = parts.slice(1).map((p) => {
      const [, first = '', last = ''] = /n\+(\d+)\):nth-child\(-n\+(\d+)\)/.exec(p.include ?? '') ?? [];
      return [Number(first), Number(last)] as const;
    });
    expect(ranges.length).toBeGreaterThan(3);
    expect(ranges[0]?.[0]).toBe(1);
    expect(ranges.at(-1)?.[1]).toBe(1000);
    ranges.slice(1).forEach(([first], i) => expect(first).toBe((ranges[i]?.[1] ?? NaN) + 1));
  });

  it('keeps a long page of short tables whole', () => {
    const shortTables = `<main>${'<p>x</p>'.repeat(1000)}${table(3).repeat(20)}</main>`;
    expect(axeParts(shortTables, 700)).toEqual([{ label: 'whole page' }]);
    expect(axeParts(table(60), 100)).toHaveLength(2 + 1);
  });

  it('keeps a long page without tables whole', () => {
    expect(axeParts(`<main>${'<p>x</p>'.repeat(2000)}</main>`)).toEqual([{ label: 'whole page' }]);
  });
});
