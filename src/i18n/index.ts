// The site's interface text in each language, and `useTranslations(lang)`: everything a page needs
// to speak its language. English is the reference: every other language is typed against it, so a
// missing or misspelt key fails `npm run lint` (astro check).
import { countryName } from '../lib/site/countries.ts';
import { formatDate, formatDateRange } from '../lib/site/dates.ts';
import { languageName } from '../lib/site/languages.ts';
import { plural, type PluralForms } from '../lib/site/plural.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { DEFAULT_LANG, isLang, localePath, type Lang } from './locales.ts';

export { DEFAULT_LANG, inEveryLanguage, LANGS, langOfPath, langParam, localePath, type Lang } from './locales.ts';

/** English's shape with every string widened, so a translation may say anything in each place. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };
export type Texts = Widen<typeof en>;

export const dictionaries: Record<Lang, Texts> = { en, fr, es };

/** A page's words and formats, fixed to its language. */
export interface Translations {
  lang: Lang;
  /** Locale for dates and numbers (`fr-FR`). */
  locale: string;
  t: Texts;
  /** "15 mars 2027" */
  formatDate: (date: string) => string;
  /** "8–12 février 2027" */
  formatDateRange: (start: string, end: string) => string;
  /** "Grèce" */
  countryName: (code: string) => string;
  /** "grec" */
  languageName: (code: string) => string;
  /** The form of `forms` (a `{ one, other }` from `t`) that goes with `count`. */
  plural: (count: number, forms: PluralForms) => string;
  /** A site path in this language: `/registry/` → `/fr/registry/`. */
  path: (path: string) => string;
  /** Compares names in this language's alphabetical order. */
  compare: (a: string, b: string) => number;
}

/**
 * `format` with its answers kept: a build asks for the same few hundred dates and names tens of
 * thousands of times, and each Intl call costs more than a lookup (1.5 s of the 10,000-trainer build).
 */
function remembered(format: (value: string) => string): (value: string) => string {
  const answers = new Map<string, string>();
  return (value) => {
    let answer = answers.get(value);
    if (answer === undefined) answers.set(value, (answer = format(value)));
    return answer;
  };
}

// One per language for the whole build: pages share them, and Intl objects are costly to create.
const translations = new Map<Lang, Translations>();

/**
 * The words and formats of the page being rendered, as Starlight's `useTranslations` gives them:
 * `const { t, formatDate } = useTranslations(Astro.currentLocale)`.
 */
export function useTranslations(locale: string | undefined): Translations {
  const lang = isLang(locale) ? locale : DEFAULT_LANG;
  let found = translations.get(lang);
  if (!found) {
    const t = dictionaries[lang];
    const collator = new Intl.Collator(lang, { sensitivity: 'base' });
    found = {
      lang,
      locale: t.locale,
      t,
      formatDate: remembered((date) => formatDate(date, t.locale)),
      formatDateRange: (start, end) => formatDateRange(start, end, t.locale),
      countryName: remembered((code) => countryName(code, lang)),
      languageName: remembered((code) => languageName(code, lang)),
      plural: (count, forms) => plural(count, forms, t.locale),
      path: (path) => localePath(lang, path),
      compare: collator.compare,
    };
    translations.set(lang, found);
  }
  return found;
}
