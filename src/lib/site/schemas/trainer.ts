import { z } from 'astro/zod';
import { certificationKind, countryCode, httpsUrl, languageCode, line, plainDate, slug } from './common.ts';

/**
 * Latin letters (with accents), spaces, hyphens, apostrophes and full stops: what the certificate
 * font draws and what a reader of a Latin-script page can say.
 */
export const LATIN_NAME_PATTERN = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF\u0300-\u036F' .’-]+$/;
const IN_LATIN_LETTERS = 'expected the name in Latin letters, like "Eleni Georgiou"';

/** `content/trainers/<id>.md`: one certified trainer; the Markdown body is the bio. */
export const trainerSchema = z.strictObject({
  name: line.meta({
    title: 'Full name',
    description: 'Exactly as printed on certificates; any Latin, Greek or Cyrillic spelling (e.g. "Ελένη Γεωργίου").',
  }),
  latinName: line.regex(LATIN_NAME_PATTERN, { error: IN_LATIN_LETTERS }).optional().meta({
    title: 'Name in Latin letters',
    description:
      'Only for a name written in Greek or Cyrillic: the Latin spelling the trainer uses (e.g. "Eleni Georgiou"). Shown beside the name and printed under it on certificates.',
    patternError: IN_LATIN_LETTERS,
  }),
  country: countryCode.meta({ title: 'Country', description: 'The country the trainer works from.' }),
  organisation: line.meta({
    title: 'Organisation',
    description: 'As the trainer wishes it shown in the directory.',
  }),
  region: line
    .optional()
    .meta({ title: 'Region', description: 'The region the trainer works in, e.g. "Upper Austria".' }),
  languages: z.array(languageCode, { error: 'expected a list of language codes like "en"' }).default([]).meta({
    title: 'Languages',
    description: 'The languages the trainer trains in. The directory can be filtered by them.',
  }),
  sectors: z.array(line, { error: 'expected a list of sectors, one per line' }).default([]).meta({
    title: 'Sectors',
    itemTitle: 'Sector',
    description:
      'Short lines, e.g. "Logistics" or "Agri-food"; the directory can be filtered by them. Write a sector the same way in every file.',
  }),
  contact: z
    .strictObject(
      {
        email: z
          .email({ error: 'expected an e-mail address like "name@example.org"' })
          .optional()
          .meta({ title: 'E-mail', patternError: 'expected an e-mail address like "name@example.org"' }),
        website: httpsUrl.optional().meta({ title: 'Web address' }),
      },
      { error: 'expected an e-mail address and/or a web address' },
    )
    .refine((c) => c.email !== undefined || c.website !== undefined, {
      error: 'expected an e-mail address, a web address or both; leave contact out to publish none',
    })
    .optional()
    .meta({
      title: 'Published contact',
      description:
        'Only if the trainer asks for it to be public: it is shown on their page. Give an e-mail address, a web address or both.',
    }),
  listed: z.boolean({ error: 'expected true or false' }).default(true).meta({
    title: 'Listed in the directory',
    description:
      'Off keeps the trainer out of the directory and the name out of the registry; the certificate stays verifiable.',
  }),
  example: z.boolean({ error: 'expected true or false' }).default(false).meta({
    title: 'Fictional example',
    description: 'Only the fictional people shipped with the site have this on.',
  }),
  cohort: slug.optional().meta({
    title: 'Cohort',
    references: 'cohorts',
    description: 'The cohort the trainer attended; leave empty for cohorts that have no file.',
  }),
  certifications: z
    .array(
      z.strictObject({
        kind: certificationKind.meta({ title: 'Kind' }),
        awarded: plainDate.meta({ title: 'Award date' }),
        /** Set instead of deleting: the certificate then shows as revoked. */
        revoked: z
          .strictObject({
            date: plainDate.meta({ title: 'Revocation date' }),
            reason: line.meta({ title: 'Reason' }),
          })
          .optional()
          .meta({
            title: 'Revoked',
            description:
              'Public: the registry shows the date and reason. Keep the reason short and neutral. An instructor certificate past its three years is expired, not revoked.',
          }),
      }),
      { error: 'expected a list of certifications' },
    )
    .default([])
    .meta({
      title: 'Certifications',
      itemTitle: 'Certification',
      description:
        "Each is signed once by npm run issue and gets a permanent ID, shown on the trainer's page and by npm run certificates -- <file name>. Never remove one that has been issued: revoke it instead.",
    }),
  deliveries: z
    .array(
      z.strictObject({
        date: plainDate.meta({ title: 'Last day of the programme' }),
        title: line.meta({ title: 'Programme' }),
        location: line.meta({ title: 'Location', description: 'City and country code, e.g. "Bilbao, ES".' }),
        participants: z.int().positive().optional().meta({ title: 'Participants' }),
      }),
      { error: 'expected a list of delivered programmes' },
    )
    .default([])
    .meta({
      title: 'Delivered programmes',
      itemTitle: 'Delivered programme',
      description:
        'Each delivery renews the instructor certification for three years. Add every new one; never remove old ones.',
    }),
  fieldProject: z
    .strictObject({
      title: line.meta({ title: 'Title' }),
      sector: line.meta({ title: 'Sector' }),
      region: line.meta({ title: 'Region' }),
      team: z
        .array(slug)
        .max(2, { error: 'expected at most two team mates (teams have up to three people)' })
        .default([])
        .meta({
          title: 'Team mates',
          references: 'trainers',
          description: 'At most two (teams have up to three people). Add this trainer to their files too.',
        }),
    })
    .optional()
    .meta({ title: 'Field project', description: 'The field project done during the programme.' }),
});
export type Trainer = z.infer<typeof trainerSchema>;
