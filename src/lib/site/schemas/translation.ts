import { z } from 'astro/zod';
import { certificationSchema } from './certification.ts';
import { moduleSchema } from './module.ts';
import { pageSchema } from './page.ts';
import { settingsSchema } from './settings.ts';

/**
 * Programme text in another language sits beside the English file, with the language code before
 * the extension: `content/pages/overview.fr.mdx`, `content/modules/01-….es.md`,
 * `content/settings.fr.yaml`, `content/certifications/cma.fr.yaml`. It holds only the words; numbers
 * and order come from the English file, and a certification's title is its name in every language.
 */
export const TRANSLATED_LANGS = ['fr', 'es'] as const;
export type TranslatedLang = (typeof TRANSLATED_LANGS)[number];

export const pageTranslationSchema = pageSchema.pick({ title: true, description: true, fees: true, steps: true });
export type PageTranslation = z.infer<typeof pageTranslationSchema>;

export const moduleTranslationSchema = moduleSchema.pick({ title: true, summary: true, outcomes: true });
export type ModuleTranslation = z.infer<typeof moduleTranslationSchema>;

/** A certification's title stays its official name, as printed on the (English) certificate. */
export const certificationTranslationSchema = certificationSchema.pick({
  summary: true,
  awardedFor: true,
  validityRule: true,
});
export type CertificationTranslation = z.infer<typeof certificationTranslationSchema>;

export const settingsTranslationSchema = z.strictObject({
  home: settingsSchema.shape.home.partial().optional(),
  application: settingsSchema.shape.application.pick({ text: true }).optional(),
  images: settingsSchema.shape.images,
  supportedBy: settingsSchema.shape.supportedBy.optional(),
});
export type SettingsTranslation = z.infer<typeof settingsTranslationSchema>;
