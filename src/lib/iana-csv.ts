import { parse } from 'csv-parse/sync';
import type { RecordKind, RecordRole, Reference, RegistryRecord } from '../schemas/registry-record';
import { protocols, type Protocol } from './parse-port';
import { isPort } from './ranges';

/** The columns of IANA's CSV export, in order. A file with other columns is not read. */
export const IANA_COLUMNS = [
  'Service Name',
  'Port Number',
  'Transport Protocol',
  'Description',
  'Assignee',
  'Contact',
  'Registration Date',
  'Modification Date',
  'Reference',
  'Service Code',
  'Unauthorized Use Reported',
  'Assignment Notes',
] as const;

/** Every row of the registry as a record, and every row that could not be read, by line. */
export interface ParsedRegistry {
  records: RegistryRecord[];
  /** "line 12: …" (or "lines 12–14: …" for a row over several lines), in file order. */
  problems: string[];
}

/** "[RFC9110][RFC9260]" → ["RFC9110", "RFC9260"]; text outside brackets is kept as its own item. */
function bracketed(cell: string): string[] {
  const items: string[] = [];
  let rest = cell;
  for (const match of cell.matchAll(/\[([^\]]*)\]/g)) {
    const inner = (match[1] ?? '').trim();
    if (inner) items.push(inner);
    rest = rest.replace(match[0], ' ');
  }
  const outside = rest.trim();
  return outside ? [...items, outside] : items;
}

/** One reference in IANA's notation: "RFC9110", "RFC4727, Section 3", "RFC-ietf-x-y-04", a URL, or text. */
export function parseReference(item: string): Reference {
  const rfc = /^RFC\s*(\d+)(?:\s*,\s*(.+))?$/i.exec(item);
  if (rfc) return { kind: 'rfc', number: Number(rfc[1]), ...(rfc[2] ? { section: rfc[2].trim() } : {}) };
  const queued = /^RFC-(ietf-[a-z0-9-]+)$/i.exec(item);
  if (queued) return { kind: 'draft', name: `draft-${queued[1]}` };
  if (/^draft-[a-z0-9-]+$/i.test(item)) return { kind: 'draft', name: item };
  if (/^https?:\/\/\S+$/i.test(item) && URL.canParse(item)) return { kind: 'link', url: item };
  return { kind: 'text', text: item.replace(/\s+/g, ' ') };
}

/** What a row says about its numbers: named rows assign; "Reserved" and IANA's "any private …" reserve. */
export function recordKind(service: string, description: string): RecordKind {
  if (service) return 'assigned';
  if (/^(reserved|any private)\b/i.test(description)) return 'reserved';
  return 'unassigned';
}

/** IANA's whole note on a row it lists only to record a conflict with the number's assignment. */
export const conflictNote = /^\s*<==\s*NOTE\s+Conflict on (\d+)\s*!?\s*$/i;

