import type { PortNote } from '../schemas/port-note';
import type { RegistryRecord } from '../schemas/registry-record';
import type { Protocol } from './parse-port';
import type { RegistryIndex } from './registry';

/** A curated note that disagrees with the IANA registry, and why. */
export interface NoteFinding {
  /** Note id (file name without extension). */
  id: string;
  port: number;
  /** Where in the note: "uses[0]" or "summary". */
  field: string;
  reason: string;
}

/** True when `text` names `name` as a word of its own ("http" in "HTTP/3", not in "https"). */
export function mentions(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![a-z0-9-])${escaped}(?![a-z0-9-])`, 'i').test(text);
}

/** Phrases that claim IANA has no row at all for a number, optionally for named protocols. */
const claimsNoRecord = /\b(?:no (TCP or UDP |TCP |UDP )?(?:record|entry)|has no record|IANA lists nothing)\b/i;
/** Phrases that claim IANA assigns nothing on a number (true of a reserved number). */
const claimsNoAssignment =
  /\b(no IANA (assignment|service)|IANA has no (assignment|service)|has no IANA assignment|registry has no service|no service is assigned|not an IANA assignment)\b/i;

const roleWords: Record<RegistryRecord['role'], string> = {
  primary: 'the primary name',
  alias: 'an alias',
  'unassigned-use': 'a widespread use it records without assigning it',
  unauthorized: 'a use it says had no assignment',
  conflict: 'a conflict record, not the assignment',
};

/** The sentences of a text that speak of `protocol`: those naming it, or naming no protocol at all. */
function aboutProtocol(text: string, protocol: Protocol): string {
  return text
    .split(/(?<=[.;!?])\s+/)
    .filter((sentence) => {
      const named = /\b(TCP|UDP|SCTP|DCCP)\b/gi;
      const found = [...sentence.matchAll(named)].map((m) => (m[1] ?? '').toLowerCase());
      return found.length === 0 || found.includes(protocol);
    })
    .join(' ');
}

/** Describes an IANA row briefly for a finding: 'x11 (6000-6063, tcp)'. */
function label(record: RegistryRecord): string {
  const span = record.ports && record.ports.first !== record.ports.last ? `${record.ports.first}-${record.ports.last}, ` : '';
  return `${record.service || record.description} (${span}${record.protocol ?? 'no protocol'})`;
}

/**
 * Checks curated notes against IANA. A use marked official needs an IANA row on that number and
 * protocol that assigns or reserves it; the IANA names it gives must be there on that protocol, and
 * not only an alias or an unassigned use while another name is primary; and if it names IANA
 * services, it names every primary one. A use marked unofficial must not be the only place a note
 * names a service IANA assigns there. No text may say IANA has no record where it has one, and the
 * title, summary and correction may not say IANA assigns nothing where it assigns the number.
 */
export function checkNotesAgainstIana(notes: readonly { id: string; data: PortNote }[], registry: RegistryIndex): NoteFinding[] {
  const findings: NoteFinding[] = [];
  for (const { id, data: note } of notes) {
    const port = note.port;
    const rows = [...registry.rowsAt(port), ...registry.rangesAt(port)];
    const on = (protocol: Protocol) => rows.filter((r) => r.protocol === protocol || r.protocol === null);
    const add = (field: string, reason: string) => findings.push({ id, port, field, reason });
    const allNames = [...new Set(rows.filter((r) => r.service).map((r) => r.service))];

    note.uses.forEach((use, i) => {
      const field = `uses[${i}]`;
      for (const protocol of use.protocols) {
        const text = aboutProtocol(use.text.en, protocol);
        const named = on(protocol).filter((r) => r.kind === 'assigned');
        const primary = [...new Set(named.filter((r) => r.role === 'primary').map((r) => r.service))];
        const namedHere = named.filter((r) => mentions(text, r.service));
        if (!use.official) {
          const officially = note.uses.some(
            (u) => u.official && u.protocols.includes(protocol) && primary.some((n) => mentions(u.text.en, n)),
          );
          for (const name of primary.filter((n) => mentions(text, n))) {
            if (!officially) add(field, `marks ${name} unofficial on ${port}/${protocol}, but IANA assigns ${name} there`);
          }
          continue;
        }
        if (!on(protocol).some((r) => r.kind !== 'unassigned')) {
          const there = on(protocol).map(label);
          add(
            field,
            `official on ${port}/${protocol}, but IANA has no assignment or reservation there${there.length ? ` (IANA lists: ${there.join('; ')})` : ''}`,
          );
          continue;
        }
        for (const name of allNames.filter((n) => mentions(text, n) && !named.some((r) => r.service === n))) {
          add(field, `official on ${port}/${protocol} names ${name}, but IANA does not list ${name} on ${protocol} there`);
        }
        const explained = /alias|duplicate|another name|older name|not to be used|without (an )?assignment|unassigned|conflict/i.test(text);
        const secondary = namedHere.filter((r) => r.role !== 'primary');
        if (secondary.length > 0 && !explained) {
          for (const r of secondary) {
            add(
              field,
              `official on ${port}/${protocol} names ${r.service}, which IANA lists as ${roleWords[r.role]}; IANA's primary name there is ${r.aliasOf ?? primary.join(', ')}`,
            );
          }
        } else if (namedHere.length > 0) {
          const missing = primary.filter((name) => !mentions(text, name));
          if (missing.length > 0)
            add(
              field,
              `official on ${port}/${protocol} names ${namedHere.map((r) => r.service).join(', ')} but not ${missing.join(', ')}, which IANA also assigns there`,
            );
        }
      }
    });

    const covers = (r: RegistryRecord) => r.protocol === null || note.protocols.includes(r.protocol);
    const listed = rows.filter((r) => r.kind !== 'unassigned' && covers(r));
    const assigned = rows.filter((r) => r.kind === 'assigned' && (r.role === 'primary' || r.role === 'alias') && covers(r));
    const texts: [string, string, boolean][] = [
      ['title', note.title.en, true],
      ['summary', note.summary.en, true],
      ...(note.correction ? [['correction', note.correction.en, true] as [string, string, boolean]] : []),
      ...note.uses.map((u, i): [string, string, boolean] => [`uses[${i}]`, u.text.en, false]),
    ];
    for (const [field, text, whole] of texts) {
      const claim = claimsNoRecord.exec(text);
      const named = claim?.[1]?.toLowerCase() ?? '';
      const claimed = claim && listed.filter((r) => r.protocol === null || !named || named.includes(r.protocol));
      if (claimed && claimed.length > 0) {
        add(field, `says IANA has no record for ${port}, but IANA lists: ${[...new Set(claimed.map(label))].join('; ')}`);
      } else if (whole && assigned.length > 0 && claimsNoAssignment.test(text)) {
        add(field, `says IANA assigns nothing on ${port}, but IANA assigns: ${[...new Set(assigned.map(label))].join('; ')}`);
      }
    }
  }
  return findings;
}

/** Findings as lines for people: "80-http uses[0]: …". Deduplicated, in note order. */
export function formatFindings(findings: readonly NoteFinding[]): string[] {
  return [...new Set(findings.map((f) => `${f.id} ${f.field}: ${f.reason}`))];
}
