import { parsePort } from './parse-port';
import { checksums, type PacketFields } from './packet';
import { MAX_PARAM_LENGTH, quoteParam, readParam, type Message } from './interactive-state';

/**
 * The packet and NAT walkthrough of the packet and NAT lessons: a laptop and a phone behind a home
 * router reach a web server; replies map back; an unsolicited packet is dropped; optional steps add
 * a carrier-grade NAT. Then the reader edits port-forwarding rules and sends test packets in.
 * Every address is from a documentation or private block (RFC 5737, RFC 1918, RFC 6598; MACs from RFC 7042).
 */

/** The machines of the walkthrough. */
export const net = {
  laptop: { ip: '192.168.0.2', mac: '00:00:5e:00:53:02' },
  phone: { ip: '192.168.0.3', mac: '00:00:5e:00:53:03' },
  routerLan: { ip: '192.168.0.1', mac: '00:00:5e:00:53:01' },
  routerWan: { ip: '203.0.113.7', mac: '00:00:5e:00:53:07' },
  /** The home router's WAN address when the provider puts it behind CGNAT (RFC 6598 shared space). */
  routerWanCgnat: { ip: '100.64.0.7', mac: '00:00:5e:00:53:07' },
  /** The next router on the provider's side (the carrier NAT when CGNAT is on). */
  provider: { ip: '100.64.0.1', mac: '00:00:5e:00:53:91' },
  server: { ip: '198.51.100.20', port: 443 },
  scanner: { ip: '192.0.2.66' },
} as const;

/** A field of the packet drawing; the ones a hop changed are highlighted. */
export type Field = 'dstMac' | 'srcMac' | 'srcIp' | 'dstIp' | 'ttl' | 'ipSum' | 'srcPort' | 'dstPort' | 'tcpSum' | 'fcs';

/** A packet as drawn: header fields, its checksums, and what its payload is. */
export interface PacketView extends PacketFields {
  ipSum: string;
  tcpSum: string;
  fcs: string;
  payload: Message;
}

/** One row of a NAT translation table, and what just happened to it. */
export interface NatRow {
  inside: string;
  outside: string;
  remote: string;
  mark?: 'new' | 'used' | 'expired';
}

/** One step of the walkthrough. */
export interface NatStep {
  id: string;
  /** What happens, in one sentence (also announced). */
  say: Message;
  /** Where the packet is: "laptop to router" etc. */
  hop?: Message;
  packet?: PacketView;
  changed: Field[];
  /** The home router's translation table after this step. */
  table: NatRow[];
  /** The carrier NAT's table, in the CGNAT steps. */
  carrierTable?: NatRow[];
  verdict?: 'delivered' | 'dropped';
  /** Part of the optional CGNAT steps. */
  cgnat?: boolean;
}

function packet(fields: PacketFields, payload: Message): PacketView {
  const sums = checksums(fields);
  return { ...fields, ipSum: sums.ip, tcpSum: sums.tcp, fcs: sums.fcs, payload };
}

const ep = (ip: string, port: number) => `${ip}:${port}`;
const serverEp = ep(net.server.ip, net.server.port);
const syn: Message = { key: 'nat.payload.syn' };
const synAck: Message = { key: 'nat.payload.synAck' };

