import { describe, expect, it } from 'vitest';
import { checkNotesAgainstIana, mentions } from '../../../src/lib/note-check';
import { parseIanaCsv } from '../../../src/lib/iana-csv';
import { indexRegistry } from '../../../src/lib/registry';
import type { PortNote } from '../../../src/schemas/port-note';

const registry = indexRegistry(
  parseIanaCsv(
    [
      'Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,Registration Date,Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment Notes',
      'http,80,tcp,World Wide Web HTTP,,,,,,,,',
      'www-http,80,tcp,World Wide Web HTTP,,,,,,,,"This is a duplicate of the ""http"" service and should not be used for discovery purposes."',
      'hbci,3000,tcp,HBCI,,,,,,,,',
      'remoteware-cl,3000,tcp,RemoteWare Client,,,,,,,,This entry records an unassigned but widespread use',
      'x11,6000-6063,tcp,X Window System,,,,,,,,',
      ',6000-6063,udp,Reserved,,,,,,,,',
      ',49151,,Reserved,,,,,,,,',
    ].join('\n'),
  ).records,
);

const text = (en: string) => ({ en, ko: en });
function note(port: number, uses: [boolean, string][], summary = 'A port.'): { id: string; data: PortNote } {
  return {
    id: `${port}-test`,
    data: {
      port,
      protocols: ['tcp'],
      name: text('Test'),
      category: 'other',
      title: text('Test'),
      summary: text(summary),
      uses: uses.map(([official, en]) => ({ official, protocols: ['tcp'], text: text(en) })),
      references: [{ title: 'IANA', url: 'https://www.iana.org/' }],
      lessons: [],
      keywords: [],
    },
  };
}
const reasons = (n: ReturnType<typeof note>) => checkNotesAgainstIana([n], registry).map((f) => `${f.field}: ${f.reason}`);

describe('checking a note against IANA', () => {
  it('accepts an official use named by its primary name', () => {
    expect(reasons(note(80, [[true, 'IANA name http, for the web.']]))).toEqual([]);
  });

  it('flags an official use on a number IANA neither assigns nor reserves', () => {
    expect(reasons(note(8081, [[true, 'Some server.']]))).toEqual([
      'uses[0]: official on 8081/tcp, but IANA has no assignment or reservation there',
    ]);
    expect(reasons(note(49151, [[true, 'IANA reserves 49151.']]))).toEqual([]);
  });

  it('flags an official use that names a service IANA lists on another protocol only', () => {
    const udp = note(6010, [[true, 'IANA assigns x11 here.']]);
    udp.data.protocols = ['udp'];
    udp.data.uses[0]!.protocols = ['udp'];
    expect(reasons(udp)).toEqual(['uses[0]: official on 6010/udp names x11, but IANA does not list x11 on udp there']);
    expect(reasons(note(6010, [[true, 'IANA assigns x11 on TCP. UDP has nothing of x11.']]))).toEqual([]);
  });

  it('flags an official use named only by an alias or an unassigned use', () => {
    expect(reasons(note(80, [[true, 'IANA name www-http.']]))).toContain(
      "uses[0]: official on 80/tcp names www-http, which IANA lists as an alias; IANA's primary name there is http",
    );
    expect(reasons(note(3000, [[true, 'The remoteware-cl entry.']]))).toContain(
      "uses[0]: official on 3000/tcp names remoteware-cl, which IANA lists as a widespread use it records without assigning it; IANA's primary name there is hbci",
    );
  });

  it('flags an unofficial use that IANA assigns there', () => {
    expect(reasons(note(3000, [[false, 'Old HBCI banking clients.']]))).toEqual([
      'uses[0]: marks hbci unofficial on 3000/tcp, but IANA assigns hbci there',
    ]);
  });

  it('flags a note that says IANA assigns nothing where IANA assigns a range', () => {
    expect(reasons(note(6006, [[false, 'TensorBoard.']], 'IANA has no assignment for it.'))).toEqual([
      'summary: says IANA assigns nothing on 6006, but IANA assigns: x11 (6000-6063, tcp)',
    ]);
    expect(reasons(note(49151, [[false, 'A boundary.']], 'No service is assigned to 49151.'))).toEqual([]);
  });

  it('flags a text that says IANA has no record where it has one, protocol by protocol', () => {
    expect(reasons(note(49151, [[false, 'The data has no TCP or UDP record for it.']]))).toEqual([
      'uses[0]: says IANA has no record for 49151, but IANA lists: Reserved (no protocol)',
    ]);
    expect(reasons(note(80, [[true, 'IANA name http. There is no UDP entry.']]))).toEqual([]);
  });

  it('matches names as whole words', () => {
    expect(mentions('HTTP/3 runs on UDP', 'http')).toBe(true);
    expect(mentions('https only', 'http')).toBe(false);
    expect(mentions('www-http is old', 'http')).toBe(false);
  });
});
