import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maxChars, maxLines, parseOutput, type FormatId } from '../../../../src/lib/explain/parse';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/explain/${name}`, import.meta.url), 'utf8');
/** "proto/port addr state pid program" for each socket, to compare compactly. */
const rows = (text: string) =>
  parseOutput(text).sockets.map((s) =>
    [
      `${s.proto}/${s.localPort}`,
      s.localAddr,
      s.remotePort === undefined ? '' : `${s.remoteAddr}:${s.remotePort}`,
      s.role,
      s.pid ?? '',
      s.program ?? '',
    ]
      .filter((part) => part !== '')
      .join(' '),
  );

describe('every format, from its fixture', () => {
  const cases: [string, FormatId, number][] = [
    ['linux-ss-tulpn.txt', 'ss', 5],
    ['linux-ss-tan.txt', 'ss', 22],
    ['linux-ss-tanp.txt', 'ss', 22],
    ['linux-ss-uan.txt', 'ss', 1],
    ['linux-netstat-tulpn.txt', 'netstat-linux', 5],
    ['linux-netstat-an.txt', 'netstat-linux', 22],
    ['linux-lsof-listen.txt', 'lsof', 3],
    ['linux-lsof-i.txt', 'lsof', 6],
    ['macos-netstat-an.txt', 'netstat-bsd', 7],
    ['macos-lsof.txt', 'lsof', 5],
    ['windows-netstat-ano.txt', 'netstat-windows', 13],
    ['windows-netstat-anb.txt', 'netstat-windows', 5],
    ['windows-netstat-ano-ko.txt', 'netstat-windows', 8],
    ['windows-netstat-anb-ko.txt', 'netstat-windows', 3],
    ['powershell-tcp.txt', 'powershell-tcp', 6],
    ['powershell-udp.txt', 'powershell-udp', 3],
    ['nmap-normal.txt', 'nmap', 5],
    ['nmap-grepable.txt', 'nmap-grepable', 3],
    ['docker-ps.txt', 'docker', 5],
  ];
  it.each(cases)('%s is read as %s, every line understood', (name, format, count) => {
    const result = parseOutput(fixture(name));
    expect(result.formats).toEqual([format]);
    expect(result.sockets).toHaveLength(count);
    expect(result.skipped.filter((s) => s.reason === 'unknown')).toEqual([]);
  });

  it('ss -tulpn: protocol, address, program and PID', () => {
    expect(rows(fixture('linux-ss-tulpn.txt'))).toEqual([
      'udp/5353 0.0.0.0 listen 28705 python3',
      'tcp/6379 0.0.0.0 listen 28705 python3',
      'tcp/8081 0.0.0.0 listen 28439 python3',
      'tcp/8000 127.0.0.1 listen 28437 python3',
      'tcp/2024 0.0.0.0 listen',
    ]);
  });

  it('ss -tan: connections carry their peer, TIME-WAIT included', () => {
    const r = rows(fixture('linux-ss-tan.txt'));
    expect(r).toContain('tcp/42904 127.0.0.1 127.0.0.1:8000 connection');
    expect(r).toContain('tcp/8000 127.0.0.1 127.0.0.1:51834 connection');
  });

  it('netstat -tulpn: the PID/Program column, "-" when unknown', () => {
    expect(rows(fixture('linux-netstat-tulpn.txt'))).toEqual([
      'tcp/6379 0.0.0.0 listen 28705 python3',
      'tcp/8081 0.0.0.0 listen 28439 python3',
      'tcp/8000 127.0.0.1 listen 28437 python3',
      'tcp/2024 0.0.0.0 listen',
      'udp/5353 0.0.0.0 listen 28705 python3',
    ]);
  });

  it('lsof -i: listeners, connections and UDP', () => {
    expect(rows(fixture('linux-lsof-i.txt'))).toEqual([
      'tcp/8000 127.0.0.1 listen 28437 python3',
      'tcp/8000 127.0.0.1 127.0.0.1:42904 connection 28437 python3',
      'tcp/8081 * listen 28439 python3',
      'tcp/6379 * listen 28705 python3',
      'udp/5353 * listen 28705 python3',
      'tcp/42904 127.0.0.1 127.0.0.1:8000 connection 28705 python3',
    ]);
  });

  it('macOS netstat: host.port addresses, IPv6 and zone ids', () => {
    expect(rows(fixture('macos-netstat-an.txt'))).toEqual([
      'tcp/52344 192.168.1.23 17.253.144.10:443 connection',
      'tcp/5000 * listen',
      'tcp/6379 127.0.0.1 listen',
      'tcp/6379 ::1 listen',
      'tcp/22 * listen',
      'tcp/22 * listen',
      'tcp/631 fe80::1%lo0 listen',
    ]);
  });

  it('Windows netstat -ano: PID, brackets, zone ids, UDP without a state', () => {
    const r = rows(fixture('windows-netstat-ano.txt'));
    expect(r[0]).toBe('tcp/135 0.0.0.0 listen 1044');
    expect(r).toContain('tcp/52344 192.168.0.10 142.250.196.110:443 connection 9876');
    expect(r).toContain('tcp/5432 ::1 listen 3456');
    expect(r).toContain('udp/546 fe80::1c2d:3e4f:5a6b:7c8d%12 listen 1732');
    expect(r).toContain('udp/5353 :: listen 2345');
  });

  it('Windows netstat -anb: the program under each socket, and the service above it', () => {
    expect(rows(fixture('windows-netstat-anb.txt'))).toEqual([
      'tcp/135 0.0.0.0 listen svchost.exe (RpcSs)',
      'tcp/445 0.0.0.0 listen',
      'tcp/5900 0.0.0.0 listen tvnserver.exe',
      'tcp/52344 192.168.0.10 142.250.196.110:443 connection chrome.exe',
      'udp/5353 0.0.0.0 listen chrome.exe',
    ]);
  });

  it('Korean Windows: 활성 연결, localised headers, states in English or Korean (수신 대기, 연결됨)', () => {
    const r = rows(fixture('windows-netstat-ano-ko.txt'));
    expect(r).toContain('tcp/23 0.0.0.0 listen 880');
    expect(r).toContain('tcp/51240 192.168.0.20 52.231.0.10:443 connection 7040');
    expect(parseOutput(fixture('windows-netstat-ano-ko.txt')).sockets.find((s) => s.localPort === 23)?.state).toBe('LISTENING');
    expect(rows(fixture('windows-netstat-anb-ko.txt'))).toEqual([
      'tcp/135 0.0.0.0 listen svchost.exe (RpcSs)',
      'tcp/445 0.0.0.0 listen',
      'tcp/51234 192.168.0.20 52.231.0.10:443 connection msedge.exe',
    ]);
  });

  it('PowerShell: Get-NetTCPConnection with OwningProcess, Bound is neither listening nor a connection', () => {
    const r = rows(fixture('powershell-tcp.txt'));
    expect(r[0]).toBe('tcp/445 :: listen 4');
    expect(r).toContain('tcp/52344 192.168.0.10 142.250.196.110:443 connection 9876');
    expect(r).toContain('tcp/49664 0.0.0.0 other 0');
    expect(rows(fixture('powershell-udp.txt'))).toEqual(['udp/5353 :: listen', 'udp/5353 0.0.0.0 listen', 'udp/1900 127.0.0.1 listen']);
  });

  it('nmap: open ports listen on the scanned host, closed ones are other; -oG the same', () => {
    expect(rows(fixture('nmap-normal.txt'))).toEqual([
      'tcp/22 127.0.0.1 other ssh',
      'tcp/80 127.0.0.1 other http',
      'tcp/6379 127.0.0.1 listen redis?',
      'tcp/8000 127.0.0.1 listen http',
      'tcp/8081 127.0.0.1 listen http',
    ]);
    expect(rows(fixture('nmap-grepable.txt'))).toEqual([
      'tcp/6379 127.0.0.1 listen redis',
      'tcp/8000 127.0.0.1 listen http-alt',
      'tcp/8081 127.0.0.1 listen blackice-icecap',
    ]);
  });

  it('docker ps: published ports on the host, the container name, unpublished ones named', () => {
    const result = parseOutput(fixture('docker-ps.txt'));
    expect(rows(fixture('docker-ps.txt'))).toEqual([
      'tcp/8080 0.0.0.0 listen web',
      'tcp/8080 :: listen web',
      'tcp/5432 127.0.0.1 listen db',
      'tcp/27017 0.0.0.0 listen mongo',
      'tcp/27017 :: listen mongo',
    ]);
    expect(result.sockets[0]?.target).toBe('80/tcp');
    expect(result.skipped).toEqual([expect.objectContaining({ line: 5, reason: 'not-published' })]);
  });

  it('docker ps: a published range, capped at 256 ports', () => {
    const r = parseOutput('abc  img  "x"  1 h  Up  0.0.0.0:8000-8002->9000-9002/udp  multi').sockets;
    expect(r.map((s) => `${s.localPort}->${s.target}`)).toEqual(['8000->9000/udp', '8001->9001/udp', '8002->9002/udp']);
  });
});

describe('mixed and partial pastes', () => {
  it('reads each line by its own format and names every format', () => {
    const text = [fixture('linux-ss-tulpn.txt'), 'some words', fixture('windows-netstat-ano-ko.txt'), fixture('docker-ps.txt')].join('\n');
    const result = parseOutput(text);
    expect(result.formats).toEqual(['ss', 'netstat-windows', 'docker']);
    expect(result.skipped).toContainEqual({ line: 9, text: 'some words', reason: 'unknown' });
  });

  it('reads data lines without their header', () => {
    expect(rows('tcp   LISTEN 0 128 0.0.0.0:22 0.0.0.0:*')).toEqual(['tcp/22 0.0.0.0 listen']);
    expect(rows('  TCP    0.0.0.0:445   0.0.0.0:0   LISTENING   4')).toEqual(['tcp/445 0.0.0.0 listen 4']);
    expect(rows('22/tcp open ssh')).toEqual(['tcp/22 listen ssh']);
  });

  it('names UNIX sockets as not network ports rather than dropping them', () => {
    const result = parseOutput(fixture('linux-netstat-an.txt') + '\nunix  3      [ ]         STREAM     CONNECTED     253445');
    expect(result.skipped.at(-1)).toMatchObject({ reason: 'not-network' });
  });
});

describe('bad input', () => {
  it('empty input and blank lines give nothing, no error', () => {
    expect(parseOutput('')).toMatchObject({ formats: [], sockets: [], skipped: [], binary: false, capped: false });
    expect(parseOutput('\n\n  \n').sockets).toEqual([]);
  });

  it('caps a 5 MB paste and says so, in well under a second', () => {
    const line = 'tcp   LISTEN 0 128 0.0.0.0:22 0.0.0.0:*\n';
    const big = line.repeat(Math.ceil((5 * 1024 * 1024) / line.length));
    const start = performance.now();
    const result = parseOutput(big);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(result.capped).toBe(true);
    expect(result.lines).toBeLessThanOrEqual(maxLines);
    expect(big.length).toBeGreaterThan(maxChars);
  });

  it('binary garbage is named as such', () => {
    const garbage = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256));
    expect(parseOutput(garbage).binary).toBe(true);
    expect(parseOutput('PK\u0003\u0004\u0000\u0000binary').binary).toBe(true);
  });

  it('CRLF line ends and tabs read like LF and spaces', () => {
    const text = 'Netid\tState\tRecv-Q\tSend-Q\tLocal Address:Port\tPeer Address:Port\r\ntcp\tLISTEN\t0\t128\t0.0.0.0:22\t0.0.0.0:*\r\n';
    expect(rows(text)).toEqual(['tcp/22 0.0.0.0 listen']);
    expect(parseOutput(text).skipped).toEqual([]);
  });

  it('IPv6 with zone ids keeps the port right', () => {
    expect(rows('udp UNCONN 0 0 [fe80::1%eth0]:546 [::]:*')).toEqual(['udp/546 fe80::1%eth0 listen']);
    expect(rows('udp 0 0 fe80::1%eth0:123 :::*')).toEqual(['udp/123 fe80::1%eth0 listen']);
  });

  it('port 0 and 65535 are ports; above 65535 is named, never wrapped', () => {
    expect(rows('tcp LISTEN 0 128 0.0.0.0:65535 0.0.0.0:*')).toEqual(['tcp/65535 0.0.0.0 listen']);
    expect(rows('tcp LISTEN 0 128 0.0.0.0:0 0.0.0.0:*')).toEqual(['tcp/0 0.0.0.0 listen']);
    const high = parseOutput('tcp LISTEN 0 128 0.0.0.0:65536 0.0.0.0:*\n70000/tcp open x');
    expect(high.sockets).toEqual([]);
    expect(high.skipped.map((s) => s.reason)).toEqual(['port-range', 'port-range']);
  });

  it('an address without a port is named', () => {
    const result = parseOutput('tcp LISTEN 0 128 127.0.0.1 0.0.0.0:*\n  TCP    ::1    [::]:0    LISTENING    4');
    expect(result.sockets).toEqual([]);
    expect(result.skipped.map((s) => s.reason)).toEqual(['no-port', 'no-port']);
  });

  it("another program's output is listed line by line as not understood", () => {
    const text = 'total 12\ndrwxr-xr-x 2 root root 4096 Dec  8 01:00 .\n-rw-r--r-- 1 root root  220 Dec  8 01:00 .bashrc';
    const result = parseOutput(text);
    expect(result.formats).toEqual([]);
    expect(result.skipped.map((s) => [s.line, s.reason])).toEqual([
      [1, 'unknown'],
      [2, 'unknown'],
      [3, 'unknown'],
    ]);
  });
});