/** Every step, optional CGNAT steps last; `steps(cgnat)` picks the ones shown. */
function allSteps(): NatStep[] {
  const laptopIn = ep(net.laptop.ip, 51234);
  const phoneIn = ep(net.phone.ip, 51234);
  const laptopOut = ep(net.routerWan.ip, 40001);
  const phoneOut = ep(net.routerWan.ip, 40002);
  const row1: NatRow = { inside: laptopIn, outside: laptopOut, remote: serverEp };
  const row2: NatRow = { inside: phoneIn, outside: phoneOut, remote: serverEp };
  const laptopSyn: PacketFields = {
    srcMac: net.laptop.mac,
    dstMac: net.routerLan.mac,
    srcIp: net.laptop.ip,
    dstIp: net.server.ip,
    ttl: 64,
    srcPort: 51234,
    dstPort: 443,
    flags: 'SYN',
    seq: 0x1a2b3c4d,
    ack: 0,
  };
  const laptopSynOut: PacketFields = {
    ...laptopSyn,
    srcMac: net.routerWan.mac,
    dstMac: net.provider.mac,
    srcIp: net.routerWan.ip,
    ttl: 63,
    srcPort: 40001,
  };
  const phoneSyn: PacketFields = { ...laptopSyn, srcMac: net.phone.mac, srcIp: net.phone.ip, seq: 0x5e6f7081 };
  const phoneSynOut: PacketFields = {
    ...phoneSyn,
    srcMac: net.routerWan.mac,
    dstMac: net.provider.mac,
    srcIp: net.routerWan.ip,
    ttl: 63,
    srcPort: 40002,
  };
  const reply: PacketFields = {
    srcMac: net.provider.mac,
    dstMac: net.routerWan.mac,
    srcIp: net.server.ip,
    dstIp: net.routerWan.ip,
    ttl: 52,
    srcPort: 443,
    dstPort: 40001,
    flags: 'SYN, ACK',
    seq: 0x0badcafe,
    ack: 0x1a2b3c4e,
  };
  const replyIn: PacketFields = {
    ...reply,
    srcMac: net.routerLan.mac,
    dstMac: net.laptop.mac,
    dstIp: net.laptop.ip,
    ttl: 51,
    dstPort: 51234,
  };
  const probe: PacketFields = {
    srcMac: net.provider.mac,
    dstMac: net.routerWan.mac,
    srcIp: net.scanner.ip,
    dstIp: net.routerWan.ip,
    ttl: 49,
    srcPort: 55000,
    dstPort: 23,
    flags: 'SYN',
    seq: 0x31337,
    ack: 0,
  };
  const cgnatHome: PacketFields = { ...laptopSynOut, srcIp: net.routerWanCgnat.ip };
  const cgnatOut: PacketFields = {
    ...cgnatHome,
    srcMac: '00:00:5e:00:53:92',
    dstMac: '00:00:5e:00:53:93',
    srcIp: net.routerWan.ip,
    ttl: 62,
    srcPort: 62001,
  };
  const cgnatProbe: PacketFields = { ...probe, dstMac: '00:00:5e:00:53:92', srcPort: 55001, dstPort: 25 };
  const carrierRow: NatRow = { inside: ep(net.routerWanCgnat.ip, 40001), outside: ep(net.routerWan.ip, 62001), remote: serverEp };
  return [
    {
      id: 'laptop-sends',
      say: { key: 'nat.say.laptopSends', vars: { from: laptopIn, to: serverEp } },
      hop: { key: 'nat.hop.laptopRouter' },
      packet: packet(laptopSyn, syn),
      changed: [],
      table: [],
    },
    {
      id: 'router-rewrites',
      say: { key: 'nat.say.rewrite', vars: { from: laptopIn, to: laptopOut } },
      hop: { key: 'nat.hop.routerInternet' },
      packet: packet(laptopSynOut, syn),
      changed: ['dstMac', 'srcMac', 'srcIp', 'ttl', 'ipSum', 'srcPort', 'tcpSum', 'fcs'],
      table: [{ ...row1, mark: 'new' }],
    },
    {
      id: 'phone-sends',
      say: { key: 'nat.say.phoneSends', vars: { from: phoneIn, to: serverEp } },
      hop: { key: 'nat.hop.phoneRouter' },
      packet: packet(phoneSyn, syn),
      changed: [],
      table: [row1],
    },
    {
      id: 'router-picks-port',
      say: { key: 'nat.say.newPort', vars: { from: phoneIn, to: phoneOut, taken: 40001 } },
      hop: { key: 'nat.hop.routerInternet' },
      packet: packet(phoneSynOut, syn),
      changed: ['dstMac', 'srcMac', 'srcIp', 'ttl', 'ipSum', 'srcPort', 'tcpSum', 'fcs'],
      table: [row1, { ...row2, mark: 'new' }],
    },
    {
      id: 'reply-arrives',
      say: { key: 'nat.say.replyArrives', vars: { from: serverEp, to: laptopOut } },
      hop: { key: 'nat.hop.internetRouter' },
      packet: packet(reply, synAck),
      changed: [],
      table: [{ ...row1, mark: 'used' }, row2],
    },
    {
      id: 'reply-mapped-back',
      say: { key: 'nat.say.mapBack', vars: { from: laptopOut, to: laptopIn } },
      hop: { key: 'nat.hop.routerLaptop' },
      packet: packet(replyIn, synAck),
      changed: ['dstMac', 'srcMac', 'dstIp', 'ttl', 'ipSum', 'dstPort', 'tcpSum', 'fcs'],
      table: [{ ...row1, mark: 'used' }, row2],
      verdict: 'delivered',
    },
    {
      id: 'unsolicited-dropped',
      say: { key: 'nat.say.unsolicited', vars: { from: ep(net.scanner.ip, 55000), to: ep(net.routerWan.ip, 23) } },
      hop: { key: 'nat.hop.internetRouter' },
      packet: packet(probe, syn),
      changed: [],
      table: [row1, row2],
      verdict: 'dropped',
    },
    {
      id: 'rows-expire',
      say: { key: 'nat.say.expire' },
      changed: [],
      table: [
        { ...row1, mark: 'expired' },
        { ...row2, mark: 'expired' },
      ],
    },
    {
      id: 'cgnat-home',
      cgnat: true,
      say: { key: 'nat.say.cgnatHome', vars: { from: laptopIn, to: ep(net.routerWanCgnat.ip, 40001) } },
      hop: { key: 'nat.hop.routerCarrier' },
      packet: packet(cgnatHome, syn),
      changed: ['dstMac', 'srcMac', 'srcIp', 'ttl', 'ipSum', 'srcPort', 'tcpSum', 'fcs'],
      table: [{ inside: laptopIn, outside: ep(net.routerWanCgnat.ip, 40001), remote: serverEp, mark: 'new' }],
      carrierTable: [],
    },
    {
      id: 'cgnat-carrier',
      cgnat: true,
      say: { key: 'nat.say.cgnatCarrier', vars: { from: ep(net.routerWanCgnat.ip, 40001), to: ep(net.routerWan.ip, 62001) } },
      hop: { key: 'nat.hop.carrierInternet' },
      packet: packet(cgnatOut, syn),
      changed: ['dstMac', 'srcMac', 'srcIp', 'ttl', 'ipSum', 'srcPort', 'tcpSum', 'fcs'],
      table: [{ inside: laptopIn, outside: ep(net.routerWanCgnat.ip, 40001), remote: serverEp }],
      carrierTable: [{ ...carrierRow, mark: 'new' }],
    },
    {
      id: 'cgnat-forward-useless',
      cgnat: true,
      say: { key: 'nat.say.cgnatDropped', vars: { to: ep(net.routerWan.ip, 25) } },
      hop: { key: 'nat.hop.internetCarrier' },
      packet: packet(cgnatProbe, syn),
      changed: [],
      table: [{ inside: laptopIn, outside: ep(net.routerWanCgnat.ip, 40001), remote: serverEp }],
      carrierTable: [carrierRow],
      verdict: 'dropped',
    },
  ];
}

