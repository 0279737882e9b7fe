import { PORT_MAX } from './ranges';

/** Transport protocols the IANA registry lists ports for. */
export const protocols = ['tcp', 'udp', 'sctp', 'dccp'] as const;
/** A transport protocol. */
export type Protocol = (typeof protocols)[number];

/** Why a reader's input is not a port number. */
export type ParseFailure = 'empty' | 'too-long' | 'negative' | 'too-large' | 'fraction' | 'exponent' | 'hex' | 'name' | 'not-a-number';

/** A port number (and protocol, if one was given), or why the input is not one. */
export type ParseResult =
  | { ok: true; port: number; protocol?: Protocol }
  | { ok: false; reason: ParseFailure; /** the number the reader may have meant */ suggestion?: number };

/** Inputs longer than this are not looked at further: no port needs more. */
export const MAX_INPUT_LENGTH = 64;

/** Zero of every decimal-digit run (Unicode Nd) that NFKC does not already fold to ASCII. */
const digitZeros = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040,
  0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50,
  0xabf0,
];

/**
 * Folds fullwidth, mathematical and other-script decimal digits to ASCII; leaves the rest alone.
 * ASCII text is returned as it is (NFKC leaves it unchanged, and its only digits are 0-9): the
 * first NFKC normalization and Unicode-property regex of a page cost the interactives' first
 * render several milliseconds, and nearly every input is ASCII.
 */
function asciiDigits(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  return text.normalize('NFKC').replace(/\p{Nd}/gu, (ch) => {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x30 && cp <= 0x39) return ch;
    const zero = digitZeros.find((z) => cp >= z && cp <= z + 9);
    return zero === undefined ? ch : String(cp - zero);
  });
}

/**
 * Reads what a reader typed as a port number. Accepts decimal digits in any script (٤٤٣, ４４３),
 * surrounding spaces, leading zeros and an optional protocol ("443/tcp", "udp 53"). Everything
 * else gets a reason, and where the intent is clear, the number the reader may have meant.
 */
export function parsePort(input: string): ParseResult {
  if (input.length > MAX_INPUT_LENGTH) return { ok: false, reason: 'too-long' };
  const text = asciiDigits(input).trim().toLowerCase();
  if (text === '') return { ok: false, reason: 'empty' };

  const withProtocol = /^(\d+)\s*[/\s]\s*(tcp|udp|sctp|dccp)$/.exec(text) ?? /^(tcp|udp|sctp|dccp)\s*[/\s:]\s*(\d+)$/.exec(text);
  if (withProtocol) {
    const [digits, protocol] = /^\d/.test(withProtocol[1] ?? '') ? [withProtocol[1], withProtocol[2]] : [withProtocol[2], withProtocol[1]];
    const result = parsePort(digits ?? '');
    return result.ok ? { ...result, protocol: protocol as Protocol } : result;
  }

  if (/^\d+$/.test(text)) {
    const port = Number(text);
    return port <= PORT_MAX ? { ok: true, port } : { ok: false, reason: 'too-large' };
  }
  if (/^-\s*\d+(\.\d+)?$/.test(text)) return { ok: false, reason: 'negative' };
  if (/^0x[0-9a-f]+$/.test(text)) {
    const value = Number.parseInt(text.slice(2), 16);
    return { ok: false, reason: 'hex', ...(value <= PORT_MAX ? { suggestion: value } : {}) };
  }
  if (/^\d*\.\d+$|^\d+\.$/.test(text)) return { ok: false, reason: 'fraction' };
  if (/^\d+(\.\d+)?e[+-]?\d+$/.test(text)) return { ok: false, reason: 'exponent' };
  if (/^[a-z][a-z0-9+._-]*$/.test(text)) return { ok: false, reason: 'name' };
  return { ok: false, reason: 'not-a-number' };
}
