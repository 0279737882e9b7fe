import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en';
import { fill } from '../../../src/lib/interactive-state';
import {
  checkRule,
  defaultRules,
  formatRules,
  natFromQuery,
  natQuery,
  natSteps,
  parseRules,
  sendTest,
  stepAnnouncement,
  testMessage,
  type ForwardRule,
} from '../../../src/lib/nat-walkthrough';

const words = (m: { key: keyof typeof en; vars?: Record<string, string | number> }) => fill(en[m.key], m.vars);

describe('the steps', () => {
  it('has 8 base steps and 3 more with CGNAT, each with its own id', () => {
    expect(natSteps(false)).toHaveLength(8);
    expect(natSteps(true)).toHaveLength(11);
    expect(new Set(natSteps(true).map((s) => s.id)).size).toBe(11);
  });

  it('announces the router’s rewrite in words', () => {
    expect(stepAnnouncement(2, false).map(words).join(': ')).toBe(
      'Step 2 of 8: The router replaced the source address 192.168.0.2:51234 with 203.0.113.7:40001, lowered the TTL, recomputed the checksums and wrote a row in its table.',
    );
  });

  it('rewrites source address and port, drops TTL by one and recomputes checksums on the way out', () => {
    const [out, nat] = natSteps(false);
    expect(nat!.packet!.srcIp).toBe('203.0.113.7');
    expect(nat!.packet!.srcPort).toBe(40001);
    expect(nat!.packet!.ttl).toBe(out!.packet!.ttl - 1);
    expect(nat!.packet!.ipSum).not.toBe(out!.packet!.ipSum);
    expect(nat!.changed).toEqual(expect.arrayContaining(['srcIp', 'srcPort', 'ttl', 'ipSum', 'tcpSum', 'fcs']));
    expect(nat!.changed).not.toContain('dstIp');
  });

  it('gains, uses and expires table rows', () => {
    const steps = natSteps(false);
    expect(steps[0]!.table).toEqual([]);
    expect(steps[1]!.table.map((r) => r.mark)).toEqual(['new']);
    expect(steps[3]!.table.map((r) => r.outside)).toEqual(['203.0.113.7:40001', '203.0.113.7:40002']);
    expect(steps[5]!.table[0]!.mark).toBe('used');
    expect(steps[5]!.packet!.dstIp).toBe('192.168.0.2');
    expect(steps[6]!.verdict).toBe('dropped');
    expect(steps[7]!.table.every((r) => r.mark === 'expired')).toBe(true);
  });

  it('puts the home router behind 100.64.0.0/10 in the CGNAT steps', () => {
    const cgnat = natSteps(true).filter((s) => s.cgnat);
    expect(cgnat[0]!.packet!.srcIp).toBe('100.64.0.7');
    expect(cgnat[2]!.verdict).toBe('dropped');
  });
});

describe('forwarding rules', () => {
  it('accepts a good rule and trims the address', () => {
    expect(checkRule({ protocol: 'udp', external: '51820', ip: ' 192.168.0.3 ', internal: '51820' }, defaultRules)).toEqual({
      rule: { protocol: 'udp', external: 51820, ip: '192.168.0.3', internal: 51820 },
    });
  });

  it('names every wrong field with a clear reason', () => {
    const result = checkRule({ protocol: 'icmp', external: '70000', ip: '10.0.0.5', internal: '0' }, []);
    expect(result).toEqual({
      errors: {
        protocol: { key: 'nat.error.protocol' },
        external: { key: 'nat.error.port.too-large' },
        ip: { key: 'nat.error.ip.outside' },
        internal: { key: 'nat.error.port.zero' },
      },
    });
  });

  it.each([
    ['192.168.0', 'nat.error.ip.format'],
    ['192.168.0.300', 'nat.error.ip.format'],
    ['<b>x</b>', 'nat.error.ip.format'],
    ['192.168.0.255', 'nat.error.ip.reserved'],
    ['192.168.0.1', 'nat.error.ip.router'],
  ])('rejects the inside address %s', (ip, key) => {
    const result = checkRule({ protocol: 'tcp', external: '22', ip, internal: '22' }, []);
    expect('errors' in result && result.errors.ip?.key).toBe(key);
  });

  it('refuses a second rule for the same protocol and external port', () => {
    const result = checkRule({ protocol: 'tcp', external: '25', ip: '192.168.0.3', internal: '2525' }, defaultRules);
    expect('errors' in result && words(result.errors.external!)).toBe(
      'There is already a rule for TCP 25: each external port and protocol can go to one place only.',
    );
  });
});

