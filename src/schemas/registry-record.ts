import { z } from 'astro/zod';
import { protocols } from '../lib/parse-port';

/** One normalised IANA registry record (see src/lib/registry.ts). */
export const registryRecordSchema = z.object({
  /** Port number, 0–65535. */
  port: z.number().int().min(0).max(65535),
  /** Transport protocol. */
  protocol: z.enum(protocols),
  /** IANA service name; empty for reserved and unassigned records. */
  service: z.string(),
  /** IANA's description. */
  description: z.string(),
  /** assigned, reserved or unassigned. */
  status: z.enum(['assigned', 'reserved', 'unassigned']),
});
