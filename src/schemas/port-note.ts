import { z } from 'astro/zod';
import { englishNames, locales, type Lang } from '../lib/locales';
import { protocols } from '../lib/parse-port';

/** Text in every site language (src/lib/locales.ts); each one is required. */
export const bilingual = z.object(
  Object.fromEntries(locales.map((lang) => [lang, z.string().trim().min(1, `${englishNames[lang]} text is missing`)])) as Record<
    Lang,
    z.ZodString
  >,
);

/** Categories a port note can be filed under (labels in src/i18n). */
export const categories = [
  'web',
  'mail',
  'file-transfer',
  'remote-access',
  'database',
  'naming-time',
  'directory-auth',
  'messaging',
  'vpn-tunnels',
  'games',
  'media',
  'monitoring',
  'developer-tools',
  'network-infrastructure',
  'printing-devices',
  'storage-sharing',
  'industrial-iot',
  'legacy-diagnostic',
  'other',
] as const;

/** A category id. */
export type Category = (typeof categories)[number];

const protocol = z.enum(protocols, { error: (issue) => `unknown protocol ${JSON.stringify(issue.input)} (use tcp, udp, sctp or dccp)` });

/** A curated note about one port number (content/ports/*.yaml). */
export const portNoteSchema = z
  .object({
    /** The port number, 0–65535. */
    port: z
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(0, 'must be 0 or more')
      .max(65535, 'must be 65535 or less'),
    /** Protocols this note is about. */
    protocols: z.array(protocol).min(1, 'list at least one protocol'),
    /**
     * The short name people use: one string when it reads the same in every language ("HTTPS"),
     * else one per language ("HTTP alternate" / "HTTP 대체 포트"). Always per language once parsed.
     */
    name: z
      .union([z.string().trim().min(1, 'must not be empty'), bilingual], {
        error: 'must be a name, or a name per language (en:, ko:)',
      })
      .transform((name): Record<Lang, string> =>
        typeof name === 'string' ? (Object.fromEntries(locales.map((lang) => [lang, name])) as Record<Lang, string>) : name,
      ),
    /** Where the port belongs in the notable-ports table. */
    category: z.enum(categories, { error: (issue) => `unknown category ${JSON.stringify(issue.input)}` }),
    /** Page title. */
    title: bilingual,
    /** One or two sentences. */
    summary: bilingual,
    /** What runs on the port, IANA-official uses apart from unofficial ones. */
    uses: z
      .array(
        z.strictObject({
          /** True when IANA assigns this number to this use. */
          official: z.boolean(),
          protocols: z.array(protocol).min(1),
          text: bilingual,
        }),
      )
      .min(1, 'describe at least one use'),
    /** Why exposing the port is risky, where it is. */
    security: bilingual.optional(),
    /** Where the study note this site grew from labelled the port wrongly, what is true. */
    correction: bilingual.optional(),
    /** Sources: RFCs, the IANA registry, project docs. */
    references: z
      .array(z.strictObject({ title: z.string().trim().min(1), url: z.url({ protocol: /^https?$/ }) }))
      .min(1, 'cite at least one reference'),
    /** Slugs of related lessons. */
    lessons: z.array(z.string()).default([]),
    /** Words people type to find this port: product and service names ("zabbix", "rabbitmq"), lowercase. */
    keywords: z
      .array(
        z
          .string()
          .trim()
          .min(1, 'must not be empty')
          .regex(/^[\p{Ll}\p{Lo}0-9][\p{Ll}\p{Lo}0-9 ._+-]*$/u, 'write keywords in lowercase letters, digits, spaces, dots, dashes'),
      )
      .default([]),
  })
  .strict();

/** A validated port note. */
export type PortNote = z.infer<typeof portNoteSchema>;
