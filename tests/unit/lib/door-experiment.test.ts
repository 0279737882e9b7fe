import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en';
import {
  badPorts,
  doorAddress,
  doorAnalogy,
  doorAnnouncement,
  doorFromQuery,
  doorList,
  doorQuery,
  doorSteps,
  tryDoor,
} from '../../../src/lib/door-experiment';
import { fill } from '../../../src/lib/interactive-state';

const words = (m: { key: keyof typeof en; vars?: Record<string, string | number> }) => fill(en[m.key], m.vars);

describe('tryDoor', () => {
  it('follows the study note: 80 redirects, 443 loads, 123 is refused by the browser', () => {
    expect(tryDoor('80')).toEqual({ outcome: 'redirect', port: 80 });
    expect(tryDoor('443')).toEqual({ outcome: 'page', port: 443 });
    expect(tryDoor('123')).toEqual({ outcome: 'blocked', port: 123 });
  });

  it('finds nobody listening at any other port that browsers allow', () => {
    expect(tryDoor('8080')).toEqual({ outcome: 'closed', port: 8080 });
    expect(tryDoor('65535')).toEqual({ outcome: 'closed', port: 65535 });
    expect(badPorts.has(8080)).toBe(false);
  });

  it('uses the site parser: other scripts’ digits and a protocol suffix are read as the number', () => {
    expect(tryDoor('４４３')).toEqual({ outcome: 'page', port: 443 });
    expect(tryDoor(' 80/tcp ')).toEqual({ outcome: 'redirect', port: 80 });
  });

  it('says why input is not a port, with a suggestion when the intent is clear', () => {
    expect(tryDoor('70000')).toEqual({ outcome: 'invalid', reason: 'too-large' });
    expect(tryDoor('-3')).toEqual({ outcome: 'invalid', reason: 'negative' });
    expect(tryDoor('0x50')).toEqual({ outcome: 'invalid', reason: 'hex', suggestion: 80 });
    expect(tryDoor('<script>')).toEqual({ outcome: 'invalid', reason: 'not-a-number' });
    expect(tryDoor('http')).toEqual({ outcome: 'invalid', reason: 'name' });
    expect(tryDoor('')).toEqual({ outcome: 'invalid', reason: 'empty' });
  });
});

describe('words for each outcome', () => {
  it('tells the 443 story as connect, TLS, page', () => {
    expect(doorSteps(tryDoor('443')).map((m) => m.key)).toEqual(['door.step.connect', 'door.step.tls', 'door.step.page']);
    expect(words(doorSteps(tryDoor('443'))[0]!)).toContain('port 443');
  });

  it('tells a refused bad port that the browser sends nothing', () => {
    expect(words(doorAnnouncement(tryDoor('123')))).toBe('Port 123: the browser refuses it as an unsafe port and sends nothing.');
    expect(words(doorAnalogy(tryDoor('123')))).toContain('exit 123');
  });

  it('offers the meant number for hex input', () => {
    expect(doorSteps(tryDoor('0x1bb')).map(words)).toEqual([en['door.invalid.hex'], 'Did you mean 443?']);
  });

  it('shows the address the browser would use, hiding default ports', () => {
    expect(doorAddress(tryDoor('80'))).toBe('http://example.com/');
    expect(doorAddress(tryDoor('443'))).toBe('https://example.com/');
    expect(doorAddress(tryDoor('8080'))).toBe('http://example.com:8080/');
  });
});

describe('state in the address', () => {
  it('restores a valid port', () => {
    expect(doorFromQuery('?port=123')).toEqual({ state: { outcome: 'blocked', port: 123 } });
    expect(doorFromQuery('?lang=x&port=80')).toEqual({ state: { outcome: 'redirect', port: 80 } });
  });

  it('starts at 443 without a note when the address asks for nothing', () => {
    expect(doorFromQuery('')).toEqual({ state: { outcome: 'page', port: 443 } });
  });

  it.each([
    ['?port=70000', '70000'],
    ['?port=%3Cscript%3Ealert(1)%3C/script%3E', '<script>alert(1)</script…'],
    ['?port=-3', '-3'],
    ['?port=', ''],
    ['?port=%E0%A4%A', '\uFFFD%A'],
  ])('falls back to 443 with a note for %s', (search, shown) => {
    const { state, note } = doorFromQuery(search);
    expect(state).toEqual({ outcome: 'page', port: 443 });
    expect(note?.key).toBe('door.note.badParam');
    expect(note?.vars?.value).toBe(shown);
  });

  it('does not read a 10,000-character value and shows only its start', () => {
    const { state, note } = doorFromQuery(`?port=${'9'.repeat(10_000)}`);
    expect(state).toEqual({ outcome: 'page', port: 443 });
    expect(String(note?.vars?.value).length).toBeLessThanOrEqual(25);
  });

  it('writes only real, non-default ports back', () => {
    expect(doorQuery(tryDoor('123'))).toEqual({ port: '123' });
    expect(doorQuery(tryDoor('443'))).toEqual({ port: undefined });
    expect(doorQuery(tryDoor('nope'))).toEqual({ port: undefined });
  });
});

describe('doorList', () => {
  const ports = (doors: ReturnType<typeof doorList>) =>
    doors.map((d) => d && `${d.port}${d.listening ? ' listening' : ''}${d.chosen ? ' chosen' : ''}`);
  it('draws the server’s two doors, then the reader’s when it is another port', () => {
    expect(ports(doorList(tryDoor('123')))).toEqual(['80 listening', '443 listening', '123 chosen']);
    expect(ports(doorList(tryDoor('65535')))).toEqual(['80 listening', '443 listening', '65535 chosen']);
  });
  it('keeps the third place empty when the choice is one of the server’s doors or not a port', () => {
    expect(ports(doorList(tryDoor('80')))).toEqual(['80 listening chosen', '443 listening', undefined]);
    expect(ports(doorList(tryDoor('443')))).toEqual(['80 listening', '443 listening chosen', undefined]);
    expect(ports(doorList(tryDoor('0x50')))).toEqual(['80 listening', '443 listening', undefined]);
  });
});
