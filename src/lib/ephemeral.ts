/**
 * Default ranges of temporary (ephemeral) client ports, which an operating system picks the local
 * port of an outgoing connection from. Linux: net.ipv4.ip_local_port_range (32768 60999); Windows
 * since Vista and macOS: the RFC 6335 Dynamic Ports, 49152-65535. Other systems are left out
 * rather than guessed (FreeBSD's range is a sysctl whose default has changed over releases).
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

/** A default ephemeral range that overlaps a span of numbers, with the part of it inside the span. */
export interface EphemeralOverlap {
  os: EphemeralOs;
  first: number;
  last: number;
  /** The overlap: first and last number of the range that lie inside the span. */
  from: number;
  to: number;
}

/** The default ephemeral ranges that overlap a span (a port range or block), in ephemeralRanges order. */
export function ephemeralOverlaps(span: { first: number; last: number }): EphemeralOverlap[] {
  return ephemeralRanges
    .filter((r) => r.first <= span.last && r.last >= span.first)
    .map((r) => ({ os: r.os, first: r.first, last: r.last, from: Math.max(r.first, span.first), to: Math.min(r.last, span.last) }));
}

/** The parts of a span that no default ephemeral range covers (1024–32767 of the User Ports). */
export function outsideEphemeral(span: { first: number; last: number }): { first: number; last: number }[] {
  const gaps: { first: number; last: number }[] = [];
  let start = span.first;
  for (let port = span.first; port <= span.last + 1; port++) {
    const covered = port <= span.last && ephemeralSystems(port).length > 0;
    if (covered || port > span.last) {
      if (port > start) gaps.push({ first: start, last: port - 1 });
      start = port + 1;
    }
  }
  return gaps;
}
