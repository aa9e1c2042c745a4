// In the browser: the language the page is written in, as <html lang="fr" data-locale="fr-FR"> says.
import { DEFAULT_LANG, isLang, localePath } from '../i18n/locales.ts';

/** Locale for dates and numbers on this page. */
export const pageLocale = (): string => document.documentElement.dataset.locale ?? 'en-GB';

/** A site path in this page's language: `/registry/` is `/fr/registry/` on a French page. */
export function pagePath(path: string): string {
  const lang = document.documentElement.lang;
  return localePath(isLang(lang) ? lang : DEFAULT_LANG, path);
}
