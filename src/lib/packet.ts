/**
 * Builds the bytes of a minimal Ethernet + IPv4 + TCP packet and computes its real checksums, so
 * the NAT walkthrough can show what a router actually has to recompute when it rewrites fields.
 */

/** The header fields the walkthrough draws. */
export interface PacketFields {
  srcMac: string;
  dstMac: string;
  srcIp: string;
  dstIp: string;
  ttl: number;
  srcPort: number;
  dstPort: number;
  /** TCP flags as text: "SYN", "SYN, ACK". */
  flags: string;
  seq: number;
  ack: number;
}

const ipBytes = (ip: string) => ip.split('.').map(Number);
const macBytes = (mac: string) => mac.split(':').map((h) => Number.parseInt(h, 16));
const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const flagBits: Record<string, number> = { FIN: 1, SYN: 2, RST: 4, PSH: 8, ACK: 16 };

/** The Internet checksum (RFC 1071): one's complement of the one's complement sum of 16-bit words. */
export function internetChecksum(bytes: number[]): number {
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 2) sum += ((bytes[i] ?? 0) << 8) + (bytes[i + 1] ?? 0);
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

/** CRC-32 as Ethernet's frame check sequence uses it (IEEE 802.3, reflected, polynomial 0xEDB88320). */
export function crc32(bytes: number[]): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function ipHeader(p: PacketFields, checksum: number): number[] {
  return [0x45, 0, ...u16(40), ...u16(0), 0x40, 0, p.ttl, 6, ...u16(checksum), ...ipBytes(p.srcIp), ...ipBytes(p.dstIp)];
}

function tcpHeader(p: PacketFields, checksum: number): number[] {
  const flags = p.flags.split(/,\s*/).reduce((bits, f) => bits | (flagBits[f] ?? 0), 0);
  return [...u16(p.srcPort), ...u16(p.dstPort), ...u32(p.seq), ...u32(p.ack), 0x50, flags, ...u16(64240), ...u16(checksum), 0, 0];
}

/** The three checksums of the packet, as 0x-prefixed hex: IPv4 header, TCP (with pseudo-header), Ethernet FCS. */
export function checksums(p: PacketFields): { ip: string; tcp: string; fcs: string } {
  const ip = internetChecksum(ipHeader(p, 0));
  const pseudo = [...ipBytes(p.srcIp), ...ipBytes(p.dstIp), 0, 6, ...u16(20)];
  const tcp = internetChecksum([...pseudo, ...tcpHeader(p, 0)]);
  const frame = [...macBytes(p.dstMac), ...macBytes(p.srcMac), 0x08, 0x00, ...ipHeader(p, ip), ...tcpHeader(p, tcp)];
  while (frame.length < 60) frame.push(0);
  const hex = (n: number, digits: number) => `0x${n.toString(16).padStart(digits, '0')}`;
  return { ip: hex(ip, 4), tcp: hex(tcp, 4), fcs: hex(crc32(frame), 8) };
}
