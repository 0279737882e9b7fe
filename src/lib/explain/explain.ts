/**
 * Turns parsed sockets into what the page says: listening services (one per program and port,
 * IPv4 and IPv6 together), connections with the port that names their service, warnings, and the
 * counts on top.
 */
import { ephemeralSystems, type EphemeralOs } from '../ephemeral';
import { familyOf, fromNetwork, reachOf, type Reach } from './address';
import type { FormatId, ParseResult, Proto, Socket } from './parse';

/** Why a row deserves a second look. */
export type WarningId = 'exposed-database' | 'exposed-cache' | 'exposed-rpc' | 'exposed-admin' | 'cleartext-login';

/** Services that should not be reachable from other machines, by port, and the warning they get. */
export const exposedWarnings: ReadonlyMap<number, WarningId> = new Map<number, WarningId>([
  ...[1433, 1521, 3306, 5432, 5984, 7474, 8086, 9042, 9200, 9300, 27017, 27018, 28015].map((p) => [p, 'exposed-database'] as const),
  ...[6379, 11211].map((p) => [p, 'exposed-cache'] as const),
  ...[111, 135, 137, 139, 445, 2049].map((p) => [p, 'exposed-rpc'] as const),
  ...[2375, 2376, 2379, 3389, 5900, 8500, 10250, 15672].map((p) => [p, 'exposed-admin'] as const),
]);

/** Logins that travel unencrypted: FTP, Telnet and the BSD r-commands (rexec, rlogin, rsh). */
export const cleartextLogins: ReadonlySet<number> = new Set([21, 23, 512, 513, 514]);

/** One listening service: a program on a port, however many addresses it is bound to. */
export interface Service {
  proto: Proto;
  port: number;
  /** Widest reach of its addresses. */
  reach: Reach;
  family: '4' | '6' | 'both' | 'any';
  addresses: string[];
  program?: string;
  pid?: number;
  /** Container port a docker mapping forwards to. */
  target?: string;
  /** The state as printed, for nmap rows ("OPEN"). */
  state: string;
  format: FormatId;
  lines: number[];
  warnings: WarningId[];
  /** Systems whose temporary port range holds this number (a listener there is often short-lived). */
  ephemeral: EphemeralOs[];
}

/** One connection, with the port that names its service. */
export interface Connection {
  socket: Socket;
  /** In: someone connected to a port listening here; out: this machine connected to a service. */
  direction: 'in' | 'out';
  /** The service's port: the local one for an incoming connection, the remote one otherwise. */
  servicePort: number;
  /** For an outgoing connection: systems whose temporary port range holds the local (client) port. */
  clientEphemeral: EphemeralOs[];
  warnings: WarningId[];
}

/** What the page shows for a paste. */
export interface Explanation {
  listening: Service[];
  connections: Connection[];
  /** Closed, filtered or bound ports (nmap, PowerShell): listed, not explained. */
  other: Socket[];
  summary: { listening: number; reachable: number; warnings: number; connections: number };
  /** Connections per service port, most first. */
  byServicePort: { proto: Proto; port: number; count: number }[];
}

const reachOrder: Reach[] = ['local', 'link', 'lan', 'public', 'all'];

function listenWarnings(port: number, proto: Proto, reach: Reach): WarningId[] {
  if (!fromNetwork(reach)) return [];
  const warnings: WarningId[] = [];
  const exposed = exposedWarnings.get(port);
  if (exposed) warnings.push(exposed);
  if (proto === 'tcp' && cleartextLogins.has(port)) warnings.push('cleartext-login');
  return warnings;
}

/** Groups listening sockets into services: the same program on the same port, IPv4 and IPv6 together. */
export function groupServices(sockets: readonly Socket[]): Service[] {
  const groups = new Map<string, Service>();
  for (const s of sockets) {
    if (s.role !== 'listen') continue;
    const reach = reachOf(s.localAddr);
    // 0.0.0.0 and :: (or 127.0.0.1 and ::1) of one program are one service; other addresses stay apart.
    const where = reach === 'all' || reach === 'local' ? reach : s.localAddr.toLowerCase();
    const key = `${s.proto}|${s.localPort}|${s.pid ?? ''}|${s.program ?? ''}|${where}|${s.target ?? ''}`;
    const fam = s.family ?? familyOf(s.localAddr);
    let service = groups.get(key);
    if (!service) {
      service = {
        proto: s.proto,
        port: s.localPort,
        reach,
        family: fam,
        addresses: [],
        state: s.state,
        format: s.format,
        lines: [],
        warnings: [],
        ephemeral: ephemeralSystems(s.localPort),
        ...(s.program ? { program: s.program } : {}),
        ...(s.pid !== undefined ? { pid: s.pid } : {}),
        ...(s.target ? { target: s.target } : {}),
      };
      groups.set(key, service);
    } else if (service.family !== fam) {
      service.family = service.family === 'any' ? fam : fam === 'any' ? service.family : 'both';
    }
    if (!service.addresses.includes(s.localAddr)) service.addresses.push(s.localAddr);
    if (reachOrder.indexOf(reach) > reachOrder.indexOf(service.reach)) service.reach = reach;
    service.lines.push(s.line);
  }
  const services = [...groups.values()];
  for (const s of services) s.warnings = listenWarnings(s.port, s.proto, s.reach);
  return services.sort((a, b) => a.port - b.port || a.proto.localeCompare(b.proto));
}

/** Explains a parse: services, connections, the rest, and the counts. */
export function explain(parsed: ParseResult): Explanation {
  const listening = groupServices(parsed.sockets);
  const listeningPorts = new Set(listening.map((s) => `${s.proto}/${s.port}`));
  const connections: Connection[] = [];
  const other: Socket[] = [];
  const counts = new Map<string, { proto: Proto; port: number; count: number }>();
  for (const s of parsed.sockets) {
    if (s.role === 'listen') continue;
    if (s.role === 'other' || s.remotePort === undefined) {
      other.push(s);
      continue;
    }
    const inbound = listeningPorts.has(`${s.proto}/${s.localPort}`);
    const servicePort = inbound ? s.localPort : s.remotePort;
    const warnings: WarningId[] = s.proto === 'tcp' && cleartextLogins.has(servicePort) ? ['cleartext-login'] : [];
    connections.push({
      socket: s,
      direction: inbound ? 'in' : 'out',
      servicePort,
      clientEphemeral: inbound ? [] : ephemeralSystems(s.localPort),
      warnings,
    });
    const key = `${s.proto}/${servicePort}`;
    const entry = counts.get(key) ?? { proto: s.proto, port: servicePort, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  const warnings = listening.reduce((n, s) => n + s.warnings.length, 0) + connections.reduce((n, c) => n + c.warnings.length, 0);
  return {
    listening,
    connections,
    other,
    summary: {
      listening: listening.length,
      reachable: listening.filter((s) => fromNetwork(s.reach)).length,
      warnings,
      connections: connections.length,
    },
    byServicePort: [...counts.values()].sort((a, b) => b.count - a.count || a.port - b.port),
  };
}
