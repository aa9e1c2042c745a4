/**
 * Every page is rendered once, with markers where language-dependent words go, and written out in
 * each language by the `languages` integration (src/integrations/languages.ts). Rendering each page
 * three times took the 10,000-trainer build from 52 s to 89 s against a 60 s budget (measured);
 * writing the three copies of its 24,000 pages from markers takes about 8 s.
 *
 * A marker is U+E000, the base64url of a JSON array, U+E001: private-use characters that content
 * never holds, and an encoding that neither HTML nor JSON escaping changes.
 */
import { formatDateRange } from '../lib/site/calendar.ts';
import { countryName } from '../lib/site/countries.ts';
import { formatDate } from '../lib/site/dates.ts';
import { languageName } from '../lib/site/languages.ts';
import { plural, type PluralForms } from '../lib/site/plural.ts';
import { en } from './en.ts';
import { dictionaries, LANGS, type Lang, type Texts } from './index.ts';

type Marker =
  | ['t', path: string, ...args: unknown[]]
  | ['plural', path: string, count: number]
  | ['date', date: string]
  | ['range', start: string, end: string]
  | ['country', code: string]
  | ['language', code: string]
  | ['lang']
  | ['locale']
  | ['url', path: string];

// Private-use code points: OPEN…CLOSE a marker in HTML, JSON_OPEN…CLOSE one in script data,
// BLOCK lang CLOSE … END CLOSE a language's block, LINK CLOSE where a page link takes its prefix.
const [OPEN, CLOSE, BLOCK, END, JSON_OPEN, LINK] = ['\uE000', '\uE001', '\uE002', '\uE003', '\uE004', '\uE005'];
const MARKER = /\uE000([\w-]*)\uE001/g;

export function mark(...marker: Marker): string {
  return OPEN + Buffer.from(JSON.stringify(marker)).toString('base64url') + CLOSE;
}

/** `<Only lang="fr">` content: kept in that language's page, dropped from the others. */
export function blockStart(lang: Lang): string {
  return BLOCK + lang + CLOSE;
}
export const BLOCK_END = END + CLOSE;

/** Where each object of the marked texts sits in the English texts, for `plural`. */
const pathOf = new WeakMap<object, string>();

function markAll(value: unknown, path: string): unknown {
  if (typeof value === 'string') return mark('t', path);
  if (typeof value === 'function') return (...args: unknown[]) => mark('t', path, ...args);
  const marked = Object.fromEntries(
    Object.entries(value as object).map(([key, inner]) => [key, markAll(inner, path ? `${path}.${key}` : key)]),
  );
  pathOf.set(marked, path);
  return marked;
}

/** The interface texts as markers, shaped like every language's texts. */
export const markedTexts = markAll(en, '') as Texts;

export function markedPlural(count: number, forms: PluralForms): string {
  const path = pathOf.get(forms);
  if (path === undefined) throw new Error('plural() needs a { one, other } object from the interface texts');
  return mark('plural', path, count);
}

function lookup(texts: Texts, path: string): unknown {
  let value: unknown = texts;
  for (const key of path.split('.')) value = (value as Record<string, unknown>)[key];
  return value;
}

/** A page's address without language prefix; the not-found page has none, so its language links lead home. */
export const pageAddress = (url: URL) => (url.pathname.startsWith('/404') ? '/' : url.pathname);

/** A page's address in a language: `/registry/` → `/fr/registry/`. */
export function localePath(lang: Lang, path: string): string {
  return lang === 'en' ? path : `/${lang}${path}`;
}

/** The plain text a marker stands for in `lang`. */
function resolve(encoded: string, lang: Lang, site: string): string {
  const marker = JSON.parse(Buffer.from(encoded, 'base64url').toString()) as Marker;
  const texts = dictionaries[lang];
  // Arguments may hold markers themselves (a formatted date inside a sentence).
  const text = (value: unknown) => (typeof value === 'string' ? fillText(value, lang, site) : value);
  switch (marker[0]) {
    case 't': {
      const [, path, ...args] = marker;
      const value = lookup(texts, path);
      return typeof value === 'function' ? value(...args.map(text)) : String(value);
    }
    case 'plural':
      return plural(marker[2], lookup(texts, marker[1]) as PluralForms, texts.locale);
    case 'date':
      return formatDate(marker[1], texts.locale);
    case 'range':
      return formatDateRange(marker[1], marker[2], texts.locale);
    case 'country':
      return countryName(marker[1], lang);
    case 'language':
      return languageName(marker[1], lang);
    case 'lang':
      return lang;
    case 'locale':
      return texts.locale;
    case 'url':
      return new URL(localePath(lang, marker[1]), site).href;
  }
}

function fillText(text: string, lang: Lang, site: string): string {
  return text.replace(MARKER, (_, encoded: string) => resolve(encoded, lang, site));
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => htmlEscapes[c]!);
/** Inside a JSON string in a script element: JSON escapes, and no `<` that could close the element. */
const escapeJson = (text: string) => JSON.stringify(text).slice(1, -1).replace(/</g, '\\u003c');

/** Page links (paths ending in `/`) outside the CMS, not the language switcher's own links. */
const PAGE_LINK = /(?<!hreflang="[\w-]+") (href|action)="\/(?!admin\/)((?:[^"?#]*\/)?(?:[?#][^"]*)?)"/g;
/** Everything a page's copies differ by: markers in HTML, markers in JSON, blocks, link prefixes. */
const PART = /([\uE000\uE002-\uE005])([\w-]*)\uE001/;

/**
 * A rendered page in every language: blocks for other languages dropped, page links given the
 * language's prefix, markers filled in. The page is split once and joined once per language.
 */
export function fillPage(html: string, site: string): Record<Lang, string> {
  if (site !== cachedSite) [cachedSite, filled] = [site, new Map()];
  const parts = html
    .replace(PAGE_LINK, (_, attribute: string, rest: string) => ` ${attribute}="/${LINK}${CLOSE}${rest}"`)
    .split(PART);
  const pages = {} as Record<Lang, string>;
  for (const lang of LANGS) {
    let page = '';
    let skipping = false;
    for (let i = 0; i < parts.length; i += 3) {
      if (!skipping) page += parts[i];
      const kind = parts[i + 1];
      const payload = parts[i + 2]!;
      if (kind === BLOCK) skipping = payload !== lang;
      else if (kind === END) skipping = false;
      else if (skipping || kind === undefined) continue;
      else if (kind === LINK) page += lang === 'en' ? '' : `${lang}/`;
      else page += inEveryLanguage(kind, payload, site)[lang];
    }
    pages[lang] = page;
  }
  return pages;
}

// Most markers recur on every page (navigation, labels): each is worked out once, for every language.
let cachedSite = '';
let filled = new Map<string, Record<Lang, string>>();

function inEveryLanguage(kind: string, payload: string, site: string): Record<Lang, string> {
  const key = kind + payload;
  let texts = filled.get(key);
  if (!texts) {
    // Markers that name one record (its ID, a date) would only grow the cache: keep it bounded.
    if (filled.size > 5000) filled.clear();
    const escape = kind === JSON_OPEN ? escapeJson : escapeHtml;
    texts = Object.fromEntries(LANGS.map((lang) => [lang, escape(resolve(payload, lang, site))])) as Record<
      Lang,
      string
    >;
    filled.set(key, texts);
  }
  return texts;
}

/** Marked JSON for a script element: its markers are filled in with JSON escapes, not HTML ones. */
export function markJson(json: string): string {
  return json.replaceAll(OPEN, JSON_OPEN);
}
