/** Lowest port number. */
export const PORT_MIN = 0;
/** Highest port number: ports are 16-bit, so each transport protocol has 65,536 of them. */
export const PORT_MAX = 65535;

/** The three ranges of RFC 6335 section 6, the single definition every page, test and diagram uses. */
export const portRanges = [
  { id: 'system', first: 0, last: 1023 },
  { id: 'user', first: 1024, last: 49151 },
  { id: 'dynamic', first: 49152, last: 65535 },
] as const;

/** One of the three port ranges. */
export type PortRange = (typeof portRanges)[number];
/** Id of a port range: system (well-known), user (registered), dynamic (private/ephemeral). */
export type RangeId = PortRange['id'];

/** Size of a block page: 256 divides every range boundary (1024 and 49152). */
export const BLOCK_SIZE = 256;

/** True for an integer from 0 to 65535. */
export function isPort(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= PORT_MIN && n <= PORT_MAX;
}

/** The range a port number belongs to. Throws on a number that is not a port. */
export function rangeOf(port: number): PortRange {
  if (!isPort(port)) throw new RangeError(`${String(port)} is not a port number (0–65535)`);
  const range = portRanges.find((r) => port <= r.last);
  if (!range) throw new RangeError(`${port} is beyond the last range`);
  return range;
}

/** Number of port numbers in a range. */
export function rangeSize(range: { first: number; last: number }): number {
  return range.last - range.first + 1;
}

/** A block of BLOCK_SIZE consecutive numbers, identified by its first and last. */
export interface Block {
  first: number;
  last: number;
}

/** The block a port number belongs to. */
export function blockOf(port: number): Block {
  if (!isPort(port)) throw new RangeError(`${String(port)} is not a port number (0–65535)`);
  const first = Math.floor(port / BLOCK_SIZE) * BLOCK_SIZE;
  return { first, last: first + BLOCK_SIZE - 1 };
}

/** All blocks of a range (or of every port number), in order. */
export function blocksIn(range: { first: number; last: number } = { first: PORT_MIN, last: PORT_MAX }): Block[] {
  const blocks: Block[] = [];
  for (let first = range.first; first <= range.last; first += BLOCK_SIZE) {
    blocks.push({ first, last: Math.min(first + BLOCK_SIZE - 1, range.last) });
  }
  return blocks;
}

/** The URL segment of a block ("1024-1279"). */
export function blockSlug(block: Block): string {
  return `${block.first}-${block.last}`;
}
