import { z } from 'astro/zod';
import { certificationKind, countryCode, line, plainDate, slug } from './common.ts';

/** `content/trainers/<id>.md`: one certified trainer; the Markdown body is the bio. */
export const trainerSchema = z.strictObject({
  /** Full name exactly as printed on certificates, in any Latin, Greek or Cyrillic spelling. */
  name: line,
  country: countryCode,
  organisation: line,
  /** Region the trainer works in, e.g. "Upper Austria". */
  region: line.optional(),
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
