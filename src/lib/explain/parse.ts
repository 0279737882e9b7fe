/**
 * Reads what ss, netstat (Linux, macOS/BSD, Windows in English or Korean), lsof, PowerShell's
 * Get-NetTCPConnection/Get-NetUDPEndpoint, nmap (normal and -oG) and `docker ps` print, line by
 * line, into sockets. A header line names the format of the lines under it; a line that matches
 * no format, or has a port it cannot use, is kept with its number and the reason.
 */
import { splitColon, splitDot, type Family, type HostPort } from './address';

/** The outputs this page reads. */
export const formatIds = [
  'ss',
  'netstat-linux',
  'netstat-bsd',
  'lsof',
  'netstat-windows',
  'powershell-tcp',
  'powershell-udp',
  'nmap',
  'nmap-grepable',
  'docker',
] as const;

/** One of the outputs this page reads. */
export type FormatId = (typeof formatIds)[number];

/** Transport protocol of a socket. */
export type Proto = 'tcp' | 'udp' | 'sctp';

/** What a socket is doing: waiting for connections, part of one, or neither (closed, filtered, bound). */
export type Role = 'listen' | 'connection' | 'other';

/** One socket (or one published container port, or one scanned port) from a line of output. */
export interface Socket {
  proto: Proto;
  localAddr: string;
  localPort: number;
  remoteAddr?: string;
  remotePort?: number;
  /** The state as the tool printed it, upper case, Korean words translated ("LISTEN", "ESTABLISHED"). */
  state: string;
  role: Role;
  pid?: number;
  program?: string;
  /** IP version the tool names (lsof's TYPE, BSD's tcp46), where the address alone does not say. */
  family?: Family | 'both';
  /** Container port a docker mapping forwards to ("80/tcp"). */
  target?: string;
  /** 1-based line number in the paste. */
  line: number;
  format: FormatId;
}

/** Why a line gave no socket. */
export type SkipReason = 'unknown' | 'not-network' | 'port-range' | 'no-port' | 'binary' | 'not-published';

/** A line that gave no socket, with its number and why. */
export interface SkippedLine {
  line: number;
  /** The line, cut to 120 characters. */
  text: string;
  reason: SkipReason;
}

/** Everything read from a paste. */
export interface ParseResult {
  /** Formats recognised, in the order they first appear. */
  formats: FormatId[];
  sockets: Socket[];
  skipped: SkippedLine[];
  /** Lines read (after the cap). */
  lines: number;
  /** True when the paste was longer than the cap and only its start was read. */
  capped: boolean;
  /** True when the paste looks like a binary file rather than text. */
  binary: boolean;
}

/** The most characters read from one paste; the rest is left out and the page says so. */
export const maxChars = 1_000_000;
/** The most lines read from one paste. */
export const maxLines = 20_000;

type LineResult = Omit<Socket, 'line' | 'format'>[] | SkipReason | 'known' | undefined;

interface Context {
  current?: FormatId;
  /** Scanned host of the nmap report being read. */
  host: string;
  /** Sockets of a Windows `netstat -b` block still waiting for their program's name. */
  waiting: Socket[];
  /** Service names `netstat -b` printed above the program's name. */
  component?: string;
}

const headers: [RegExp, FormatId][] = [
  [/^(Netid\s+)?State\s+Recv-Q\s+Send-Q\s+Local\s+Address:Port\s+Peer\s+Address:Port/, 'ss'],
  [/^Proto\s+Recv-Q\s+Send-Q\s+Local\s+Address\s+Foreign\s+Address\s+\(state\)/, 'netstat-bsd'],
  [/^Proto\s+Recv-Q\s+Send-Q\s+Local\s+Address\s+Foreign\s+Address/, 'netstat-linux'],
  [/^COMMAND\s+PID\s+(TID\s+)?USER\s+FD\s+TYPE\s+DEVICE\s+SIZE\/OFF\s+NODE\s+NAME/, 'lsof'],
  [/^Proto\s+Local\s+Address\s+Foreign\s+Address\s+State/, 'netstat-windows'],
  [/^프로토콜\s+로컬\s*주소\s+외부\s*주소\s+상태/, 'netstat-windows'],
  [/^LocalAddress\s+LocalPort\s+RemoteAddress\s+RemotePort/, 'powershell-tcp'],
  [/^LocalAddress\s+LocalPort\b/, 'powershell-udp'],
  [/^PORT\s+STATE\s+SERVICE/, 'nmap'],
  [/^CONTAINER\s+ID\s+IMAGE/, 'docker'],
];

