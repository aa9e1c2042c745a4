import { z } from 'astro/zod';
import { dataIntegrityProofSchema } from './common.ts';

/**
 * Entries in the one revocation list: the Bitstring Status List minimum, so that the list is large
 * enough that a holder's index says nothing about them ("group privacy" in the specification).
 */
export const STATUS_LIST_LENGTH = 131_072;

/**
 * `content/status-list.json`: the signed `BitstringStatusListCredential` (W3C Bitstring Status List
 * v1.0) that `npm run issue` writes and staff commit with the ledger; never edited by hand. Its
 * form is checked here, its proof and its bits by `npm run check`.
 */
export const statusListSchema = z.strictObject({
  '@context': z.tuple([z.literal('https://www.w3.org/ns/credentials/v2')]),
  /** Where the site publishes it: `<site>/registry/status-list.json`. */
  id: z.url(),
  type: z.tuple([z.literal('VerifiableCredential'), z.literal('BitstringStatusListCredential')]),
  /** The site's `did:web`, as in the credentials. */
  issuer: z.string().startsWith('did:web:', { error: 'expected the issuer did:web:<site host>' }),
  /** When it was signed. */
  validFrom: z.iso.datetime({ error: 'expected an ISO date-time' }),
  credentialSubject: z.strictObject({
    id: z.url(),
    type: z.literal('BitstringStatusList'),
    statusPurpose: z.literal('revocation'),
    /** The bits, GZIP-compressed and base64url-encoded, after the multibase prefix `u`. */
    encodedList: z.string().regex(/^u[A-Za-z0-9_-]+$/, { error: 'expected a multibase base64url list ("u…")' }),
  }),
  proof: z.tuple([dataIntegrityProofSchema]),
});

export type StatusListCredential = z.infer<typeof statusListSchema>;
