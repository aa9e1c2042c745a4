// Programme text from content/ in a page's language: the translation beside the English file (see
// lib/site/schemas/translation.ts) where there is one, field by field, else the English.
import type { SiteContent } from '../lib/site/content/check.ts';
import type { Certification, Module, Page } from '../lib/site/schemas/index.ts';
import type { Lang } from './locales.ts';

export function moduleText(content: SiteContent, module: Module & { id: string }, lang: Lang) {
  const translated = lang === 'en' ? undefined : content.translations[lang].modules.get(module.id);
  return {
    title: translated?.title ?? module.title,
    summary: translated?.summary ?? module.summary,
    /** A translation's own list: it may differ in length from the English one. */
    outcomes: translated?.outcomes ?? module.outcomes,
  };
}

export function pageText(content: SiteContent, page: Page & { id: string }, lang: Lang) {
  const translated = lang === 'en' ? undefined : content.translations[lang].pages.get(page.id);
  return {
    title: translated?.title ?? page.title,
    description: translated?.description ?? page.description,
    /** A translation's own lists, whole; the English ones where it has none (see `untranslated`). */
    fees: translated?.fees ?? page.fees,
    steps: translated?.steps ?? page.steps,
    /** The lists shown in English on a translated page, which say so (the not-translated note). */
    untranslated: {
      fees: lang !== 'en' && !translated?.fees && page.fees !== undefined,
      steps: lang !== 'en' && !translated?.steps && page.steps !== undefined,
    },
  };
}

/** A certification's sentences; its title is its official name in every language. */
export function certificationText(content: SiteContent, certification: Certification, lang: Lang) {
  const translated = lang === 'en' ? undefined : content.translations[lang].certifications.get(certification.kind);
  return {
    summary: translated?.summary ?? certification.summary,
    awardedFor: translated?.awardedFor ?? certification.awardedFor,
    validityRule: translated?.validityRule ?? certification.validityRule,
  };
}

/** The home page's and the application's sentences, the supporter's name and the pictures' descriptions. */
export function settingsText(content: SiteContent, lang: Lang) {
  const { home, application, supportedBy, images } = content.settings;
  const translated = lang === 'en' ? undefined : content.translations[lang].settings;
  return {
    lead: translated?.home?.lead ?? home.lead,
    what: translated?.home?.what ?? home.what,
    who: translated?.home?.who ?? home.who,
    application: translated?.application?.text ?? application.text,
    supportedBy: translated?.supportedBy ?? supportedBy,
    /** What a picture in content/images/ shows. */
    image: (name: 'home' | 'programme' | 'preview') => translated?.images?.[name] ?? images?.[name] ?? '',
  };
}
