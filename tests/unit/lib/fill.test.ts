import { describe, expect, it } from 'vitest';
import { fill } from '../../../src/lib/fill';

describe('fill', () => {
  it('replaces every placeholder it has a value for, numbers included', () => {
    expect(fill('{n} of {total} ports ({n})', { n: 3, total: 10 })).toBe('3 of 10 ports (3)');
  });

  it('leaves unknown placeholders and other braces as written', () => {
    expect(fill('{n} {missing} {not a key}', { n: 0 })).toBe('0 {missing} {not a key}');
    expect(fill('no placeholders')).toBe('no placeholders');
  });
});
