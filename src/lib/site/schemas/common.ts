import { z } from 'astro/zod';
import { COUNTRY_CODES, suggestCountryCode } from '../countries.ts';
import { isPlainDate } from '../dates.ts';
import { LANGUAGE_CODES, suggestLanguageCode } from '../languages.ts';

/**
 * What the schemas say about a field besides its rules, for the /admin/ form that
 * `content/cms-config.ts` writes from them: `title` is the field's label and `description` its
 * hint (both standard JSON Schema), and these.
 */
declare module 'zod/v4/core' {
  interface GlobalMeta {
    /** A list's label for one of its items, e.g. "Certification" in "Add Certification". */
    itemTitle?: string;
    /** Several lines of text: a text area in the form. */
    multiline?: boolean;
    /** The value names a file of this collection (a module by its number), chosen from a list in the form. */
    references?: 'trainers' | 'cohorts' | 'venues' | 'modules';
    /** A code list whose options the form names: countries and languages in English, certifications by their titles. */
    codeList?: 'country' | 'language' | 'certification';
    /** What the form says when the text does not match the field's pattern (the checker says the same). */
    patternError?: string;
  }
}

/** Text matching `pattern`; `expected` is what `npm run check` and the /admin/ form say otherwise. */
export function matching(pattern: RegExp, expected: string) {
  return z.string({ error: expected }).regex(pattern, { error: expected }).meta({ patternError: expected });
}

/**
 * A calendar date written `2027-03-15`. YAML turns unquoted dates into Date objects (Astro's
 * loaders do too), so both forms are accepted and normalised to the string.
 */
export const plainDate = z
  .union([z.string(), z.date()], { error: 'expected a date like 2027-03-15' })
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .refine(isPlainDate, { error: 'expected a real date written like 2027-03-15' })
  .meta({ format: 'date' });

/** ISO 3166-1 alpha-2 country code, upper case. */
export const countryCode = z
  .enum(COUNTRY_CODES, {
    error: ({ input }) => {
      const suggestion = suggestCountryCode(String(input));
      const found = `found "${String(input)}"${suggestion ? `: write "${suggestion}"` : ''}`;
      return `expected an ISO 3166-1 alpha-2 country code like "ES" or "TT"; ${found}`;
    },
  })
  .meta({ codeList: 'country' });

/** File names and references: lower-case ASCII letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A lower-case identifier used in file names and URLs. YAML reads an unquoted `2027` as a
 * number; it is taken as the name it spells.
 */
export const slug = z.preprocess(
  (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
  matching(SLUG_PATTERN, 'expected lower-case letters, digits and single hyphens, like "barcelona-2027"'),
);

/** Non-empty text on one line. */
export const line = z.string({ error: 'expected text' }).trim().min(1, { error: 'expected text, found nothing' });

/** The two certifications the programme awards. */
export const certificationKind = z
  .enum(['cma', 'instructor'], { error: 'expected "cma" or "instructor"' })
  .meta({ codeList: 'certification' });
export type CertificationKind = z.infer<typeof certificationKind>;

/** ISO 639-1 language code, lower case, e.g. "el". */
export const languageCode = z
  .enum(LANGUAGE_CODES, {
    error: ({ input }) => {
      const suggestion = suggestLanguageCode(String(input));
      const found = `found "${String(input)}"${suggestion ? `: write "${suggestion}"` : ''}`;
      return `expected an ISO 639-1 language code in lower case like "en", "fr" or "el"; ${found}`;
    },
  })
  .meta({ codeList: 'language' });

/** A web address that starts with https:// and names a host with a dot. */
export const HTTPS_URL_PATTERN = /^https:\/\/[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)+(:\d+)?([/?#]\S*)?$/;
/** A web address as the /admin/ form checks it: https only, so no other kind of link reaches a page. */
export const httpsUrl = matching(
  HTTPS_URL_PATTERN,
  'expected a web address starting with https://, like "https://example.org"',
);

/** An embedded `DataIntegrityProof` (cryptosuite `eddsa-rdfc-2022`) as `npm run issue` stores it. */
export const dataIntegrityProofSchema = z.strictObject({
  type: z.literal('DataIntegrityProof'),
  cryptosuite: z.literal('eddsa-rdfc-2022'),
  created: z.iso.datetime({ error: 'expected an ISO date-time' }),
  verificationMethod: z.string().min(1),
  proofPurpose: z.literal('assertionMethod'),
  proofValue: z.string().regex(/^z[1-9A-HJ-NP-Za-km-z]+$/, { error: 'expected a base58btc multibase value' }),
});
