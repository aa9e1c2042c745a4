// The site's languages and where each lives: English at `/`, the others under their code (`/fr/…`).
// No words here, so astro.config.mjs, browser scripts and tests can import it without the dictionaries.

export const LANGS = ['en', 'fr', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** English is the default: unprefixed, and the language shown where a translation is missing. */
export const DEFAULT_LANG = 'en' satisfies Lang;

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

/** The language a site path is written in, from its first segment: `/fr/registry/` → `fr`. */
export function langOfPath(path: string): Lang {
  const first = path.split('/')[1];
  return isLang(first) ? first : DEFAULT_LANG;
}

/**
 * A site path in a language, from its path in any language: the one way to write a link, a
 * language switcher's target or a canonical address.
 *
 * @example localePath('fr', '/registry/') // '/fr/registry/'
 * @example localePath('en', '/es/trainers/?country=GR') // '/trainers/?country=GR'
 */
export function localePath(lang: Lang, path: string): string {
  const current = langOfPath(path);
  const bare = current === DEFAULT_LANG ? path : path.slice(current.length + 1) || '/';
  return lang === DEFAULT_LANG ? bare : `/${lang}${bare}`;
}

/** The `[...lang]` route parameter of a language: none for English, whose pages are unprefixed. */
export function langParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/** `getStaticPaths` of a page that exists once in each language. */
export function inEveryLanguage() {
  return LANGS.map((lang) => ({ params: { lang: langParam(lang) } }));
}
