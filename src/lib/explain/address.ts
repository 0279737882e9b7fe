/**
 * Addresses in the output of ss, netstat, lsof, PowerShell, nmap and docker: splitting "host:port"
 * (or BSD's "host.port"), and what a bound address says about who can reach a socket.
 */

/** An address split from its port. */
export interface HostPort {
  host: string;
  /** The port as written: undefined when there is none, a string of digits otherwise (may be > 65535). */
  port?: string;
}

/** Removes [brackets] around an IPv6 address. */
function unbracket(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/**
 * Splits "0.0.0.0:80", "[::]:80", "*:80", ":::80", "fe80::1%eth0:546" (ss, netstat, lsof,
 * Windows) at the last colon. A bare address with no port ("127.0.0.1", "::1") gives no port.
 */
export function splitColon(text: string): HostPort | undefined {
  const bracket = /^\[([^\]]*)\](?::(\d+|\*))?$/.exec(text);
  if (bracket) return { host: bracket[1] ?? '', port: portText(bracket[2]) };
  const at = text.lastIndexOf(':');
  if (at < 0) return /^[\d.]+$|^\*$/.test(text) ? { host: text } : undefined;
  const host = text.slice(0, at);
  const port = text.slice(at + 1);
  if (!/^(\d+|\*)$/.test(port)) return /^[0-9a-f:.%\w]+$/i.test(text) && text.includes('::') ? { host: text } : undefined;
  // "::1" and "fe80::1" have no port: what is left before the last colon is no address.
  if (host === '' || host === ':' || (host.endsWith(':') && host !== '::')) return { host: text };
  // An IPv6 host without brackets or "::" has eight groups; fewer means the last group was part of it.
  if (host.includes(':') && !host.includes('::') && host.split(':').length < 8) return { host: text };
  return { host: unbracket(host), port: portText(port) };
}

/** Splits BSD netstat's "127.0.0.1.6379", "*.22", "::1.6379" and "fe80::1%lo0.123" at the last dot. */
export function splitDot(text: string): HostPort | undefined {
  if (text === '*.*') return { host: '*' };
  const at = text.lastIndexOf('.');
  if (at < 0) return /^[\w:%]+$/.test(text) ? { host: text } : undefined;
  const host = text.slice(0, at);
  const port = text.slice(at + 1);
  if (!/^(\d+|\*)$/.test(port)) return undefined;
  // An IPv4 address alone has four parts; with a port, five.
  if (!host.includes(':') && host !== '*' && host.split('.').length !== 4) return { host: text };
  return { host, port: portText(port) };
}

function portText(port: string | undefined): string | undefined {
  return port === undefined || port === '*' ? undefined : port;
}

/** Who can reach a socket bound to an address. */
export type Reach = 'local' | 'all' | 'link' | 'lan' | 'public';

/** IP version of an address: 4, 6, or unknown for "*". */
export type Family = '4' | '6' | 'any';

/** The address without a zone id ("fe80::1%eth0" → "fe80::1"), lower case. */
export function stripZone(host: string): string {
  const at = host.indexOf('%');
  return (at < 0 ? host : host.slice(0, at)).toLowerCase();
}

/** IPv4 address as four numbers, or undefined. */
function ipv4(host: string): number[] | undefined {
  const m = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  return parts.every((p) => p <= 255) ? parts : undefined;
}

/**
 * Who can reach a socket bound here: this machine only (127.0.0.0/8, ::1), every interface
 * (0.0.0.0, ::, *), the local link (169.254/16, fe80::/10), a private network (10/8, 172.16/12,
 * 192.168/16, 100.64/10, fc00::/7), or a public address of one interface.
 */
export function reachOf(address: string): Reach {
  const host = stripZone(address);
  if (host === '' || host === '*' || host === '0.0.0.0' || host === '::' || host === '::0' || host === '[::]') return 'all';
  if (host === 'localhost' || host === '::1') return 'local';
  const v4 = ipv4(host);
  if (v4) {
    const [a = 0, b = 0] = v4;
    if (a === 127) return 'local';
    if (a === 169 && b === 254) return 'link';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127)) return 'lan';
    return 'public';
  }
  if (/^fe[89ab]/.test(host)) return 'link';
  if (/^f[cd]/.test(host)) return 'lan';
  return 'public';
}

/** True when the socket can be reached from other machines. */
export function fromNetwork(reach: Reach): boolean {
  return reach !== 'local';
}

/** IP version of an address. */
export function familyOf(address: string): Family {
  const host = stripZone(address);
  if (host === '*' || host === '') return 'any';
  if (ipv4(host) && !host.startsWith('::ffff:')) return '4';
  return host.includes(':') ? '6' : '4';
}
