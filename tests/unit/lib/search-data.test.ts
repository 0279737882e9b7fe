import { describe, expect, it } from 'vitest';
import { noteNames, searchData, searchStrings } from '../../../src/lib/search-data';
import { decodeNumbers, pageLookup, quickAnswers } from '../../../src/lib/search-shortcuts';
import en from '../../../src/i18n/en';

const notes = new Map([
  [22, [{ name: 'SSH', protocols: ['tcp', 'udp', 'sctp'] }]],
  [
    514,
    [
      { name: 'rsh', protocols: ['tcp'] },
      { name: 'Syslog', protocols: ['udp'] },
    ],
  ],
]);
const records = new Map([
  [22, [{ protocol: 'tcp', service: 'ssh' }]],
  [
    514,
    [
      { protocol: 'tcp', service: 'shell' },
      { protocol: 'udp', service: 'syslog' },
    ],
  ],
]);

describe('search data', () => {
  it('names a note by its short name and by the IANA names on its own protocols only', () => {
    expect(noteNames(notes, (port) => records.get(port) ?? [])).toEqual([
      ['ssh', 22, 'SSH'],
      ['rsh', 514, 'rsh'],
      ['shell', 514, 'rsh'],
      ['syslog', 514, 'Syslog'],
    ]);
  });

  it('labels a name answer with the name it matched', () => {
    const data = searchData(en, [22, 514, 8080], noteNames(notes, (port) => records.get(port) ?? []));
    const pages = decodeNumbers(data.pages);
    expect(pages).toEqual([22, 514, 8080]);
    const answer = quickAnswers('syslog', { pages, names: data.names }, pageLookup(pages));
    expect(answer.hits).toEqual([{ port: 514, hasPage: true, label: 'Syslog' }]);
  });

  it('carries only the strings search and the port help need', () => {
    const strings = searchStrings(en);
    expect(strings['search.placeholder']).toBe(en['search.placeholder']);
    expect(strings['range.user']).toBe(en['range.user']);
    expect(Object.keys(strings).some((k) => k.endsWith('.about') || k.startsWith('nav.'))).toBe(false);
  });
});
