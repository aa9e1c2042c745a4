import { z } from 'astro/zod';
import { line } from './common.ts';

/** What `npm run issue` fills in, for each certificate, where the holder's e-mail says `{{name}}` and so on. */
export const HOLDER_EMAIL_PLACEHOLDERS = [
  /** The holder's name as printed on the certificate. */
  'name',
  /** The certification's title. */
  'certification',
  /** The certificate ID, e.g. EFCE-CMA-2027-0042. */
  'id',
  /** The award date, e.g. 24 September 2027. */
  'awarded',
  /** The foundation's name (settings). */
  'foundation',
  /** The certificate's record in the public registry. */
  'registryUrl',
  /** LinkedIn's add-to-profile form, filled in. */
  'linkedInUrl',
  /** The attached files' names: `<ID>.pdf`, `<ID>.json`, `<ID>.png`. */
  'pdfFile',
  'credentialFile',
  'badgeFile',
] as const;
export type HolderEmailPlaceholder = (typeof HOLDER_EMAIL_PLACEHOLDERS)[number];

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The `{{…}}` in `text` that are not placeholders, as written. */
export function unknownPlaceholders(text: string): string[] {
  const known: readonly string[] = HOLDER_EMAIL_PLACEHOLDERS;
  return [...text.matchAll(PLACEHOLDER)].filter((m) => !known.includes(m[1]!)).map((m) => m[0]);
}

/** `text` with every placeholder replaced by its value. */
export function fillPlaceholders(text: string, values: Record<HolderEmailPlaceholder, string>): string {
  return text.replace(PLACEHOLDER, (written, name: string) => values[name as HolderEmailPlaceholder] ?? written);
}

/** "unknown placeholder {{nme}}; expected one of {{name}}, …" */
export function unknownPlaceholderMessage(unknown: readonly string[]): string {
  return `unknown placeholder${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; expected one of ${HOLDER_EMAIL_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`;
}

/**
 * `content/emails/holder-pack.md`: the words of the e-mail `npm run issue` drafts for each holder
 * (`certificates/<ID>.eml`). The subject is here; the text is the file's body. Both may use the
 * placeholders above.
 */
export const holderEmailSchema = z.strictObject({
  /** The e-mail's subject line. */
  subject: line.refine((text) => unknownPlaceholders(text).length === 0, {
    error: ({ input }) => unknownPlaceholderMessage(unknownPlaceholders(String(input))),
  }),
});
export type HolderEmail = z.infer<typeof holderEmailSchema>;
