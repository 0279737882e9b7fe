import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIanaCsv, parseReference, recordKind, recordRole } from '../../../src/lib/iana-csv';

const fixture = (name: string) => readFileSync(`tests/fixtures/iana/${name}`, 'utf8');

describe('reading IANA CSV rows', () => {
  it('reports each malformed row by the line it starts on, and still reads the good ones', () => {
    const { records, problems } = parseIanaCsv(fixture('malformed.csv'));
    expect(records.map((r) => [r.service, r.line])).toEqual([
      ['http', 2],
      ['ok', 11],
    ]);
    expect(problems).toEqual([
      'line 4: "Port Number" is "70000", not a number or range within 0–65535',
      'line 5: "Port Number" is "6063-6000", not a number or range within 0–65535',
      'line 6: "Transport Protocol" is "quic", not one of tcp, udp, sctp, dccp',
      'line 7: has 4 columns, expected 12',
      'line 8: "Registration Date" is "June 2001", not a date (YYYY-MM-DD or YYYY-MM)',
      'line 9: "Service Code" is "x11", not a number',
      'line 10: has neither a service name nor a port number',
    ]);
  });

  it('keeps a note that spans two lines whole', () => {
    const [http] = parseIanaCsv(fixture('malformed.csv')).records;
    expect(http?.notes).toBe('Defined TXT keys: u=<username>\np=<password> path=<path to document>');
  });

  it('reports broken quoting with its line', () => {
    const { records, problems } = parseIanaCsv(fixture('bad-quote.csv'));
    expect(records.map((r) => r.service)).toEqual(['ssh']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^line 3: not valid CSV/);
  });

  it('refuses a file whose columns are not IANA’s', () => {
    const { records, problems } = parseIanaCsv(fixture('wrong-columns.csv'));
    expect(records).toEqual([]);
    expect(problems[0]).toMatch(/^line 1: columns are "Service Name, Port, Transport Protocol"/);
  });
});

describe('IANA wording', () => {
  it('parses references into RFCs, drafts, links and text', () => {
    expect(parseReference('RFC9110')).toEqual({ kind: 'rfc', number: 9110 });
    expect(parseReference('RFC4727, Section 3')).toEqual({ kind: 'rfc', number: 4727, section: 'Section 3' });
    expect(parseReference('RFC-ietf-emailcore-rfc5321bis-43')).toEqual({ kind: 'draft', name: 'draft-ietf-emailcore-rfc5321bis-43' });
    expect(parseReference('draft-herbert-gue-01')).toEqual({ kind: 'draft', name: 'draft-herbert-gue-01' });
    expect(parseReference('https://xahau.network')).toEqual({ kind: 'link', url: 'https://xahau.network' });
    expect(parseReference('ISO/IEC 13818-6 MPEG-2 DSM-CC')).toEqual({ kind: 'text', text: 'ISO/IEC 13818-6 MPEG-2 DSM-CC' });
  });

  it('tells reservations and empty rows from assignments', () => {
    expect(recordKind('', 'Reserved')).toBe('reserved');
    expect(recordKind('', 'any private mail system')).toBe('reserved');
    expect(recordKind('', 'Possibly used by Sun Solaris????')).toBe('unassigned');
    expect(recordKind('', 'Unassigned [was netstat]')).toBe('unassigned');
    expect(recordKind('https', 'http protocol over TLS/SSL')).toBe('assigned');
  });

  it('tells aliases and unassigned uses from primary names where IANA says so', () => {
    expect(recordRole('www', 'This is a duplicate of the "http" service and should not be used for discovery purposes.', '')).toEqual({
      role: 'alias',
      aliasOf: 'http',
    });
    expect(recordRole('whois++', 'This entry is an alias to "whoispp".', '')).toEqual({ role: 'alias', aliasOf: 'whoispp' });
    expect(recordRole('remoteware-cl', 'This entry records an unassigned but widespread use', '')).toEqual({ role: 'unassigned-use' });
    const squat = 'krb524 assigned the port, nv used it without an assignment';
    expect(recordRole('nv-video', '', squat)).toEqual({ role: 'unauthorized' });
    expect(recordRole('krb524', '', squat)).toEqual({ role: 'primary' });
    expect(recordRole('x11', '', 'Known Unauthorized Use on port 6003')).toEqual({ role: 'primary' });
    // A row IANA keeps only to note a conflict is not an assignment; a real one that mentions a conflict is.
    expect(recordRole('shilp', '<== NOTE Conflict on 2049 !', '')).toEqual({ role: 'conflict' });
    expect(recordRole('masqdialer', 'Possible Conflict of Port 222 with "Masqdialer"', '')).toEqual({ role: 'primary' });
  });
});