const everyStep = allSteps();

/** The steps shown: the base exchange, plus the CGNAT steps when they are turned on. */
export function natSteps(cgnat: boolean): NatStep[] {
  return everyStep.filter((s) => cgnat || !s.cgnat);
}

/** "Step 3 of 8: …", for the live region. */
export function stepAnnouncement(step: number, cgnat: boolean): Message[] {
  const list = natSteps(cgnat);
  const current = list[step - 1] ?? list[0]!;
  return [{ key: 'nat.stepOf', vars: { n: step, total: list.length } }, current.say];
}

// ----- Port forwarding -----

/** A transport protocol a forwarding rule can name. */
export type RuleProtocol = 'tcp' | 'udp';

/** A port-forwarding rule: packets to the router's public address on `external` go to `ip`:`internal`. */
export interface ForwardRule {
  protocol: RuleProtocol;
  external: number;
  ip: string;
  internal: number;
}

/** The lesson's example rules: mail on 25 and a web server reached from outside on 8080. */
export const defaultRules: ForwardRule[] = [
  { protocol: 'tcp', external: 25, ip: net.laptop.ip, internal: 25 },
  { protocol: 'tcp', external: 8080, ip: net.laptop.ip, internal: 80 },
];

/** What listens inside the home: the laptop runs a mail server (TCP 25) and a web server (TCP 80); the phone runs none. */
export const listeners: Record<string, { name: 'laptop' | 'phone'; services: string[] }> = {
  [net.laptop.ip]: { name: 'laptop', services: ['tcp/25', 'tcp/80'] },
  [net.phone.ip]: { name: 'phone', services: [] },
};

