import { z } from 'astro/zod';
import { line } from './common.ts';

/** "+", a country code and 6 to 14 more digits, spaces allowed between them. */
export const PHONE_PATTERN = /^\+[1-9][0-9]{0,2}( ?[0-9]){6,14}$/;

/** `content/settings.yaml`: site-wide facts staff may change. */
export const settingsSchema = z.strictObject({
  /** The site's name, shown in the header and page titles. */
  siteName: line,
  /** The foundation that runs the programme and signs the certificates. */
  foundation: line,
  /** Canonical public URL, no trailing slash; the certificates' QR codes lead here. */
  siteUrl: z
    .string({ error: 'expected the public site address like "https://ttt.example.org"' })
    .refine((u) => /^https:\/\/[a-z0-9.-]+(:\d+)?$/.test(u), {
      error: 'expected an https address with no path or trailing slash, like "https://ttt.example.org"',
    }),
  /** Prefix of certificate IDs, e.g. "EFCE" gives EFCE-CMA-2027-0042. */
  certificatePrefix: z
    .string({ error: 'expected upper-case letters like "EFCE"' })
    .refine((p) => /^[A-Z]{2,8}$/.test(p), { error: 'expected 2 to 8 upper-case letters like "EFCE"' }),
  /** Address for enquiries, shown on the contact and application pages and in the footer. */
  contactEmail: z.email({ error: 'expected an e-mail address' }),
  /** Headquarters city and address, for the contact page. */
  headquarters: line,
  /** Postal address on one line, for the contact page, e.g. "Carrer de Pallars 193, 08005 Barcelona, Spain". */
  postalAddress: line.optional(),
  /** Telephone in international form, for the contact page, e.g. "+34 930 000 000". */
  phone: z
    .string({ error: 'expected a telephone number like "+34 930 000 000"' })
    .refine((p) => PHONE_PATTERN.test(p), {
      error:
        'expected a telephone number in international form: "+", the country code and digits, like "+34 930 000 000"',
    })
    .optional(),
  /** Who supports the programme, e.g. the European Commission. */
  supportedBy: line,
  /** Time zone of the in-class weeks and deadlines, e.g. "Europe/Madrid". */
  timeZone: line,
  /** The home page's own words: a one-sentence lead (also its search description), what the programme is, who it is for. */
  home: z.strictObject({ lead: line, what: line, who: line }, { error: 'expected the lead, what and who texts' }),
  /** Applications: `open`, `closed` or `upcoming`, and a sentence staff can change freely. */
  application: z.strictObject({
    status: z.enum(['open', 'closed', 'upcoming'], { error: 'expected "open", "closed" or "upcoming"' }),
    text: line,
  }),
  /** What the pictures in `content/images/` show (home.*, programme.*), for readers who cannot see them. */
  images: z.strictObject({ home: line.optional(), programme: line.optional() }).optional(),
});
export type Settings = z.infer<typeof settingsSchema>;
