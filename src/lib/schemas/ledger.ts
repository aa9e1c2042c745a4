import { z } from 'astro/zod';
import { certificationKind, plainDate, slug } from './common.ts';

/** One line of `content/ledger.jsonl`: a token as issued. Lines are only ever appended. */
export const ledgerEntrySchema = z.strictObject({
  /** Certificate ID, e.g. EFCE-CMA-2027-0042; a later line with the same ID re-signs it. */
  id: z
    .string()
    .refine((id) => /^[A-Z]{2,8}-(CMA|INS)-\d{4}-\d{4}$/.test(id), { error: 'expected an ID like EFCE-CMA-2027-0042' }),
  /** Trainer file name. */
  trainer: slug,
  cert: certificationKind,
  awarded: plainDate,
  /** Key that signed the token. */
  kid: z.string().min(1),
  token: z.string().min(1),
  /** Random salt for the name hash published when the holder is not listed. */
  salt: z.string().min(16),
  /** When it was signed (ISO date-time). */
  issuedAt: z.iso.datetime({ error: 'expected an ISO date-time' }),
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;
