// Programme text from content/ in the page's language: translations from the files beside the
// English ones (see lib/site/schemas/translation.ts), English where a translation is missing.
import type { SiteContent } from '../lib/site/content/check.ts';
import type { Certification, Module, Page } from '../lib/site/schemas/index.ts';
import { contentText } from './page.ts';

export function moduleText(content: SiteContent, module: Module & { id: string }) {
  const translated = (lang: 'fr' | 'es') => content.translations[lang].modules.get(module.id);
  return {
    title: contentText(module.title, (lang) => translated(lang)?.title),
    summary: contentText(module.summary, (lang) => translated(lang)?.summary),
    /** The outcomes in one language: translated lists may differ in length. */
    outcomes: (lang: 'en' | 'fr' | 'es') => (lang === 'en' ? undefined : translated(lang)?.outcomes) ?? module.outcomes,
  };
}

export function pageText(content: SiteContent, page: Page & { id: string }) {
  const translated = (lang: 'fr' | 'es') => content.translations[lang].pages.get(page.id);
  return {
    title: contentText(page.title, (lang) => translated(lang)?.title),
    description: contentText(page.description, (lang) => translated(lang)?.description),
  };
}

/** A certification's sentences; its title is its official name in every language. */
export function certificationText(content: SiteContent, certification: Certification) {
  const translated = (lang: 'fr' | 'es') => content.translations[lang].certifications.get(certification.kind);
  return {
    summary: contentText(certification.summary, (lang) => translated(lang)?.summary),
    awardedFor: contentText(certification.awardedFor, (lang) => translated(lang)?.awardedFor),
    validityRule: contentText(certification.validityRule, (lang) => translated(lang)?.validityRule),
  };
}

/** The home page's and the application's sentences from settings.yaml. */
export function settingsText(content: SiteContent) {
  const { home, application } = content.settings;
  const translated = (lang: 'fr' | 'es') => content.translations[lang].settings;
  return {
    lead: contentText(home.lead, (lang) => translated(lang).home?.lead),
    what: contentText(home.what, (lang) => translated(lang).home?.what),
    who: contentText(home.who, (lang) => translated(lang).home?.who),
    application: contentText(application.text, (lang) => translated(lang).application?.text),
    supportedBy: contentText(content.settings.supportedBy, (lang) => translated(lang).supportedBy),
    /** What a picture in content/images/ shows. */
    image: (name: 'home' | 'programme') =>
      contentText(content.settings.images?.[name] ?? '', (lang) => translated(lang).images?.[name]),
  };
}
