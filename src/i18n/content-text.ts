// Programme text from content/ in a page's language: the translation beside the English file (see
// lib/site/schemas/translation.ts) where there is one, field by field, else the English. Each text
// says which of its fields are English, so that the page marks them (`lang="en"`) under the
// not-translated note: a missing translation, or a field a translation lacks, never hides the text.
import type { SiteContent } from '../lib/site/content/check.ts';
import type { Certification, Module, Page } from '../lib/site/schemas/index.ts';
import type { Lang } from './locales.ts';

/** Each field from the translation where it has one, else from the English, and which are English. */
function fieldByField<T extends object, K extends keyof T>(
  english: T,
  translated: Partial<Pick<T, K>> | undefined,
  fields: readonly K[],
  lang: Lang,
): Pick<T, K> & { english: ReadonlySet<K> } {
  const text = {} as Pick<T, K>;
  const inEnglish = new Set<K>();
  for (const field of fields) {
    const own = translated?.[field];
    text[field] = own ?? english[field];
    if (lang !== 'en' && own === undefined && english[field] !== undefined) inEnglish.add(field);
  }
  return { ...text, english: inEnglish };
}

/** `lang="en"` for a field shown in English on a page in another language. */
export function langOf<K>(text: { english: ReadonlySet<K> }, field: K): 'en' | undefined {
  return text.english.has(field) ? 'en' : undefined;
}

export function moduleText(content: SiteContent, module: Module & { id: string }, lang: Lang) {
  const translated = lang === 'en' ? undefined : content.translations[lang].modules.get(module.id);
  // `outcomes` is a translation's own list: it may differ in length from the English one.
  return fieldByField(module, translated, ['title', 'summary', 'outcomes'], lang);
}

export function pageText(content: SiteContent, page: Page & { id: string }, lang: Lang) {
  const translated = lang === 'en' ? undefined : content.translations[lang].pages.get(page.id);
  // The Apply page's fees and steps come with its translation; where it lacks them, the English.
  return fieldByField(page, translated, ['title', 'description', 'fees', 'steps'], lang);
}

/** A certification's sentences; its title is its official name in every language. */
export function certificationText(content: SiteContent, certification: Certification, lang: Lang) {
  const translated = lang === 'en' ? undefined : content.translations[lang].certifications.get(certification.kind);
  return fieldByField(certification, translated, ['summary', 'awardedFor', 'validityRule'], lang);
}

/** The home page's and the application's sentences, the supporter's name and the pictures' descriptions. */
export function settingsText(content: SiteContent, lang: Lang) {
  const { home, application, supportedBy, images } = content.settings;
  const translated = lang === 'en' ? undefined : content.translations[lang].settings;
  const english = {
    lead: home.lead,
    what: home.what,
    who: home.who,
    application: application.text,
    supportedBy,
    homeImage: images?.home,
    programmeImage: images?.programme,
    previewImage: images?.preview,
  };
  const text = fieldByField(
    english,
    translated && {
      lead: translated.home?.lead,
      what: translated.home?.what,
      who: translated.home?.who,
      application: translated.application?.text,
      supportedBy: translated.supportedBy,
      homeImage: translated.images?.home,
      programmeImage: translated.images?.programme,
      previewImage: translated.images?.preview,
    },
    ['lead', 'what', 'who', 'application', 'supportedBy', 'homeImage', 'programmeImage', 'previewImage'],
    lang,
  );
  return {
    ...text,
    /** What a picture in content/images/ shows. */
    image: (name: 'home' | 'programme' | 'preview') => text[`${name}Image`] ?? '',
  };
}
