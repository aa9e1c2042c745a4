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
  certificates: {},
} as const;

export type Messages = typeof en;
export const t = en;