/** Lines that belong to a known output but describe no socket: titles, nmap's progress, separators. */
const noise: [RegExp, FormatId | undefined][] = [
  [/^Active\s+(Internet\s+connections|UNIX\s+domain\s+sockets|Bluetooth)/, undefined],
  [/^Active\s+Connections$/, 'netstat-windows'],
  [/^활성\s*연결$/, 'netstat-windows'],
  [/^(Can\s+not|Cannot)\s+obtain\s+ownership\s+information$/, 'netstat-windows'],
  [/^소유권\s*정보를\s*얻을\s*수\s*없습니다\.?$/, 'netstat-windows'],
  [/^-{3,}(\s+-{3,})*$/, undefined],
  [/^Proto\s+RefCnt\s+Flags\s+Type\s+State\s+I-Node\s+Path/, 'netstat-linux'],
  [
    /^(Starting Nmap|Host is up|Not shown:|All \d+ scanned ports|Service detection performed|Nmap done|Service Info:|Other addresses for|rDNS record for|Read data files from|OS detection performed|Some closed ports|Warning: )/,
    'nmap',
  ],
  [/^Host:\s+\S+.*\s+Status:\s+\w+$/, 'nmap-grepable'],
];

const ssStates = 'LISTEN|UNCONN|ESTAB|TIME-WAIT|SYN-SENT|SYN-RECV|FIN-WAIT-1|FIN-WAIT-2|CLOSE-WAIT|LAST-ACK|CLOSING|CLOSED';
const ssLine = new RegExp(`^(?:(\\w+)\\s+)?(${ssStates})\\s+\\d+\\s+\\d+\\s+(\\S+)\\s+(\\S+)(?:\\s+(.*))?$`);
const netstatLine = /^(tcp[46]{0,2}|udp[46]{0,2}|udpl|udplite6?|raw6?|sctp[46]?)\s+\d+\s+\d+\s+(\S+)\s+(\S+)(?:\s+(.*))?$/;
const windowsLine = /^(TCP|UDP)\s+(\S+)\s+(\S+)(?:\s+(.*))?$/;
const psStates = 'Listen|Established|TimeWait|CloseWait|Bound|SynSent|SynReceived|FinWait1|FinWait2|LastAck|Closing|Closed|DeleteTCB';
const psTcpLine = new RegExp(`^(\\S+)\\s+(\\d+)\\s+(\\S+)\\s+(\\d+)\\s+(${psStates})((?:\\s+\\S+)*)$`);
const psUdpLine = /^([\d.]+|[0-9a-fA-F:%.]*:[0-9a-fA-F:%.]*)\s+(\d+)(?:\s+(\d+))?$/;
const nmapLine = /^(\d+)\/(tcp|udp|sctp)\s+(open\|filtered|closed\|filtered|open|closed|filtered|unfiltered)(?:\s+(\S+))?/;
const nmapReport = /^Nmap scan report for (\S+)(?: \(([^)]+)\))?/;
const grepableLine = /^Host:\s+(\S+)(?:\s+\([^)]*\))?\s+Ports:\s+(.*?)(?:\s+Ignored State:.*)?$/;
const dockerMapping = /(?:^|[\s,])((?:\[[0-9a-fA-F:.%\w]*\]|[0-9a-fA-F:.]*):)?(\d+)(?:-(\d+))?->(\d+)(?:-(\d+))?\/(tcp|udp|sctp)\b/g;
const dockerExposed = /(?:^|[\s,])\d+(?:-\d+)?\/(tcp|udp|sctp)\b/;

/** Korean Windows states (some builds translate them), in the words netstat's English uses. */
const koreanStates: [RegExp, string][] = [
  [/^수신\s*대기(\s*중)?$/, 'LISTENING'],
  [/^(연결됨|설정됨)$/, 'ESTABLISHED'],
  [/^(시간\s*대기|대기\s*시간)$/, 'TIME_WAIT'],
  [/^닫기\s*대기$/, 'CLOSE_WAIT'],
  [/^동기\s*보냄$/, 'SYN_SENT'],
  [/^동기\s*받음$/, 'SYN_RECEIVED'],
];

/** The state words that mean "waiting for connections". */
const listenStates = new Set(['LISTEN', 'LISTENING', 'UNCONN', 'OPEN']);

