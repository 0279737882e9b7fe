import type { Reference, RegistryRecord } from '../schemas/registry-record';

/** Keys of the plain-words sentences (UI strings "iana.note.<key>") this module can produce. */
export type NoteKey =
  | 'alias'
  | 'duplicate'
  | 'widespread'
  | 'deassigned'
  | 'previously'
  | 'removed'
  | 'historic'
  | 'noLongerInUse'
  | 'released'
  | 'txtKeys'
  | 'txtKeysNone'
  | 'unauthorized'
  | 'unauthorizedHere'
  | 'unauthorizedSquatter'
  | 'conflict';

/** One thing IANA says about a row, in words a reader can translate, or as IANA wrote it. */
export type NotePart = { key: NoteKey; vars: Record<string, string> } | { raw: string };

interface Pattern {
  re: RegExp;
  part(m: RegExpExecArray): NotePart | NotePart[];
}

const notePatterns: Pattern[] = [
  { re: /This entry is an alias to "([^"]+)"\.?/i, part: (m) => ({ key: 'alias', vars: { name: m[1] ?? '' } }) },
  {
    re: /This is a duplicate of the "([^"]+)" service and should not be used for discovery purposes\.?/i,
    part: (m) => ({ key: 'duplicate', vars: { name: m[1] ?? '' } }),
  },
  { re: /This entry records an unassigned but widespread use(\s*\(added [^)]*\))?/i, part: () => ({ key: 'widespread', vars: {} }) },
  {
    re: /De-assigned on (\d{4}-\d{2}-\d{2})(?:,\s*previously ([\w.+-]+)(?: by \[[^\]]*\])?)?\.?/i,
    part: (m): NotePart[] => [
      { key: 'deassigned', vars: { date: m[1] ?? '' } },
      ...(m[2] ? [{ key: 'previously' as const, vars: { name: m[2] } }] : []),
    ],
  },
  {
    re: /This entry (?:is being|has been) removed on (\d{4}-\d{2}-\d{2})\.?/i,
    part: (m) => ({ key: 'removed', vars: { date: m[1] ?? '' } }),
  },
  {
    re: /This entry is now historic, not usable for use with many\s+common service discovery mechanisms\.?/i,
    part: () => ({ key: 'historic', vars: {} }),
  },
  { re: /This service name is no longer in use\.?/i, part: () => ({ key: 'noLongerInUse', vars: {} }) },
  {
    re: /Previously assigned to (.+?) but released by \[RFC(\d+)\]\.?/i,
    part: (m) => ({ key: 'released', vars: { name: m[1] ?? '', rfc: m[2] ?? '' } }),
  },
  { re: /<==\s*NOTE\s+Conflict on (\d+)\s*!?/i, part: (m) => ({ key: 'conflict', vars: { port: m[1] ?? '' } }) },
  { re: /^Defined TXT keys:\s*(none|tbd)\.?$/i, part: () => ({ key: 'txtKeysNone', vars: {} }) },
  { re: /^Defined TXT keys:\s*([^\n]+)$/i, part: (m) => ({ key: 'txtKeys', vars: { keys: (m[1] ?? '').trim() } }) },
];

/** Splits IANA's free text into the sentences it recognises and what is left, as written. */
function explain(text: string, patterns: readonly Pattern[]): NotePart[] {
  const parts: NotePart[] = [];
  let rest = text;
  for (const { re, part } of patterns) {
    const m = re.exec(rest);
    if (!m) continue;
    parts.push(...[part(m)].flat());
    rest = rest.replace(m[0], ' ');
  }
  const left = rest.replace(/\s+/g, ' ').trim();
  if (/[a-z0-9]/i.test(left)) parts.push({ raw: left });
  return parts;
}

/** IANA's "Assignment Notes" of a row in plain words (with any part it cannot read kept as written). */
export function explainNotes(record: Pick<RegistryRecord, 'notes'>): NotePart[] {
  return record.notes ? explain(record.notes, notePatterns) : [];
}

/** IANA's "Unauthorized Use Reported" remark of a row in plain words. */
export function explainUnauthorizedUse(record: Pick<RegistryRecord, 'unauthorizedUse'>): NotePart[] {
  const text = record.unauthorizedUse;
  if (!text) return [];
  const squat = /^(\S+) assigned the port, (\S+) used it without an assignment$/i.exec(text);
  if (squat) return [{ key: 'unauthorizedSquatter', vars: { owner: squat[1] ?? '', user: squat[2] ?? '' } }];
  const ports = /(?:on|:)\s*ports?\s+([\d\s,&and-]+)$|(?:on|:)\s+(\d+)$/i.exec(text);
  const where = (ports?.[1] ?? ports?.[2] ?? '')
    .replace(/\s*(&|and)\s*/g, ', ')
    .replace(/\s+/g, ' ')
    .trim();
  if (/unauthori[sz]ed use|unofficial use|used unofficially/i.test(text)) {
    return where ? [{ key: 'unauthorized', vars: { ports: where } }] : [{ key: 'unauthorizedHere', vars: {} }, { raw: text }];
  }
  return [{ raw: text }];
}

/** "Jon_Postel" → "Jon Postel", "Stuart_Cheshire_4" → "Stuart Cheshire": IANA's person ids as names. */
export function personName(id: string): string {
  return id.replace(/_\d+$/, '').replace(/_/g, ' ');
}

/** Where a reference points and how to call it: RFCs at the RFC Editor, drafts at the IETF Datatracker. */
export function referenceLink(ref: Reference): { label: string; href?: string } {
  switch (ref.kind) {
    case 'rfc':
      return {
        label: `RFC ${ref.number}${ref.section ? `, ${ref.section}` : ''}`,
        href: `https://www.rfc-editor.org/rfc/rfc${ref.number}`,
      };
    case 'draft':
      return { label: ref.name, href: `https://datatracker.ietf.org/doc/${ref.name}/` };
    case 'link':
      return { label: ref.url.replace(/^https?:\/\//, ''), href: ref.url };
    case 'text':
      return { label: ref.text };
  }
}

/** IANA's own words longer than this many characters are folded on a page (the DNS-SD note of 80 has ~1,400). */
export const foldNoteAt = 300;

/** Note parts that describe the service rather than the row: shown once per page, whatever the row. */
const pageWide = (part: NotePart) => 'raw' in part || part.key === 'txtKeys' || part.key === 'txtKeysNone';

/**
 * The note parts each row of a page shows, rows in display order: every distinct IANA note once,
 * at the first row that carries it. IANA repeats a service's notes on its TCP, UDP and SCTP rows
 * (80 has the same 1,400-character note on two); a sentence about a row's standing ("a duplicate
 * of http") is still shown once for each service name.
 */
export function pageNoteParts(records: readonly Pick<RegistryRecord, 'service' | 'notes' | 'unauthorizedUse'>[]): NotePart[][] {
  const seen = new Set<string>();
  return records.map((record) =>
    [...explainNotes(record), ...explainUnauthorizedUse(record)].filter((part) => {
      const id = pageWide(part) ? JSON.stringify(part) : `${record.service}|${JSON.stringify(part)}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    }),
  );
}
