/**
 * Default ranges of temporary (ephemeral) client ports, which an operating system picks the local
 * port of an outgoing connection from. Linux: net.ipv4.ip_local_port_range (32768 60999); Windows
 * since Vista and macOS: the RFC 6335 Dynamic Ports, 49152-65535.
 */
export const ephemeralRanges = [
  { os: 'linux', first: 32768, last: 60999 },
  { os: 'windows', first: 49152, last: 65535 },
  { os: 'macos', first: 49152, last: 65535 },
] as const;

/** An operating system with a known default ephemeral range. */
export type EphemeralOs = (typeof ephemeralRanges)[number]['os'];

/** Operating systems whose default ephemeral range contains `port`, in ephemeralRanges order. */
export function ephemeralSystems(port: number): EphemeralOs[] {
  return ephemeralRanges.filter((r) => port >= r.first && port <= r.last).map((r) => r.os);
}