/** A port as written, or why it is unusable. */
function toPort(text: string | undefined): number | 'port-range' | 'no-port' {
  if (text === undefined) return 'no-port';
  if (!/^\d{1,6}$/.test(text)) return 'port-range';
  const n = Number(text);
  return n > 65535 ? 'port-range' : n;
}

/** A remote side: "0.0.0.0:*", "*:*" and port 0 mean none. */
function remote(hp: HostPort | undefined): { remoteAddr?: string; remotePort?: number } | 'port-range' {
  if (!hp?.port) return {};
  const port = toPort(hp.port);
  if (port === 'port-range') return port;
  return port === 'no-port' || port === 0 ? {} : { remoteAddr: hp.host, remotePort: port };
}

/** Builds a socket from its parts, or says why not. */
function socket(
  proto: Proto,
  local: HostPort | undefined,
  peer: HostPort | undefined,
  state: string,
  extra: Partial<Socket> = {},
): LineResult {
  if (!local) return 'unknown';
  const port = toPort(local.port);
  if (typeof port !== 'number') return port;
  const far = remote(peer);
  if (far === 'port-range') return far;
  const upper = state.toUpperCase();
  const role: Role =
    listenStates.has(upper) || (upper === '' && far.remotePort === undefined) ? 'listen' : far.remotePort ? 'connection' : 'other';
  return [{ proto, localAddr: local.host, localPort: port, ...far, state: upper || (role === 'listen' ? 'LISTEN' : ''), role, ...extra }];
}

function protoOf(text: string): Proto {
  return text.startsWith('udp') ? 'udp' : text.startsWith('sctp') ? 'sctp' : 'tcp';
}

function parseSs(line: string): LineResult {
  const m = ssLine.exec(line);
  if (!m) return undefined;
  const [, netid, state = '', local = '', peer = '', rest = ''] = m;
  if (netid && !/^(tcp|udp|sctp|mptcp)$/.test(netid)) return /^(u_|nl|p_|raw|icmp)/.test(netid) ? 'not-network' : 'unknown';
  const proc = /users:\(\("((?:[^"\\]|\\.)*)",pid=(\d+)/.exec(rest);
  const proto: Proto = netid ? protoOf(netid) : state === 'UNCONN' ? 'udp' : 'tcp';
  return socket(proto, splitColon(local), splitColon(peer), state, proc ? { program: proc[1], pid: Number(proc[2]) } : {});
}

function parseNetstat(line: string): LineResult {
  const m = netstatLine.exec(line);
  if (!m) return undefined;
  const [, proto = '', local = '', peer = '', rest = ''] = m;
  if (proto.startsWith('raw')) return 'not-network';
  const bsd = /\.(\d+|\*)$/.test(local) && !/:(\d+|\*)$/.test(local);
  const split = bsd ? splitDot : splitColon;
  const words = rest.split(/\s+/).filter(Boolean);
  let state = '';
  if (words[0] && /^[A-Z][A-Z0-9_]+$/.test(words[0])) state = words.shift() ?? '';
  const owner = words.join(' ');
  const proc = /^(\d+)\/(.+)$/.exec(owner);
  const family: Socket['family'] | undefined = proto.endsWith('46')
    ? 'both'
    : proto.endsWith('6')
      ? '6'
      : proto.endsWith('4')
        ? '4'
        : undefined;
  const extra: Partial<Socket> = { ...(proc ? { pid: Number(proc[1]), program: proc[2] } : {}), ...(family ? { family } : {}) };
  const result = socket(protoOf(proto), split(local), split(peer), state, extra);
  return Array.isArray(result) ? result.map((s) => ({ ...s, format: bsd ? 'netstat-bsd' : 'netstat-linux' }) as typeof s) : result;
}

function parseLsof(line: string): LineResult {
  const words = line.split(/\s+/);
  const typeAt = words.findIndex((w, i) => i >= 3 && (w === 'IPv4' || w === 'IPv6'));
  if (typeAt < 0 || !/^\d+$/.test(words[1] ?? '')) return undefined;
  const protoAt = words.findIndex((w, i) => i > typeAt && (w === 'TCP' || w === 'UDP'));
  if (protoAt < 0) return undefined;
  const name = /^(\S+?)(?:->(\S+))?(?:\s+\(([A-Z_]+)\))?$/.exec(words.slice(protoAt + 1).join(' '));
  if (!name) return 'unknown';
  const [, local = '', peer, state = ''] = name;
  const program = (words[0] ?? '').replace(/\\x20/g, ' ');
  return socket(protoOf((words[protoAt] ?? '').toLowerCase()), splitColon(local), peer ? splitColon(peer) : undefined, state, {
    program,
    pid: Number(words[1]),
    family: words[typeAt] === 'IPv6' ? '6' : '4',
  });
}

