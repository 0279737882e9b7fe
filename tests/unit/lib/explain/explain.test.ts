import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { familyOf, reachOf, splitColon, splitDot } from '../../../../src/lib/explain/address';
import { explain } from '../../../../src/lib/explain/explain';
import { parseOutput } from '../../../../src/lib/explain/parse';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/explain/${name}`, import.meta.url), 'utf8');
const of = (text: string) => explain(parseOutput(text));

describe('addresses', () => {
  it('splits host and port in every notation', () => {
    expect(splitColon('0.0.0.0:80')).toEqual({ host: '0.0.0.0', port: '80' });
    expect(splitColon('[::]:443')).toEqual({ host: '::', port: '443' });
    expect(splitColon(':::22')).toEqual({ host: '::', port: '22' });
    expect(splitColon('::1:631')).toEqual({ host: '::1', port: '631' });
    expect(splitColon('127.0.0.53%lo:53')).toEqual({ host: '127.0.0.53%lo', port: '53' });
    expect(splitColon('*:*')).toEqual({ host: '*', port: undefined });
    expect(splitColon('::1')).toEqual({ host: '::1' });
    expect(splitColon('fe80::1')).toEqual({ host: 'fe80::1' });
    expect(splitColon('127.0.0.1')).toEqual({ host: '127.0.0.1' });
    expect(splitDot('127.0.0.1.6379')).toEqual({ host: '127.0.0.1', port: '6379' });
    expect(splitDot('*.22')).toEqual({ host: '*', port: '22' });
    expect(splitDot('fe80::1%lo0.631')).toEqual({ host: 'fe80::1%lo0', port: '631' });
    expect(splitDot('127.0.0.1')).toEqual({ host: '127.0.0.1' });
  });

  it('reach: this machine, every interface, the link, a private network, a public address', () => {
    expect(['127.0.0.1', '127.8.9.1', '::1', '::ffff:127.0.0.1'].map(reachOf)).toEqual(['local', 'local', 'local', 'local']);
    expect(['0.0.0.0', '::', '*', ''].map(reachOf)).toEqual(['all', 'all', 'all', 'all']);
    expect(['169.254.1.1', 'fe80::1%eth0'].map(reachOf)).toEqual(['link', 'link']);
    expect(['10.0.0.5', '172.16.0.1', '192.168.0.10', '100.64.1.1', 'fd00::1'].map(reachOf)).toEqual(['lan', 'lan', 'lan', 'lan', 'lan']);
    expect(['172.32.0.1', '203.0.113.7', '2001:db8::1'].map(reachOf)).toEqual(['public', 'public', 'public']);
  });

  it('family: IPv4, IPv6, or unknown for "*"', () => {
    expect(['0.0.0.0', '::', '*', '::ffff:10.0.0.1'].map(familyOf)).toEqual(['4', '6', 'any', '6']);
  });
});

describe('services', () => {
  it('0.0.0.0 and [::] of one program on one port are one service on both IPv4 and IPv6', () => {
    const { listening } = of(fixture('windows-netstat-ano.txt'));
    const rpc = listening.filter((s) => s.port === 135);
    expect(rpc).toHaveLength(1);
    expect(rpc[0]).toMatchObject({ family: 'both', reach: 'all', pid: 1044, addresses: ['0.0.0.0', '::'] });
    expect(listening.find((s) => s.port === 5432)).toMatchObject({ family: 'both', reach: 'local' });
  });

  it('lists listening services by port, and counts on top', () => {
    const e = of(fixture('linux-ss-tulpn.txt'));
    expect(e.listening.map((s) => `${s.proto}/${s.port}`)).toEqual(['tcp/2024', 'udp/5353', 'tcp/6379', 'tcp/8000', 'tcp/8081']);
    expect(e.summary).toEqual({ listening: 5, reachable: 4, warnings: 1, connections: 0 });
  });
});

describe('warnings', () => {
  it('a database, cache, RPC or admin service reachable beyond this machine', () => {
    const e = of(fixture('windows-netstat-ano.txt'));
    const warned = Object.fromEntries(e.listening.filter((s) => s.warnings.length).map((s) => [s.port, s.warnings]));
    expect(warned).toEqual({ 135: ['exposed-rpc'], 139: ['exposed-rpc'], 445: ['exposed-rpc'], 3389: ['exposed-admin'] });
    expect(of('tcp LISTEN 0 5 0.0.0.0:3306 0.0.0.0:*').listening[0]?.warnings).toEqual(['exposed-database']);
    expect(of('tcp LISTEN 0 5 0.0.0.0:6379 0.0.0.0:*').listening[0]?.warnings).toEqual(['exposed-cache']);
    expect(of('tcp LISTEN 0 5 [::]:2375 [::]:*').listening[0]?.warnings).toEqual(['exposed-admin']);
  });

  it('none for the same services on this machine only', () => {
    expect(of('tcp LISTEN 0 5 127.0.0.1:5432 0.0.0.0:*\ntcp LISTEN 0 5 [::1]:6379 [::]:*').summary.warnings).toBe(0);
  });

  it('unencrypted logins: Telnet and FTP listening, or a connection to them', () => {
    const e = of(fixture('windows-netstat-ano-ko.txt'));
    expect(e.listening.find((s) => s.port === 23)?.warnings).toEqual(['cleartext-login']);
    expect(of('tcp LISTEN 0 5 0.0.0.0:21 0.0.0.0:*').listening[0]?.warnings).toEqual(['cleartext-login']);
    expect(of('ESTAB 0 0 192.168.0.2:50000 203.0.113.9:23').connections[0]?.warnings).toEqual(['cleartext-login']);
  });
});

describe('connections', () => {
  it('an outgoing connection is named by the remote port; its local port is a temporary client port', () => {
    const [c] = of('ESTAB 0 0 192.168.0.2:61234 142.250.196.110:443').connections;
    expect(c).toMatchObject({ direction: 'out', servicePort: 443, clientEphemeral: ['windows', 'macos'] });
    const [linux] = of('ESTAB 0 0 192.168.0.2:40000 142.250.196.110:443').connections;
    expect(linux?.clientEphemeral).toEqual(['linux']);
  });

  it('an incoming connection is named by the local port that listens', () => {
    const e = of(fixture('linux-ss-tan.txt'));
    const incoming = e.connections.filter((c) => c.direction === 'in');
    expect(incoming.every((c) => c.servicePort === 8000 || c.servicePort === 8081)).toBe(true);
    expect(e.byServicePort).toEqual([
      { proto: 'tcp', port: 8000, count: 11 },
      { proto: 'tcp', port: 8081, count: 7 },
    ]);
  });

  it('closed and bound ports are listed apart', () => {
    expect(of(fixture('nmap-normal.txt')).other.map((s) => s.localPort)).toEqual([22, 80]);
  });
});
