import { describe, expect, it } from 'vitest';
import { explainNotes, explainUnauthorizedUse, personName, referenceLink } from '../../../src/lib/iana-notes';
import { readIanaRegistry } from '../../../src/loaders/registry';

const records = readIanaRegistry().records;

describe('IANA notes in plain words', () => {
  it('reads the common notes', () => {
    expect(
      explainNotes({
        notes:
          'This entry is an alias to "udt-os".\nThis entry is now historic, not usable for use with many\ncommon service discovery mechanisms.',
      }),
    ).toEqual([
      { key: 'alias', vars: { name: 'udt-os' } },
      { key: 'historic', vars: {} },
    ]);
    expect(explainNotes({ notes: 'This entry records an unassigned but widespread use\n(added 5/21/97)' })).toEqual([
      { key: 'widespread', vars: {} },
    ]);
    expect(explainNotes({ notes: 'De-assigned on 2025-02-13, previously compressnet by [Bernie_Volz]' })).toEqual([
      { key: 'deassigned', vars: { date: '2025-02-13' } },
      { key: 'previously', vars: { name: 'compressnet' } },
    ]);
    expect(explainNotes({ notes: 'Defined TXT keys: None' })).toEqual([{ key: 'txtKeysNone', vars: {} }]);
    expect(explainNotes({ notes: 'Defined TXT keys: u=<username> p=<password>' })).toEqual([
      { key: 'txtKeys', vars: { keys: 'u=<username> p=<password>' } },
    ]);
  });

  it('keeps what it cannot read as IANA wrote it', () => {
    expect(explainNotes({ notes: 'Possible Conflict of Port 222 with "Masqdialer"' })).toEqual([
      { raw: 'Possible Conflict of Port 222 with "Masqdialer"' },
    ]);
    const wwwHttp = records.find((r) => r.service === 'www-http' && r.protocol === 'tcp');
    const parts = explainNotes(wwwHttp ?? {});
    expect(parts[0]).toEqual({ key: 'duplicate', vars: { name: 'http' } });
    expect(parts[1]).toMatchObject({ raw: expect.stringContaining('human-readable HTML content') });
  });

  it('reads the conflict record of 2049', () => {
    expect(explainNotes({ notes: '<== NOTE Conflict on 2049 !' })).toEqual([{ key: 'conflict', vars: { port: '2049' } }]);
  });

  it('reads unauthorized-use remarks', () => {
    expect(explainUnauthorizedUse({ unauthorizedUse: 'krb524 assigned the port, nv used it without an assignment' })).toEqual([
      { key: 'unauthorizedSquatter', vars: { owner: 'krb524', user: 'nv' } },
    ]);
    expect(explainUnauthorizedUse({ unauthorizedUse: 'Known Unauthorized Use on port 6003' })).toEqual([
      { key: 'unauthorized', vars: { ports: '6003' } },
    ]);
    expect(explainUnauthorizedUse({ unauthorizedUse: 'Known UNAUTHORIZED USE: Ports 44515 & 44516' })).toEqual([
      { key: 'unauthorized', vars: { ports: '44515, 44516' } },
    ]);
    expect(explainUnauthorizedUse({ unauthorizedUse: 'yes' })).toEqual([{ raw: 'yes' }]);
  });

  it('explains most of the registry’s notes, not just a few', () => {
    const withNotes = records.filter((r) => r.notes);
    const fullyRead = withNotes.filter((r) => explainNotes(r).every((p) => 'key' in p));
    expect(fullyRead.length / withNotes.length).toBeGreaterThan(0.6);
    const remarks = records.filter((r) => r.unauthorizedUse);
    expect(remarks.filter((r) => explainUnauthorizedUse(r).every((p) => 'key' in p)).length).toBeGreaterThan(100);
  });

  it('writes person ids as names', () => {
    expect(personName('Jon_Postel')).toBe('Jon Postel');
    expect(personName('Stuart_Cheshire_4')).toBe('Stuart Cheshire');
    expect(personName('IESG')).toBe('IESG');
  });
});

describe('references as links', () => {
  it('sends RFCs to the RFC Editor and drafts to the Datatracker', () => {
    expect(referenceLink({ kind: 'rfc', number: 9110 })).toEqual({ label: 'RFC 9110', href: 'https://www.rfc-editor.org/rfc/rfc9110' });
    expect(referenceLink({ kind: 'rfc', number: 4727, section: 'Section 3' }).label).toBe('RFC 4727, Section 3');
    expect(referenceLink({ kind: 'draft', name: 'draft-ietf-emailcore-rfc5321bis-43' }).href).toBe(
      'https://datatracker.ietf.org/doc/draft-ietf-emailcore-rfc5321bis-43/',
    );
    expect(referenceLink({ kind: 'link', url: 'https://xahau.network' })).toEqual({
      label: 'xahau.network',
      href: 'https://xahau.network',
    });
    expect(referenceLink({ kind: 'text', text: 'TR-352' })).toEqual({ label: 'TR-352' });
  });
});