function parseWindows(line: string): LineResult {
  const m = windowsLine.exec(line);
  if (!m) return undefined;
  const [, proto = '', local = '', peer = '', rest = ''] = m;
  const pid = /(?:^|\s)(\d+)$/.exec(rest);
  let state = (pid ? rest.slice(0, pid.index) : rest).trim();
  for (const [pattern, english] of koreanStates) if (pattern.test(state)) state = english;
  if (state && !/^[A-Z_0-9]+$/.test(state)) return 'unknown';
  return socket(protoOf(proto.toLowerCase()), splitColon(local), splitColon(peer), state, pid ? { pid: Number(pid[1]) } : {});
}

function parsePowerShell(line: string, ctx: Context): LineResult {
  const tcp = psTcpLine.exec(line);
  if (tcp) {
    const [, local = '', lport = '', peer = '', rport = '', state = '', rest = ''] = tcp;
    const last = rest.trim().split(/\s+/).pop() ?? '';
    return socket('tcp', { host: local, port: lport }, { host: peer, port: rport }, state, /^\d+$/.test(last) ? { pid: Number(last) } : {});
  }
  if (ctx.current !== 'powershell-udp') return undefined;
  const udp = psUdpLine.exec(line);
  if (!udp) return undefined;
  const [, local = '', lport = '', pid] = udp;
  return socket('udp', { host: local, port: lport }, undefined, 'LISTEN', pid ? { pid: Number(pid) } : {});
}

function parseNmap(line: string, ctx: Context): LineResult {
  const m = nmapLine.exec(line);
  if (!m) return undefined;
  const [, port = '', proto = '', state = '', service] = m;
  const result = socket(protoOf(proto), { host: ctx.host, port }, undefined, state);
  if (!Array.isArray(result)) return result;
  return result.map((s) => ({
    ...s,
    role: state === 'open' ? 'listen' : 'other',
    ...(service && service !== 'unknown' ? { program: service } : {}),
  }));
}

function parseGrepable(line: string): LineResult {
  const m = grepableLine.exec(line);
  if (!m) return undefined;
  const [, host = '', list = ''] = m;
  const sockets: Omit<Socket, 'line' | 'format'>[] = [];
  for (const entry of list.split(/,\s*/)) {
    const e = /^(\d+)\/([^/]*)\/(\w+)\/[^/]*\/([^/]*)\//.exec(entry.trim());
    if (!e) return 'unknown';
    const [, port = '', state = '', proto = '', service = ''] = e;
    const result = socket(protoOf(proto), { host, port }, undefined, state);
    if (!Array.isArray(result)) return result;
    for (const s of result) sockets.push({ ...s, role: state === 'open' ? 'listen' : 'other', ...(service ? { program: service } : {}) });
  }
  return sockets;
}

function parseDocker(line: string, ctx: Context): LineResult {
  const sockets: Omit<Socket, 'line' | 'format'>[] = [];
  const name = line.split(/\s+/).pop();
  for (const m of line.matchAll(dockerMapping)) {
    const [, hostPart, first = '', last, target = '', targetLast, proto = ''] = m;
    const host = hostPart ? hostPart.slice(0, -1).replace(/^\[(.*)\]$/, '$1') || '0.0.0.0' : '0.0.0.0';
    const from = toPort(first);
    const to = last === undefined ? from : toPort(last);
    if (typeof from !== 'number' || typeof to !== 'number') return 'port-range';
    for (let port = from; port <= to && port - from < 256; port++) {
      const into = Number(target) + (port - from);
      const targetText = targetLast === undefined && last === undefined ? target : String(into);
      sockets.push({
        proto: protoOf(proto),
        localAddr: host,
        localPort: port,
        state: 'LISTEN',
        role: 'listen',
        target: `${targetText}/${proto}`,
        ...(name && !name.includes('/') ? { program: name } : {}),
      });
    }
  }
  if (sockets.length) return sockets;
  if (ctx.current === 'docker') return dockerExposed.test(line) || line.split(/\s{2,}/).length >= 5 ? 'not-published' : 'unknown';
  return undefined;
}

