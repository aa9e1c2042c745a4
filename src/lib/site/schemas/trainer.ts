import { z } from 'astro/zod';
import { certificationKind, countryCode, httpsUrl, languageCode, line, plainDate, slug } from './common.ts';

/**
 * Latin letters (with accents), spaces, hyphens, apostrophes and full stops: what the certificate
 * font draws and what a reader of a Latin-script page can say. A plain RegExp, shared with /admin/.
 */
export const LATIN_NAME_PATTERN = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF\u0300-\u036F' .’-]+$/;

/** `content/trainers/<id>.md`: one certified trainer; the Markdown body is the bio. */
export const trainerSchema = z.strictObject({
  /** Full name exactly as printed on certificates, in any Latin, Greek or Cyrillic spelling. */
  name: line,
  /** The Latin spelling the holder uses, for a name written in Greek or Cyrillic, e.g. "Eleni Georgiou". */
  latinName: line
    .refine((n) => LATIN_NAME_PATTERN.test(n), { error: 'expected the name in Latin letters, like "Eleni Georgiou"' })
    .optional(),
  country: countryCode,
  organisation: line,
  /** Region the trainer works in, e.g. "Upper Austria". */
  region: line.optional(),
  /** Languages the trainer trains in, as ISO 639-1 codes like "en", "fr" or "el". */
  languages: z.array(languageCode, { error: 'expected a list of language codes like "en"' }).default([]),
  /** Sectors the trainer knows, one short line each, e.g. "Logistics". */
  sectors: z.array(line, { error: 'expected a list of sectors, one per line' }).default([]),
  /** Published only if the trainer chooses: an e-mail address, a web address, or both. */
  contact: z
    .strictObject(
      {
        email: z.email({ error: 'expected an e-mail address like "name@example.org"' }).optional(),
        website: httpsUrl.optional(),
      },
      { error: 'expected an e-mail address and/or a web address' },
    )
    .refine((c) => c.email !== undefined || c.website !== undefined, {
      error: 'expected an e-mail address, a web address or both; leave contact out to publish none',
    })
    .optional(),
  /** `false` keeps the trainer out of the directory and the name out of the registry. */
  listed: z.boolean({ error: 'expected true or false' }).default(true),
  /** True for the fictional people shipped as examples. */
  example: z.boolean({ error: 'expected true or false' }).default(false),
  /** The cohort file the trainer attended. */
  cohort: slug.optional(),
  /** Certifications awarded; each is signed once by `npm run issue`. */
  certifications: z
    .array(
      z.strictObject({
        kind: certificationKind,
        awarded: plainDate,
        /** Set instead of deleting: the certificate then shows as revoked. */
        revoked: z.strictObject({ date: plainDate, reason: line }).optional(),
      }),
      { error: 'expected a list of certifications' },
    )
    .default([]),
  /** Training programmes the trainer delivered; each renews the instructor certification. */
  deliveries: z
    .array(
      z.strictObject({ date: plainDate, title: line, location: line, participants: z.int().positive().optional() }),
      {
        error: 'expected a list of delivered programmes',
      },
    )
    .default([]),
  /** The field project done during the programme. */
  fieldProject: z
    .strictObject({
      title: line,
      sector: line,
      region: line,
      /** Other team members (trainer file names); teams have at most three people. */
      team: z
        .array(slug)
        .max(2, { error: 'expected at most two team mates (teams have up to three people)' })
        .default([]),
    })
    .optional(),
});
export type Trainer = z.infer<typeof trainerSchema>;
