/**
 * Every piece of interface text in English: navigation, labels, verdicts, PDF wording.
 * A second language is a copy of this file with the same keys.
 * Edit by adding keys inside your section; several people work on this file.
 */
export const en = {
  lang: 'en',
  // — site (navigation, pages, calendar, directory) —
  site: {},
  // — certificates (registry, verdicts, PDF) —
  certificates: {
    statusNames: { valid: 'Valid', expired: 'Expired', revoked: 'Revoked' },
    kindNames: { cma: 'CMA certification', instructor: 'Instructor certification' },
    registry: {
      title: 'Certificate registry',
      description: 'Check that a Train-the-Trainers certificate is genuine and currently valid.',
      intro:
        'Every certificate the foundation has issued, with its status on the day this list was published. To check a paper certificate, scan its QR code: it opens the certificate’s page here and checks it in your browser.',
      asOf: 'Status as of',
      search: 'Search by name, certificate ID or certification',
      noScriptSearch: 'To search, use your browser’s “Find in page”.',
      count: 'certificates shown',
      empty: 'No certificate matches this search.',
      id: 'Certificate ID',
      holder: 'Holder',
      certification: 'Certification',
      awarded: 'Awarded',
      validUntil: 'Valid until',
      status: 'Status',
      unlisted: 'Name not published',
      machines: 'The same data for machines:',
      keys: 'Public keys that sign certificates:',
    },
    record: {
      title: (id: string) => `Certificate ${id}`,
      description: (title: string) => `Registry record of a ${title}.`,
      holder: 'Holder',
      unlisted:
        'Not published: the holder chose not to appear in the public directory. The certificate can still be checked from its QR code.',
      certification: 'Certification',
      awarded: 'Awarded on',
      validUntil: 'Valid until',
      statusAsOf: (date: string) => `Status on ${date} (when this page was published)`,
      revokedOn: (date: string, reason: string) => `Revoked on ${date}: ${reason}`,
      linkedIn: 'Add to LinkedIn profile',
      back: 'All certificates',
      address: 'This page’s address',
      addressHint: (siteUrl: string) =>
        `A genuine certificate’s QR code leads to an address starting with ${siteUrl}/registry/. Check that your browser shows it.`,
    },
    verifier: {
      title: 'Check a certificate',
      noToken:
        'Scan the QR code on the paper certificate: it opens this page with the certificate’s code, and the check runs here in your browser.',
      noScript:
        'Checking the QR code needs JavaScript. The record above shows the status when this page was published.',
      checking: 'Checking…',
      stepsTitle: 'What was checked',
      compareName: 'Compare the name with the paper. The certificate must read exactly:',
      verdicts: {
        valid: 'Genuine and valid',
        expired: 'Genuine, but expired',
        revoked: 'Genuine, but revoked',
        forged: 'Not genuine',
        unknown: 'Not in the registry',
        malformed: 'Not a certificate code',
      },
      steps: {
        format: 'The QR code holds a certificate code in the expected format.',
        key: 'It is signed with the expected algorithm by a key the foundation publishes.',
        signature: 'The signature matches: nothing on it was changed after signing.',
        record: 'Its details (certificate ID, certification, award date, name) match this registry record.',
        status: 'The certificate is valid today.',
      },
      passed: 'Passed',
      failed: 'Failed',
      reasons: {
        'too-long': 'The code is far too long to be a certificate code.',
        'not-a-token': 'This is not a certificate code.',
        'bad-header': 'The code’s header is not one the foundation writes.',
        'foreign-header': 'The code names its own key or key address; only keys the foundation publishes are trusted.',
        'wrong-algorithm': 'The code uses a signature algorithm the foundation does not use.',
        'unknown-key': 'The code was signed by a key the foundation does not publish (unknown or withdrawn).',
        'bad-signature': 'The signature does not match: the code was altered or signed by someone else.',
        'bad-claims': 'The signed content is not in the certificate format.',
        'not-in-registry': 'The code is correctly signed, but this certificate ID is not in the registry.',
        'other-certificate': 'The code belongs to a different certificate than this page.',
        'claims-mismatch': 'The code’s details contradict the registry record.',
        valid: 'The certificate is genuine and valid today.',
        expired: 'The certificate is genuine but its validity ended; a new training delivery renews it.',
        revoked: 'The certificate is genuine but the foundation has revoked it.',
      },
    },
    pdf: {
      heading: 'Certificate',
      certifies: 'This is to certify that',
      awardedThe: 'has been awarded the',
      awardedOn: (date: string) => `Awarded on ${date}`,
      validUntil: (date: string) => `Valid until ${date}`,
      certificateId: 'Certificate ID',
      verifyAt: 'Verify at',
      qrHint: 'Scan the code to check this certificate. A genuine code leads to the address above.',
      programme: 'Train-the-Trainers Programme',
    },
    cli: {
      noKeyHint: 'Create a key with "npm run keys -- new" or set CERT_SIGNING_KEY.',
    },
  },
} as const;

export type Messages = typeof en;
export const t = en;