/** A rule draft as typed in the editor. */
export interface RuleDraft {
  protocol: string;
  external: string;
  ip: string;
  internal: string;
}

/** Why a rule draft is rejected, per field. */
export type RuleErrors = Partial<Record<keyof RuleDraft, Message>>;

function portError(text: string): Message | number {
  const parsed = parsePort(text);
  if (!parsed.ok) return { key: `nat.error.port.${parsed.reason}` };
  if (parsed.port === 0) return { key: 'nat.error.port.zero' };
  return parsed.port;
}

/** Checks an IPv4 address typed for the inside of the home network (192.168.0.0/24). */
export function insideAddressError(text: string): Message | undefined {
  const ip = text.trim();
  const parts = ip.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return { key: 'nat.error.ip.format' };
  if (!ip.startsWith('192.168.0.')) return { key: 'nat.error.ip.outside' };
  const last = Number(parts[3]);
  if (last === 0 || last === 255) return { key: 'nat.error.ip.reserved' };
  if (last === 1) return { key: 'nat.error.ip.router' };
  return undefined;
}

/**
 * Validates a draft against the other rules (`others` excludes the rule being changed): either a
 * rule, or a message for each wrong field.
 */
export function checkRule(draft: RuleDraft, others: ForwardRule[]): { rule: ForwardRule } | { errors: RuleErrors } {
  const errors: RuleErrors = {};
  const protocol = draft.protocol === 'tcp' || draft.protocol === 'udp' ? draft.protocol : undefined;
  if (!protocol) errors.protocol = { key: 'nat.error.protocol' };
  const external = portError(draft.external);
  if (typeof external !== 'number') errors.external = external;
  const ipError = insideAddressError(draft.ip);
  if (ipError) errors.ip = ipError;
  const internal = portError(draft.internal);
  if (typeof internal !== 'number') errors.internal = internal;
  if (protocol && typeof external === 'number' && others.some((r) => r.protocol === protocol && r.external === external)) {
    errors.external = { key: 'nat.error.duplicate', vars: { protocol: protocol.toUpperCase(), n: external } };
  }
  if (Object.keys(errors).length > 0 || !protocol || typeof external !== 'number' || typeof internal !== 'number') return { errors };
  return { rule: { protocol, external, ip: draft.ip.trim(), internal } };
}

/** Where a test packet from the internet ends up. */
export type TestResult =
  | { outcome: 'delivered'; rule: ForwardRule; device: 'laptop' | 'phone' }
  | { outcome: 'no-rule' | 'wrong-protocol' | 'cgnat' }
  | { outcome: 'no-device' | 'not-listening'; rule: ForwardRule };

/** Sends a packet from the internet to the router's public address on `protocol`/`port`. */
export function sendTest(rules: ForwardRule[], protocol: RuleProtocol, port: number, cgnat: boolean): TestResult {
  if (cgnat) return { outcome: 'cgnat' };
  const rule = rules.find((r) => r.protocol === protocol && r.external === port);
  if (!rule) return { outcome: rules.some((r) => r.external === port) ? 'wrong-protocol' : 'no-rule' };
  const host = listeners[rule.ip];
  if (!host) return { outcome: 'no-device', rule };
  if (!host.services.includes(`${rule.protocol}/${rule.internal}`)) return { outcome: 'not-listening', rule };
  return { outcome: 'delivered', rule, device: host.name };
}

