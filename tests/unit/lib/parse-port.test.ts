import { describe, expect, it } from 'vitest';
import { parsePort } from '../../../src/lib/parse-port';

describe('parsePort', () => {
  it.each([
    ['443', 443],
    [' 443 ', 443],
    ['0', 0],
    ['65535', 65535],
    ['0443', 443],
    ['٤٤٣', 443],
    ['۴۴۳', 443],
    ['４４３', 443],
    ['\t8080\n', 8080],
  ])('reads %j as port %i', (input, port) => {
    expect(parsePort(input)).toEqual({ ok: true, port });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'name'],
    ['http', 'name'],
    ['ssh', 'name'],
    ['-1', 'negative'],
    ['65536', 'too-large'],
    ['99999999999999999999', 'too-large'],
    ['80.5', 'fraction'],
    ['.5', 'fraction'],
    ['1e3', 'exponent'],
    ['<img src=x onerror=alert(1)>', 'not-a-number'],
    ['🔌', 'not-a-number'],
    ['4 43', 'not-a-number'],
    ['+80', 'not-a-number'],
  ])('rejects %j as %s', (input, reason) => {
    const result = parsePort(input);
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ reason });
  });

  it('rejects hexadecimal but offers the decimal number', () => {
    expect(parsePort('0x50')).toEqual({ ok: false, reason: 'hex', suggestion: 80 });
    expect(parsePort('0x10000')).toEqual({ ok: false, reason: 'hex' });
  });

  it('gives up quickly on a 10,000-character string', () => {
    expect(parsePort('4'.repeat(10_000))).toEqual({ ok: false, reason: 'too-long' });
    expect(parsePort('a'.repeat(10_000))).toEqual({ ok: false, reason: 'too-long' });
  });

  it('reads a protocol next to the number', () => {
    expect(parsePort('443/tcp')).toEqual({ ok: true, port: 443, protocol: 'tcp' });
    expect(parsePort('UDP 53')).toEqual({ ok: true, port: 53, protocol: 'udp' });
    expect(parsePort('70000/udp')).toMatchObject({ ok: false, reason: 'too-large' });
  });
});
