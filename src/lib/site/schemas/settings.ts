import { z } from 'astro/zod';
import { line, matching } from './common.ts';

/** "+", a country code and 6 to 14 more digits, spaces allowed between them. */
export const PHONE_PATTERN = /^\+[1-9][0-9]{0,2}( ?[0-9]){6,14}$/;

/** `content/settings.yaml`: site-wide facts staff may change. */
export const settingsSchema = z.strictObject({
  siteName: line.meta({ title: 'Site name', description: 'Shown in the header and page titles.' }),
  foundation: line.meta({
    title: 'Foundation',
    description: 'The foundation that runs the programme and signs the certificates.',
  }),
  siteUrl: matching(
    /^https:\/\/[a-z0-9.-]+(:\d+)?$/,
    'expected an https address with no path or trailing slash, like "https://ttt.example.org"',
  ).meta({
    title: 'Public address',
    description: 'QR codes on certificates lead here: change it only with a plan for issued PDFs.',
  }),
  certificatePrefix: matching(/^[A-Z]{2,8}$/, 'expected 2 to 8 upper-case letters like "EFCE"').meta({
    title: 'Certificate ID prefix',
    description: 'EFCE gives IDs like EFCE-CMA-2027-0042. Never change it once certificates are issued.',
  }),
  contactEmail: z.email({ error: 'expected an e-mail address' }).meta({
    title: 'Contact e-mail',
    description: 'For enquiries: shown on the contact and application pages and in the footer.',
    patternError: 'expected an e-mail address',
  }),
  headquarters: line.meta({ title: 'Headquarters', description: 'City and address, for the contact page.' }),
  postalAddress: line.optional().meta({
    title: 'Postal address',
    description: 'On one line, for the contact page, e.g. "Carrer de Pallars 193, 08005 Barcelona, Spain".',
  }),
  phone: matching(
    PHONE_PATTERN,
    'expected a telephone number in international form: "+", the country code and digits, like "+34 930 000 000"',
  )
    .optional()
    .meta({ title: 'Telephone', description: 'For the contact page, in international form, e.g. "+34 930 000 000".' }),
  supportedBy: line.meta({
    title: 'Supported by',
    description: 'Who supports the programme, e.g. the European Commission.',
  }),
  timeZone: line.meta({
    title: 'Time zone',
    description: 'Of the in-class weeks and deadlines, e.g. "Europe/Madrid".',
  }),
  home: z
    .strictObject(
      {
        lead: line.meta({
          title: 'Lead sentence',
          description: 'Also the home page’s search description.',
          multiline: true,
        }),
        what: line.meta({ title: 'What the programme is', multiline: true }),
        who: line.meta({ title: 'Who it is for', multiline: true }),
      },
      { error: 'expected the lead, what and who texts' },
    )
    .meta({ title: 'Home page' }),
  application: z
    .strictObject({
      status: z
        .enum(['open', 'closed', 'upcoming'], { error: 'expected "open", "closed" or "upcoming"' })
        .meta({ title: 'Status' }),
      text: line.meta({ title: 'Sentence shown', multiline: true }),
    })
    .meta({ title: 'Applications' }),
  images: z
    .strictObject({
      home: line.optional().meta({ title: 'What the home page picture shows' }),
      programme: line.optional().meta({ title: 'What the programme page picture shows' }),
      preview: line.optional().meta({
        title: 'What the link preview picture shows',
        description:
          'The picture shown where a link to the site is shared (pages without a badge or photo of their own).',
      }),
    })
    .optional()
    .meta({
      title: 'Pictures',
      description:
        'What the pictures show, for readers who cannot see them. The pictures are files: content/images/home.*, content/images/programme.* and content/images/preview.* (the link preview, at least 1200 × 630 pixels), as SVG, JPEG, PNG or WebP; replace a file to change its picture.',
    }),
});
export type Settings = z.infer<typeof settingsSchema>;
