import { z } from 'astro/zod';
import { protocols } from '../lib/parse-port';

const port = z.number().int().min(0).max(65535);
/** IANA writes dates as YYYY-MM-DD or, for older entries, YYYY-MM. */
const ianaDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/);

/** A reference of an IANA row, parsed from its "[RFC9110]" style brackets. */
export const referenceSchema = z.discriminatedUnion('kind', [
  /** An RFC, optionally a section of it ("[RFC4727, Section 3.2]"). */
  z.object({ kind: z.literal('rfc'), number: z.number().int().positive(), section: z.string().optional() }),
  /** An Internet-Draft, including "RFC-ietf-…" drafts in the RFC Editor queue. */
  z.object({ kind: z.literal('draft'), name: z.string().min(1) }),
  /** A web address. */
  z.object({ kind: z.literal('link'), url: z.url({ protocol: /^https?$/ }) }),
  /** Anything else IANA wrote (a standard's name, a person); shown as text. */
  z.object({ kind: z.literal('text'), text: z.string().min(1) }),
]);

/**
 * One row of the IANA Service Name and Transport Protocol Port Number Registry, with every column
 * IANA publishes and what this site derives from them. Built by src/lib/iana-csv.ts.
 */
export const registryRecordSchema = z.object({
  /** Line of the vendored CSV where the row starts (the header is line 1). */
  line: z.number().int().min(2),
  /** Service name ("https"); empty for reserved and unassigned rows. */
  service: z.string(),
  /** The number, or first and last of a range ("6000-6063"); null for a service name with no port. */
  ports: z
    .object({ first: port, last: port })
    .refine((p) => p.first <= p.last, 'first port is after last')
    .nullable(),
  /** Transport protocol; null when IANA names none (reserved numbers, service names without ports). */
  protocol: z.enum(protocols).nullable(),
  /** IANA's description, as written. */
  description: z.string(),
  /** Who the assignment is to: IANA person or organisation ids ("IESG", "Jon_Postel"). */
  assignee: z.array(z.string()),
  /** Whom to contact, as IANA person ids. */
  contact: z.array(z.string()),
  /** Registration date, when IANA recorded one. */
  registered: ianaDate.optional(),
  /** Last modification date, when IANA recorded one. */
  modified: ianaDate.optional(),
  /** References, in IANA's order. */
  references: z.array(referenceSchema),
  /** DCCP service code, when the row has one. */
  serviceCode: z.string().optional(),
  /** IANA's "Unauthorized Use Reported" text, when there is one. */
  unauthorizedUse: z.string().optional(),
  /** IANA's "Assignment Notes", when there are any. */
  notes: z.string().optional(),
  /** What the row says about its number(s): a named assignment, a reservation, or nothing assigned. */
  kind: z.enum(['assigned', 'reserved', 'unassigned']),
  /**
   * For a named row: primary name, an alias of another name (IANA: "an alias to", "a duplicate of"),
   * a widespread use IANA records without assigning it, a use IANA says had no assignment, or a
   * conflict record (a name IANA lists on the number only to note a conflict: shilp on 2049).
   */
  role: z.enum(['primary', 'alias', 'unassigned-use', 'unauthorized', 'conflict']),
  /** The primary name an alias stands for. */
  aliasOf: z.string().optional(),
});

/** One IANA registry row. The only definition of the type: everything else imports it. */
export type RegistryRecord = z.infer<typeof registryRecordSchema>;
/** A parsed reference of a registry row. */
export type Reference = z.infer<typeof referenceSchema>;
/** What a row says about its number(s). */
export type RecordKind = RegistryRecord['kind'];
/** A named row's standing. */
export type RecordRole = RegistryRecord['role'];
