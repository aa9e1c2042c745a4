/**
 * What pages and components use for anything that depends on the reader's language: the interface
 * texts, dates, country names, plural forms. In a build they return markers that the `languages`
 * integration fills in once per language (see markers.ts); `astro dev` shows English.
 */
import * as calendar from '../lib/site/calendar.ts';
import * as countries from '../lib/site/countries.ts';
import * as dates from '../lib/site/dates.ts';
import * as languages from '../lib/site/languages.ts';
import * as plurals from '../lib/site/plural.ts';
import * as json from '../lib/site/script-json.ts';
import { en } from './en.ts';
import type { TranslatedLang } from '../lib/site/schemas/index.ts';
import { LANGS, type Lang, type Texts } from './index.ts';
import { BLOCK_END, blockStart, mark, markedPlural, markedTexts, markJson } from './markers.ts';

/** True in a build, whose pages the `languages` integration fills in (it defines the flag). */
export const marking = import.meta.env.MARK_LANGUAGES === true;

export const t: Texts = marking ? markedTexts : en;

/** "15 March 2027" in the page's language. */
export const formatDate = (date: string) => (marking ? mark('date', date) : dates.formatDate(date));

/** "8–12 February 2027" in the page's language. */
export const formatDateRange = (start: string, end: string) =>
  marking ? mark('range', start, end) : calendar.formatDateRange(start, end);

/** A country's name in the page's language. */
export const countryName = (code: string) => (marking ? mark('country', code) : countries.countryName(code));

/** A language's name in the page's language ("French", "français"). */
export const languageName = (code: string) => (marking ? mark('language', code) : languages.languageName(code));

/** The form of `forms` (a `{ one, other }` from `t`) that goes with `count` in the page's language. */
export const plural = (count: number, forms: plurals.PluralForms) =>
  marking ? markedPlural(count, forms) : plurals.plural(count, forms);

/** The page's language code (`<html lang>`) and its locale for dates and numbers. */
export const pageLang = marking ? mark('lang') : 'en';
export const pageLocale = marking ? mark('locale') : en.locale;

/** The absolute address of a site path in the page's language (canonical links). */
export const pageUrl = (path: string, site: string) => (marking ? mark('url', path) : new URL(path, site).href);

/** JSON for a `<script type="application/json">`, its words in the page's language. */
export const scriptJson = (value: unknown) => (marking ? markJson(json.scriptJson(value)) : json.scriptJson(value));

/** Text that differs by language, such as translated programme text: each copy of the page keeps its own. */
export const perLanguage = (texts: Record<Lang, string>) =>
  marking ? LANGS.map((lang) => blockStart(lang) + texts[lang] + BLOCK_END).join('') : texts.en;

/** A piece of programme text in every language: the translation where there is one, else the English. */
export const contentText = (english: string, translation: (lang: TranslatedLang) => string | undefined) =>
  perLanguage({ en: english, fr: translation('fr') ?? english, es: translation('es') ?? english });
