// A small, valid content folder in a temporary directory, for tests that break it on purpose.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A plain square badge drawing. */
function badge(colour: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><circle cx="50" cy="50" r="45" fill="${colour}"/></svg>\n`;
}

export const validFiles: Record<string, string> = {
  'settings.yaml': `siteName: Test site
foundation: Test Foundation
siteUrl: https://ttt.test.example
certificatePrefix: TEST
contactEmail: hello@test.example
headquarters: Barcelona, Spain
supportedBy: European Commission
timeZone: Europe/Madrid
home: { lead: A programme., what: What it is., who: Who it is for. }
application: { status: open, text: Apply now. }
images:
  preview: A plain blue rectangle.
`,
  'venues/barcelona.yaml': `name: HQ
city: Barcelona
country: ES
address: Carrer 1, Barcelona
timeZone: Europe/Madrid
`,
  'certifications/cma.yaml': `kind: cma
title: Cluster Management Association Certification
summary: For completing the programme.
awardedFor: Completing the programme.
validityRule: Does not lapse.
`,
  'certifications/instructor.yaml': `kind: instructor
title: Cluster Excellence Management Instructor
summary: For delivering a programme.
awardedFor: Delivering a programme.
renewEveryYears: 3
validityRule: Three years after the latest delivery.
`,
  'modules/01-one.md': `---\nnumber: 1\ntitle: One\nsummary: First.\noutcomes: [Know one thing.]\n---\nBody.\n`,
  'modules/02-two.md': `---\nnumber: 2\ntitle: Two\nsummary: Second.\noutcomes: [Know two things.]\n---\nBody.\n`,
  'cohorts/2027.yaml': `title: Cohort 2027
weeks:
  - { start: 2027-02-08, end: 2027-02-12, venue: barcelona, modules: [1] }
  - { start: 2027-03-08, end: 2027-03-12, venue: barcelona, modules: [2] }
fieldProject: { start: 2027-02-15, end: 2027-09-24 }
deadlines:
  - { date: 2026-12-15, title: Application deadline }
`,
  'trainers/ana-lopez.md': `---
name: Ana López
country: ES
organisation: Cluster Agency
cohort: "2027"
certifications:
  - { kind: cma, awarded: 2027-09-30 }
---
Bio.
`,
  'pages/overview.mdx': `---\ntitle: Overview\ndescription: About.\n---\nText.\n`,
  'images/preview.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" fill="#dbe7f3"/></svg>\n',
  'certifications/cma.svg': badge('#0b4f8a'),
  'certifications/instructor.svg': badge('#2f7fc4'),
  'emails/holder-pack.md': `---
subject: 'Your certificate {{id}}, {{name}}'
---
Dear {{name}},

You hold the {{certification}} since {{awarded}}, from {{foundation}}.
Record: {{registryUrl}}
LinkedIn: {{linkedInUrl}}
Wallet: add {{credentialFile}} to your wallet; {{badgeFile}} carries it too. {{pdfFile}} is for printing.
`,
};

/** Writes the valid files, with `changes` applied (a `null` value deletes a file), to a new temp dir. */
export function makeContent(changes: Record<string, string | null> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'ttt-content-'));
  for (const [path, text] of Object.entries({ ...validFiles, ...changes })) {
    if (text === null) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