/** The words for a test result. */
export function testMessage(result: TestResult, protocol: RuleProtocol, port: number): Message {
  const vars: Record<string, string | number> = { protocol: protocol.toUpperCase(), n: port, public: net.routerWan.ip };
  if ('rule' in result) Object.assign(vars, { ip: result.rule.ip, internal: result.rule.internal });
  if (result.outcome === 'delivered') return { key: `nat.test.delivered.${result.device}`, vars };
  return { key: `nat.test.${result.outcome}`, vars };
}

// ----- State in the address -----

/** The walkthrough's whole state. */
export interface NatState {
  /** 1-based step number. */
  step: number;
  cgnat: boolean;
  rules: ForwardRule[];
  /** The last test packet sent, if any. */
  test?: { protocol: RuleProtocol; port: number };
}

/** The state a fresh page starts in. */
export function defaultNatState(): NatState {
  return { step: 1, cgnat: false, rules: defaultRules.map((r) => ({ ...r })) };
}

/** Writes rules as "tcp-25-192.168.0.2-25_tcp-8080-192.168.0.2-80" (characters a URL keeps as they are). */
export function formatRules(rules: ForwardRule[]): string {
  return rules.map((r) => `${r.protocol}-${r.external}-${r.ip}-${r.internal}`).join('_');
}

/** Reads a rule list written by formatRules; undefined when any part of it is not a valid rule. */
export function parseRules(text: string): ForwardRule[] | undefined {
  if (text === '') return [];
  const rules: ForwardRule[] = [];
  for (const part of text.split('_')) {
    const m = /^(tcp|udp)-(\d{1,5})-([\d.]{7,15})-(\d{1,5})$/.exec(part);
    if (!m) return undefined;
    const checked = checkRule({ protocol: m[1]!, external: m[2]!, ip: m[3]!, internal: m[4]! }, rules);
    if (!('rule' in checked)) return undefined;
    rules.push(checked.rule);
  }
  return rules.length <= 20 ? rules : undefined;
}

/** The state an address asks for; each unusable value falls back to its default, with a note naming it. */
export function natFromQuery(search: string): { state: NatState; notes: Message[] } {
  const state = defaultNatState();
  const notes: Message[] = [];
  const bad = (name: string, value: string) => notes.push({ key: 'nat.note.badParam', vars: { name, value: quoteParam(value) } });
  const read = (name: string) => {
    const value = readParam(search, name);
    if (value !== undefined && value.length > MAX_PARAM_LENGTH) {
      bad(name, value);
      return undefined;
    }
    return value;
  };
  const cgnat = read('cgnat');
  if (cgnat === '1') state.cgnat = true;
  else if (cgnat !== undefined && cgnat !== '0') bad('cgnat', cgnat);
  const step = read('step');
  if (step !== undefined) {
    const n = /^\d{1,3}$/.test(step) ? Number(step) : NaN;
    if (n >= 1 && n <= natSteps(state.cgnat).length) state.step = n;
    else bad('step', step);
  }
  const rules = read('rules');
  if (rules !== undefined) {
    const parsed = parseRules(rules);
    if (parsed) state.rules = parsed;
    else bad('rules', rules);
  }
  const test = read('test');
  if (test !== undefined) {
    const m = /^(tcp|udp)-(\d{1,5})$/.exec(test);
    const port = m ? Number(m[2]) : NaN;
    if (m && port >= 1 && port <= 65535) state.test = { protocol: m[1] as RuleProtocol, port };
    else bad('test', test);
  }
  return { state, notes };
}

/** The query parameters of a state; defaults are left out so a plain address stays plain. */
export function natQuery(state: NatState): Record<string, string | undefined> {
  const rules = formatRules(state.rules);
  return {
    step: state.step === 1 ? undefined : String(state.step),
    cgnat: state.cgnat ? '1' : undefined,
    rules: rules === formatRules(defaultRules) ? undefined : rules,
    test: state.test ? `${state.test.protocol}-${state.test.port}` : undefined,
  };
}