type Parser = (line: string, ctx: Context) => LineResult;
const parsers: [FormatId, Parser][] = [
  ['ss', parseSs],
  ['netstat-linux', parseNetstat],
  ['netstat-bsd', parseNetstat],
  ['lsof', parseLsof],
  ['netstat-windows', parseWindows],
  ['powershell-tcp', parsePowerShell],
  ['powershell-udp', parsePowerShell],
  ['nmap', parseNmap],
  ['nmap-grepable', parseGrepable],
  ['docker', parseDocker],
];

/** True when text looks like a binary file: NUL bytes, or many control or replacement characters. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.includes('\0')) return true;
  const odd = sample.match(/[\u0001-\u0008\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  return sample.length > 0 && odd / sample.length > 0.05;
}

/** Reads a paste line by line. */
export function parseOutput(input: string): ParseResult {
  const capped = input.length > maxChars;
  const text = capped ? input.slice(0, maxChars) : input;
  if (looksBinary(text)) return { formats: [], sockets: [], skipped: [], lines: 0, capped, binary: true };
  const raw = text.split(/\r\n|\r|\n/);
  const lines = raw.length > maxLines ? raw.slice(0, maxLines) : raw;
  const result: ParseResult = {
    formats: [],
    sockets: [],
    skipped: [],
    lines: lines.length,
    capped: capped || raw.length > maxLines,
    binary: false,
  };
  const seen = new Set<FormatId>();
  const note = (format: FormatId | undefined) => {
    if (format && !seen.has(format)) {
      seen.add(format);
      result.formats.push(format);
    }
  };
  const ctx: Context = { host: '', waiting: [] };
  lines.forEach((rawLine, i) => {
    const lineNo = i + 1;
    const line = rawLine.replace(/\t/g, ' ').trim();
    if (line === '' || line.startsWith('#')) return;
    const skip = (reason: SkipReason) => result.skipped.push({ line: lineNo, text: line.slice(0, 120), reason });
    if (/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(line)) return skip('binary');
    const header = headers.find(([pattern]) => pattern.test(line));
    if (header) {
      ctx.current = header[1];
      ctx.waiting = [];
      return note(header[1]);
    }
    const report = nmapReport.exec(line);
    if (report) {
      ctx.host = report[2] ?? report[1] ?? '';
      return note('nmap');
    }
    const known = noise.find(([pattern]) => pattern.test(line));
    if (known) {
      if (/^Active\s+UNIX/.test(line)) ctx.current = 'netstat-linux';
      if (known[1] === 'netstat-windows') ctx.waiting = [];
      return note(known[1]);
    }
    if (ctx.current === 'netstat-windows' && windowsOwner(line, ctx)) return;
    if (/^unix\s/.test(line)) return skip('not-network');
    const order = ctx.current
      ? [...parsers.filter(([id]) => id === ctx.current), ...parsers.filter(([id]) => id !== ctx.current)]
      : parsers;
    for (const [id, parse] of order) {
      const found = parse(line, ctx);
      if (found === undefined) continue;
      if (found === 'known') return note(id);
      if (typeof found === 'string') return skip(found);
      for (const s of found) {
        const format = (s as Partial<Socket>).format ?? id;
        const full = { ...s, line: lineNo, format } as Socket;
        note(format);
        result.sockets.push(full);
        if (format === 'netstat-windows') ctx.waiting.push(full);
      }
      return;
    }
    skip('unknown');
  });
  return result;
}

/**
 * `netstat -b` prints, under each socket, the service it belongs to (" RpcSs") and the program in
 * brackets (" [svchost.exe]"): both are named on the sockets above them. True when the line was one.
 */
function windowsOwner(line: string, ctx: Context): boolean {
  const exe = /^\[(.+)\]$/.exec(line);
  if (exe && ctx.waiting.length) {
    const program = ctx.component ? `${exe[1]} (${ctx.component})` : exe[1];
    for (const s of ctx.waiting) s.program = program;
    ctx.waiting = [];
    ctx.component = undefined;
    return true;
  }
  if (/^[\w.-]+$/.test(line) && ctx.waiting.length && !/^\d+$/.test(line)) {
    ctx.component = line;
    return true;
  }
  return false;
}
