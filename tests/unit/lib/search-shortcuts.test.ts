import { describe, expect, it } from 'vitest';
import { decodeNumbers, encodeNumbers, pageLookup, quickAnswers, type ShortcutData } from '../../../src/lib/search-shortcuts';

const data: ShortcutData = {
  pages: [22, 80, 443, 3389, 8080],
  names: [
    ['ssh', 22, 'SSH'],
    ['http', 80, 'HTTP'],
    ['https', 443, 'HTTPS'],
    ['httpalt', 8080, 'HTTP alternate'],
    ['rdp', 3389, 'RDP'],
  ],
};
const answer = (q: string) => quickAnswers(q, data, pageLookup(data.pages));

describe('instant answers', () => {
  it('answer a number with its page and its name', () => {
    expect(answer('443')).toEqual({ hits: [{ port: 443, hasPage: true, label: 'HTTPS' }] });
    expect(answer('31000')).toEqual({ hits: [{ port: 31000, hasPage: false }] });
  });

  it('say so when leading zeros were dropped: 080 is read as 80, not silently', () => {
    expect(answer('080')).toEqual({ hits: [{ port: 80, hasPage: true, label: 'HTTP' }], note: 'leading-zero' });
    expect(answer('tcp/0443').note).toBe('leading-zero');
    expect(answer('0').note).toBeUndefined();
    expect(answer('80').note).toBeUndefined();
  });

  it('answer a name, exact matches before prefixes', () => {
    expect(answer('http').hits.map((h) => h.port)).toEqual([80, 443, 8080]);
    expect(answer('RDP').hits).toEqual([{ port: 3389, hasPage: true, label: 'RDP' }]);
    expect(answer('zzz').hits).toEqual([]);
  });

  it('explain number-like input that is not a port', () => {
    expect(answer('70000')).toEqual({ hits: [], problem: 'too-large' });
    expect(answer('0x50')).toEqual({ hits: [{ port: 80, hasPage: true, label: 'HTTP' }], problem: 'hex' });
  });

  it('round-trip the compact page list', () => {
    const numbers = [0, 1, 7, 443, 65535];
    expect(decodeNumbers(encodeNumbers(numbers))).toEqual(numbers);
  });
});
