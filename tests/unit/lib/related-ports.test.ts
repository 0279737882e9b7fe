import { describe, expect, it } from 'vitest';
import { ianaNameAfterRole, relatedPortGroups, relatedPorts, relatedRoles } from '../../../src/lib/related-ports';
import { ephemeralOverlaps, ephemeralRanges, ephemeralSystems, outsideEphemeral } from '../../../src/lib/ephemeral';
import en from '../../../src/i18n/en';
import ko from '../../../src/i18n/ko';
import { portRanges } from '../../../src/lib/ranges';
import { inlineCode } from '../../../src/lib/inline-code';
import { isPort } from '../../../src/lib/ranges';

describe('related ports', () => {
  const numbers = (port: number) => relatedPorts(port).map((r) => r.port);

  it('links the plain and TLS versions of a protocol both ways', () => {
    expect(numbers(443)).toEqual([80, 8080, 8443]);
    expect(numbers(143)).toEqual([993]);
    expect(numbers(993)).toEqual([143]);
    expect(numbers(3306)).toEqual([33060]);
    expect(numbers(31000)).toEqual([]);
  });

  it('labels each related port by its role in the group, not by its IANA name', () => {
    expect(relatedPorts(22)).toEqual([{ port: 2222, role: 'sshAlt' }]);
    expect(relatedPorts(2222)).toEqual([{ port: 22, role: 'ssh' }]);
    expect(relatedPorts(443)).toContainEqual({ port: 8443, role: 'httpsAlt' });
    expect(en['related.sshAlt']).toBe('SSH alternate');
    expect(ko['related.sshAlt']).toBe('SSH 대체 포트');
  });

  it("leaves out what is not related: 3390 is IANA's dsc, not an RDP port", () => {
    expect(relatedPorts(3389)).toEqual([]);
    expect(relatedPorts(3390)).toEqual([]);
  });

  it('holds only port numbers, in groups of two or more, each with a role labelled in both languages', () => {
    for (const group of relatedPortGroups) {
      expect(group.length, String(group)).toBeGreaterThanOrEqual(2);
      for (const [port, role] of group) {
        expect(isPort(port), String(port)).toBe(true);
        expect(relatedRoles).toContain(role);
      }
    }
    for (const role of relatedRoles) {
      expect(en[`related.${role}`], role).toBeTruthy();
      expect(ko[`related.${role}`], role).toBeTruthy();
    }
    expect(
      relatedPorts(1, [
        [
          [1, 'ssh'],
          [2, 'sshAlt'],
        ],
        [
          [3, 'http'],
          [1, 'ssh'],
          [2, 'sshAlt'],
        ],
      ]).map((r) => r.port),
    ).toEqual([2, 3]);
  });

  it('names IANA second only where the role label does not already say it', () => {
    expect(ianaNameAfterRole('SSH alternate', 'EtherNet-IP-1')).toBe('EtherNet-IP-1');
    expect(ianaNameAfterRole('HTTPS', 'https')).toBeUndefined();
    expect(ianaNameAfterRole('HTTP alternate', 'http-alt')).toBe('http-alt');
    expect(ianaNameAfterRole('STUN and TURN', 'stun')).toBeUndefined();
    expect(ianaNameAfterRole('TLS 위의 IMAP', 'imaps')).toBe('imaps');
    expect(ianaNameAfterRole('Kerberos', undefined)).toBeUndefined();
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

  it('says which part of a port range a default range covers, and which part none covers', () => {
    const [system, user, dynamic] = portRanges;
    expect(ephemeralOverlaps(system!)).toEqual([]);
    expect(ephemeralOverlaps(user!)).toEqual([{ os: 'linux', first: 32768, last: 60999, from: 32768, to: 49151 }]);
    expect(outsideEphemeral(user!)).toEqual([{ first: 1024, last: 32767 }]);
    expect(ephemeralOverlaps(dynamic!).map((o) => [o.os, o.from, o.to])).toEqual([
      ['linux', 49152, 60999],
      ['windows', 49152, 65535],
      ['macos', 49152, 65535],
    ]);
    expect(outsideEphemeral(dynamic!)).toEqual([]);
    expect(outsideEphemeral({ first: 30000, last: 65535 })).toEqual([{ first: 30000, last: 32767 }]);
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
