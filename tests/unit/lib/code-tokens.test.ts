import { describe, expect, it } from 'vitest';
import { optionRuns, wrapPieces } from '../../../src/lib/code-tokens';

describe('options in inline code', () => {
  it('keeps each option whole, the rest as it is', () => {
    expect(optionRuns('kill -TERM 95361')).toEqual([
      { text: 'kill ', whole: false },
      { text: '-TERM', whole: true },
      { text: ' 95361', whole: false },
    ]);
    expect(optionRuns('-sTCP:LISTEN')).toEqual([{ text: '-sTCP:LISTEN', whole: true }]);
    expect(
      optionRuns('fuser -k -TERM 8000/tcp')
        ?.filter((r) => r.whole)
        .map((r) => r.text),
    ).toEqual(['-k', '-TERM']);
    expect(
      optionRuns('systemctl stop --now nginx')
        ?.filter((r) => r.whole)
        .map((r) => r.text),
    ).toEqual(['--now']);
  });

  it('leaves code without options, hyphens inside words and very long options alone', () => {
    expect(optionRuns('net.ipv4.ip_local_port_range')).toBeUndefined();
    expect(optionRuns('http-alt')).toBeUndefined();
    expect(optionRuns('a - b')).toBeUndefined();
    expect(optionRuns('--a-very-long-option-name-indeed=1')).toBeUndefined();
  });
});

describe('places to wrap long inline code', () => {
  it('wraps a long identifier only after its separators', () => {
    expect(wrapPieces('net.ipv4.ip_unprivileged_port_start')).toEqual(['net.', 'ipv4.', 'ip_', 'unprivileged_', 'port_', 'start']);
    expect(wrapPieces('sysctl net.ipv4.ip_local_port_range')).toEqual(['sysctl net.', 'ipv4.', 'ip_', 'local_', 'port_', 'range']);
  });

  it('never wraps inside an IP address, between the slashes of a URL, or in short code', () => {
    expect(wrapPieces('http://203.0.113.7:8080/status/page')).toEqual(['http://203.0.113.7:8080/', 'status/', 'page']);
    expect(wrapPieces('https://example.com:443')).toEqual(['https://example.', 'com:443']);
    expect(wrapPieces('ERR_CONNECTION_TIMED_OUT')).toEqual(['ERR_', 'CONNECTION_', 'TIMED_', 'OUT']);
    expect(wrapPieces('ip_local_port_range')).toEqual(['ip_local_port_range']);
    expect(wrapPieces('kill -TERM 95361')).toEqual(['kill -TERM 95361']);
  });
});
