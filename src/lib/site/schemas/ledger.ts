import { z } from 'astro/zod';
import { certificationKind, dataIntegrityProofSchema, plainDate, slug } from './common.ts';
import { STATUS_LIST_LENGTH } from './status-list.ts';

/** One line of `content/ledger.jsonl`: a token as issued. Lines are only ever appended. */
export const ledgerEntrySchema = z
  .strictObject({
    /** Certificate ID, e.g. EFCE-CMA-2027-0042; a later line with the same ID re-signs it. */
    id: z.string().refine((id) => /^[A-Z]{2,8}-(CMA|INS)-\d{4}-\d{4}$/.test(id), {
      error: 'expected an ID like EFCE-CMA-2027-0042',
    }),
    /** Trainer file name. */
    trainer: slug,
    cert: certificationKind,
    awarded: plainDate,
    /** Key that signed the token. */
    kid: z.string().min(1),
    token: z.string().min(1),
    /** Random salt for the name hash published when the holder is not listed. */
    salt: z.string().min(16),
    /**
     * The certificate's place in the revocation list (`status-list.json`), given once and kept by
     * every re-signing. Absent on lines issued before the list.
     */
    statusIndex: z
      .int({ error: 'expected a whole number' })
      .min(0, { error: 'expected a status list index from 0' })
      .max(STATUS_LIST_LENGTH - 1, { error: `expected a status list index below ${STATUS_LIST_LENGTH}` })
      .optional(),
    /** When it was signed (ISO date-time). */
    issuedAt: z.iso.datetime({ error: 'expected an ISO date-time' }),
    /**
     * The Open Badges credential signed with the token: its proof, and the SHA-256 of the
     * credential it signed (rebuilt from content at build). Absent on lines issued before credentials.
     */
    credential: z
      .strictObject({
        sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'expected a SHA-256 in hex' }),
        proof: dataIntegrityProofSchema,
      })
      .optional(),
  })
  .superRefine((entry, context) => {
    // The token must say what its line says; a hand-edited line would otherwise publish a
    // record that its own certificate contradicts.
    const problem = tokenMismatch(entry);
    if (problem) context.addIssue({ code: 'custom', path: ['token'], message: problem });
  });

function decodeSegment(segment: string | undefined): Record<string, unknown> | undefined {
  try {
    const base64 = (segment ?? '').replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function tokenMismatch(entry: {
  id: string;
  cert: string;
  awarded: string;
  kid: string;
  token: string;
  credential?: { proof: { verificationMethod: string } } | undefined;
}) {
  const [header, payload] = entry.token.split('.').map(decodeSegment);
  if (!header || !payload || entry.token.split('.').length !== 3) return 'expected a signed certificate token';
  if (header.kid !== entry.kid) return `expected a token signed with key ${entry.kid}; it names ${String(header.kid)}`;
  if (payload.sub !== entry.id) return `expected the token of ${entry.id}; it is for ${String(payload.sub)}`;
  if (payload.cert !== entry.cert) return `expected a "${entry.cert}" token; it says "${String(payload.cert)}"`;
  if (payload.nbf !== Date.parse(`${entry.awarded}T00:00:00Z`) / 1000)
    return `expected the award date ${entry.awarded} in the token`;
  if (entry.credential && !entry.credential.proof.verificationMethod.endsWith(`#${entry.kid}`))
    return `expected the credential signed with key ${entry.kid} too; it names ${entry.credential.proof.verificationMethod}`;
  return undefined;
}
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;
