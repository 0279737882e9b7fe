import { describe, expect, it } from 'vitest';
import { relatedPortGroups, relatedPorts } from '../../../src/lib/related-ports';
import { ephemeralRanges, ephemeralSystems } from '../../../src/lib/ephemeral';
import { inlineCode } from '../../../src/lib/inline-code';
import { isPort } from '../../../src/lib/ranges';

describe('related ports', () => {
  it('links the plain and TLS versions of a protocol both ways', () => {
    expect(relatedPorts(443)).toEqual([80, 8080, 8443]);
    expect(relatedPorts(143)).toEqual([993]);
    expect(relatedPorts(993)).toEqual([143]);
    expect(relatedPorts(3306)).toEqual([33060]);
    expect(relatedPorts(31000)).toEqual([]);
  });

  it('holds only port numbers, each group at least two or a companion list', () => {
    for (const group of relatedPortGroups) expect(group.every(isPort), String(group)).toBe(true);
    expect(
      relatedPorts(1, [
        [1, 2],
        [3, 1, 2],
      ]),
    ).toEqual([2, 3]);
  });
});

describe('ephemeral ranges', () => {
  it('names the systems whose default temporary-port range holds a number', () => {
    expect(ephemeralSystems(40000)).toEqual(['linux']);
    expect(ephemeralSystems(55000)).toEqual(['linux', 'windows', 'macos']);
    expect(ephemeralSystems(61000)).toEqual(['windows', 'macos']);
    expect(ephemeralSystems(32767)).toEqual([]);
    expect(ephemeralSystems(60999)).toContain('linux');
    expect(ephemeralRanges.find((r) => r.os === 'windows')).toMatchObject({ first: 49152, last: 65535 });
  });
});

describe('inline code in note texts', () => {
  it('splits backticked code from text', () => {
    expect(inlineCode('`ng serve` starts it on `4200`.')).toEqual([
      { code: true, text: 'ng serve' },
      { code: false, text: ' starts it on ' },
      { code: true, text: '4200' },
      { code: false, text: '.' },
    ]);
    expect(inlineCode('no code here')).toEqual([{ code: false, text: 'no code here' }]);
    expect(inlineCode('an odd ` backtick')).toEqual([{ code: false, text: 'an odd ` backtick' }]);
  });
});
