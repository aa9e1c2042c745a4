/**
 * The holder's pack (Node only): `certificates/<ID>.eml`, a draft e-mail (RFC 5322) that hands a
 * holder everything at once: the PDF, the credential and the baked badge attached, with the
 * registry link, LinkedIn's add-to-profile link and how to add the credential to a wallet, in the
 * words of `content/emails/holder-pack.md`. Composed by nodemailer's MailComposer; `X-Unsent: 1`
 * makes mail clients (Outlook, Thunderbird, Apple Mail) open it as a draft to check and send.
 */
import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { SiteContent } from '../site/content/check.ts';
import { formatDate } from '../site/dates.ts';
import { fillPlaceholders, type HolderEmailPlaceholder } from '../site/schemas/holder-email.ts';
import type { CertificateInput } from './pdf/layout.ts';
import { linkedInAddUrl, recordUrl } from './registry.ts';

/** What a holder receives with the e-mail, as written into `certificates/`. */
export interface PackFiles {
  pdf: Uint8Array;
  /** The credential's JSON text (`<ID>.json`) and the badge it is baked into (`<ID>.png`); absent for lines without one. */
  credential?: string | undefined;
  badge?: Uint8Array | undefined;
}

/** The values of the template's placeholders for one certificate. */
export function holderEmailValues(
  settings: SiteContent['settings'],
  input: CertificateInput,
): Record<HolderEmailPlaceholder, string> {
  return {
    name: input.name,
    certification: input.title,
    id: input.id,
    awarded: formatDate(input.awarded),
    foundation: settings.foundation,
    registryUrl: recordUrl(settings.siteUrl, input.id),
    linkedInUrl: linkedInAddUrl(input, settings.foundation, settings.siteUrl),
    pdfFile: `${input.id}.pdf`,
    credentialFile: `${input.id}.json`,
    badgeFile: `${input.id}.png`,
  };
}

/**
 * The draft e-mail of one certificate, as the bytes of an `.eml` file: from the foundation's
 * contact address, to `address` when there is one (else no recipient at all), dated and
 * identified by its issue time, so the same certificate gives the same file byte for byte.
 */
export async function holderEmail(
  content: Pick<SiteContent, 'settings' | 'holderEmail'>,
  input: CertificateInput,
  files: PackFiles,
  address?: string,
): Promise<Buffer> {
  const { settings, holderEmail: template } = content;
  const values = holderEmailValues(settings, input);
  const issued = new Date(input.issuedAt);
  const stamp = createHash('sha256').update(`${input.id} ${input.issuedAt}`).digest('hex');
  const composer = new MailComposer({
    from: { name: settings.foundation, address: settings.contactEmail },
    ...(address ? { to: address } : {}),
    subject: fillPlaceholders(template.subject, values),
    text: fillPlaceholders(template.body.trim(), values) + '\n',
    date: issued,
    messageId: `<${input.id}.${issued.getTime()}@${new URL(settings.siteUrl).host}>`,
    // MIME boundaries are random unless given: derived from the certificate, the file is reproducible.
    baseBoundary: stamp.slice(0, 16),
    headers: { 'X-Unsent': '1' },
    attachments: [
      { filename: values.pdfFile, content: Buffer.from(files.pdf), contentType: 'application/pdf' },
      ...(files.badge
        ? [{ filename: values.badgeFile, content: Buffer.from(files.badge), contentType: 'image/png' }]
        : []),
      ...(files.credential
        ? [{ filename: values.credentialFile, content: Buffer.from(files.credential), contentType: 'application/json' }]
        : []),
    ],
    // Everything is handed over as bytes: nothing in a template may make the composer read a file or a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return composer.compile().build();
}