/** A named row's standing, from IANA's own words in its notes and unauthorized-use columns. */
export function recordRole(service: string, notes: string, unauthorizedUse: string): { role: RecordRole; aliasOf?: string } {
  const alias = /alias to "([^"]+)"|duplicate of the "([^"]+)" service/i.exec(notes);
  if (alias) return { role: 'alias', aliasOf: alias[1] ?? alias[2] ?? '' };
  if (/records an unassigned but widespread use/i.test(notes)) return { role: 'unassigned-use' };
  // IANA: shilp on 2049, a row with nothing but "<== NOTE Conflict on 2049 !".
  if (conflictNote.test(notes)) return { role: 'conflict' };
  // IANA: "krb524 assigned the port, nv used it without an assignment" on both rows of 4444.
  const squatter = /^(\S+) assigned the port, (\S+) used it without an assignment/i.exec(unauthorizedUse);
  if (squatter && service.startsWith(squatter[2] ?? '') && !service.startsWith(squatter[1] ?? '')) return { role: 'unauthorized' };
  return { role: 'primary' };
}

/** Turns one CSV row (already split into cells) into a record, or says what is wrong with it. */
function toRecord(cells: string[], line: number): RegistryRecord | string {
  if (cells.length !== IANA_COLUMNS.length) return `has ${cells.length} columns, expected ${IANA_COLUMNS.length}`;
  const [
    service,
    portCell,
    protocolCell,
    description,
    assignee,
    contact,
    registered,
    modified,
    reference,
    serviceCode,
    unauthorizedUse,
    notes,
  ] = cells.map((c) => c.trim()) as [string, string, string, string, string, string, string, string, string, string, string, string];

  let ports: RegistryRecord['ports'] = null;
  if (portCell) {
    const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(portCell);
    const first = Number(match?.[1]);
    const last = match?.[2] === undefined ? first : Number(match[2]);
    if (!match || !isPort(first) || !isPort(last) || first > last) {
      return `"Port Number" is "${portCell}", not a number or range within 0–65535`;
    }
    ports = { first, last };
  }
  const protocol = protocolCell.toLowerCase();
  if (protocol && !protocols.includes(protocol as Protocol)) {
    return `"Transport Protocol" is "${protocolCell}", not one of ${protocols.join(', ')}`;
  }
  if (!service && !ports) return 'has neither a service name nor a port number';
  for (const [column, value] of [
    ['Registration Date', registered],
    ['Modification Date', modified],
  ] as const) {
    if (value && !/^\d{4}-\d{2}(-\d{2})?$/.test(value)) return `"${column}" is "${value}", not a date (YYYY-MM-DD or YYYY-MM)`;
  }
  if (serviceCode && !/^\d+$/.test(serviceCode)) return `"Service Code" is "${serviceCode}", not a number`;

  return {
    line,
    service,
    ports,
    protocol: protocol ? (protocol as Protocol) : null,
    description,
    assignee: bracketed(assignee),
    contact: bracketed(contact),
    ...(registered ? { registered } : {}),
    ...(modified ? { modified } : {}),
    references: bracketed(reference).map(parseReference),
    ...(serviceCode ? { serviceCode } : {}),
    ...(unauthorizedUse ? { unauthorizedUse } : {}),
    ...(notes ? { notes } : {}),
    kind: recordKind(service, description),
    ...recordRole(service, notes, unauthorizedUse),
  };
}

/**
 * Reads IANA's CSV export (service-names-port-numbers.csv) with csv-parse. Every row becomes a
 * record; a row that cannot be read (bad quoting, wrong column count, a port outside 0–65535, an
 * unknown protocol, a malformed date) is listed by its line number instead, and never guessed at.
 */
export function parseIanaCsv(text: string): ParsedRegistry {
  const records: RegistryRecord[] = [];
  const problems: string[] = [];
  const where = (first: number, last: number) => (first === last ? `line ${first}` : `lines ${first}–${last}`);
  let lastLine = 0;
  let header: string[] | undefined;
  // After bad quoting the parser reports follow-on errors until it finds a row again: keep the first.
  let inBadQuoting = false;

  // csv-parse counts the CR of a CRLF inside a quoted cell as a line of its own: read LF only.
  parse(text.replace(/\r\n/g, '\n'), {
    bom: true,
    relax_column_count: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (inBadQuoting) return;
      inBadQuoting = true;
      problems.push(`line ${lastLine + 1}: not valid CSV (${error?.message ?? 'unreadable row'})`);
    },
    on_record: (record: string[], { lines }) => {
      const first = lastLine + 1;
      lastLine = lines;
      inBadQuoting = false;
      if (!header) {
        header = record;
        return null;
      }
      if (record.every((cell) => cell.trim() === '')) return null;
      const result = toRecord(record, first);
      if (typeof result === 'string') problems.push(`${where(first, lines)}: ${result}`);
      else records.push(result);
      return null;
    },
  });

  const columns = (header ?? []).map((c) => c.trim());
  if (columns.join() !== IANA_COLUMNS.join()) {
    return { records: [], problems: [`line 1: columns are "${columns.join(', ')}", expected "${IANA_COLUMNS.join(', ')}"`, ...problems] };
  }
  return { records, problems };
}
