import { z } from 'astro/zod';
import { isCountryCode, suggestCountryCode } from '../countries.ts';
import { isPlainDate } from '../dates.ts';
import { isLanguageCode, suggestLanguageCode } from '../languages.ts';

/**
 * A calendar date written `2027-03-15`. YAML turns unquoted dates into Date objects (Astro's
 * loaders do too), so both forms are accepted and normalised to the string.
 */
export const plainDate = z
  .union([z.string(), z.date()], { error: 'expected a date like 2027-03-15' })
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .refine(isPlainDate, { error: 'expected a real date written like 2027-03-15' });

/** ISO 3166-1 alpha-2 country code, upper case. */
export const countryCode = z.string({ error: 'expected a country code like "ES"' }).refine(isCountryCode, {
  error: ({ input }) => {
    const suggestion = suggestCountryCode(String(input));
    const found = `found "${String(input)}"${suggestion ? `: write "${suggestion}"` : ''}`;
    return `expected an ISO 3166-1 alpha-2 country code like "ES" or "TT"; ${found}`;
  },
});

/** File names and references: lower-case ASCII letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A lower-case identifier used in file names and URLs. YAML reads an unquoted `2027` as a
 * number; it is taken as the name it spells.
 */
export const slug = z.preprocess(
  (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
  z.string({ error: 'expected an identifier' }).refine((s) => SLUG_PATTERN.test(s), {
    error: 'expected lower-case letters, digits and single hyphens, like "barcelona-2027"',
  }),
);

/** Non-empty text on one line. */
export const line = z.string({ error: 'expected text' }).trim().min(1, { error: 'expected text, found nothing' });

/** The two certifications the programme awards. */
export const certificationKind = z.enum(['cma', 'instructor'], { error: 'expected "cma" or "instructor"' });
export type CertificationKind = z.infer<typeof certificationKind>;

/** ISO 639-1 language code, lower case, e.g. "el". */
export const languageCode = z.string({ error: 'expected a language code like "fr"' }).refine(isLanguageCode, {
  error: ({ input }) => {
    const suggestion = suggestLanguageCode(String(input));
    const found = `found "${String(input)}"${suggestion ? `: write "${suggestion}"` : ''}`;
    return `expected an ISO 639-1 language code in lower case like "en", "fr" or "el"; ${found}`;
  },
});

/** A web address that starts with https:// and names a host with a dot. */
export const HTTPS_URL_PATTERN = /^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#][^\s]*)?$/i;
/** A web address as the /admin/ form checks it: https only, so no other kind of link reaches a page. */
export const httpsUrl = z
  .string({ error: 'expected a web address like "https://example.org"' })
  .refine((u) => HTTPS_URL_PATTERN.test(u), {
    error: 'expected a web address starting with https://, like "https://example.org"',
  });

/** An embedded `DataIntegrityProof` (cryptosuite `eddsa-rdfc-2022`) as `npm run issue` stores it. */
export const dataIntegrityProofSchema = z.strictObject({
  type: z.literal('DataIntegrityProof'),
  cryptosuite: z.literal('eddsa-rdfc-2022'),
  created: z.iso.datetime({ error: 'expected an ISO date-time' }),
  verificationMethod: z.string().min(1),
  proofPurpose: z.literal('assertionMethod'),
  proofValue: z.string().regex(/^z[1-9A-HJ-NP-Za-km-z]+$/, { error: 'expected a base58btc multibase value' }),
});