describe('test packets from the internet', () => {
  const rules: ForwardRule[] = [
    ...defaultRules,
    { protocol: 'tcp', external: 2222, ip: '192.168.0.3', internal: 22 },
    { protocol: 'udp', external: 9999, ip: '192.168.0.9', internal: 9999 },
  ];

  it('reaches the laptop through a rule, also when the numbers differ', () => {
    expect(sendTest(rules, 'tcp', 8080, false)).toMatchObject({ outcome: 'delivered', device: 'laptop', rule: { internal: 80 } });
    expect(words(testMessage(sendTest(rules, 'tcp', 25, false), 'tcp', 25))).toBe(
      'TCP 25: the rule sends it to 192.168.0.2:25, and the laptop is listening there. Delivered.',
    );
  });

  it('says why a packet is dropped', () => {
    expect(sendTest(rules, 'tcp', 23, false).outcome).toBe('no-rule');
    expect(sendTest(rules, 'udp', 25, false).outcome).toBe('wrong-protocol');
    expect(sendTest(rules, 'tcp', 2222, false).outcome).toBe('not-listening');
    expect(sendTest(rules, 'udp', 9999, false).outcome).toBe('no-device');
    expect(sendTest(rules, 'tcp', 25, true).outcome).toBe('cgnat');
  });
});

describe('state in the address', () => {
  it('round-trips a state', () => {
    const rules: ForwardRule[] = [{ protocol: 'udp', external: 51820, ip: '192.168.0.2', internal: 51820 }];
    const query = natQuery({ step: 10, cgnat: true, rules, test: { protocol: 'udp', port: 51820 } });
    expect(query).toEqual({ step: '10', cgnat: '1', rules: 'udp-51820-192.168.0.2-51820', test: 'udp-51820' });
    const search = `?${new URLSearchParams(query as Record<string, string>).toString()}`;
    expect(natFromQuery(search)).toEqual({ state: { step: 10, cgnat: true, rules, test: { protocol: 'udp', port: 51820 } }, notes: [] });
  });

  it('leaves defaults out of the address, and reads an empty rule list as no rules', () => {
    expect(natQuery(natFromQuery('').state)).toEqual({ step: undefined, cgnat: undefined, rules: undefined, test: undefined });
    expect(natFromQuery('?rules=').state.rules).toEqual([]);
    expect(parseRules(formatRules(defaultRules))).toEqual(defaultRules);
  });

  it.each([
    ['?step=-3', 'step'],
    ['?step=9', 'step'],
    ['?step=2.5', 'step'],
    ['?step=%3Cscript%3E', 'step'],
    ['?cgnat=yes', 'cgnat'],
    ['?rules=tcp-25-192.168.0.2', 'rules'],
    ['?rules=tcp-70000-192.168.0.2-25', 'rules'],
    ['?rules=tcp-25-192.168.0.2-25_tcp-25-192.168.0.3-25', 'rules'],
    ['?rules=%3Cimg%20src%3Dx%3E', 'rules'],
    ['?test=tcp-0', 'test'],
    ['?test=<script>', 'test'],
    [`?step=${'1'.repeat(10_000)}`, 'step'],
    [`?rules=${'tcp-25-192.168.0.2-25_'.repeat(500)}`, 'rules'],
  ])('falls back to the default for %s with a note', (search, name) => {
    const { state, notes } = natFromQuery(search);
    const fresh = natFromQuery('').state;
    expect(state).toEqual(fresh);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.vars?.name).toBe(name);
    expect(String(notes[0]!.vars?.value).length).toBeLessThanOrEqual(25);
  });

  it('allows the CGNAT steps’ numbers only with CGNAT on', () => {
    expect(natFromQuery('?cgnat=1&step=11').state.step).toBe(11);
    expect(natFromQuery('?step=11').notes).toHaveLength(1);
  });
});
