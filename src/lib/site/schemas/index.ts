/** Every content schema, composed in one place; `content.config.ts` and the checker both use these. */
export { pageSchema, type Page } from './page.ts';
export { settingsSchema, type Settings } from './settings.ts';
export { venueSchema, type Venue } from './venue.ts';
export { moduleSchema, type Module } from './module.ts';
export { certificationSchema, type Certification } from './certification.ts';
export { cohortSchema, type Cohort } from './cohort.ts';
export { trainerSchema, type Trainer } from './trainer.ts';
export { ledgerEntrySchema, type LedgerEntry } from './ledger.ts';
export { STATUS_LIST_LENGTH, statusListSchema, type StatusListCredential } from './status-list.ts';
export type { CertificationKind } from './common.ts';
export {
  certificationTranslationSchema,
  moduleTranslationSchema,
  pageTranslationSchema,
  settingsTranslationSchema,
  TRANSLATED_LANGS,
  type CertificationTranslation,
  type ModuleTranslation,
  type PageTranslation,
  type SettingsTranslation,
  type TranslatedLang,
} from './translation.ts';
