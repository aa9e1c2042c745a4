/** Languages trainers train in: ISO 639-1 codes, named in the reader's language. */

/** Every ISO 639-1 code (183; the withdrawn `in`, `iw`, `ji`, `jw`, `mo`, `sh` and `bh` left out). */
export const LANGUAGE_CODES: readonly string[] = (
  'aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el ' +
  'en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ' +
  'ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na ' +
  'nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so ' +
  'sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'
).split(' ');

const codes = new Set(LANGUAGE_CODES);

/** True for a two-letter ISO 639-1 code in lower case, e.g. "el". */
export function isLanguageCode(value: string): boolean {
  return codes.has(value);
}

/** The code someone probably meant: "EN" → "en", "Greek" → "el"; undefined when unsure. */
export function suggestLanguageCode(input: string): string | undefined {
  const lower = input.trim().toLowerCase();
  if (codes.has(lower)) return lower;
  return LANGUAGE_CODES.find((code) => languageName(code).toLowerCase() === lower);
}

// One formatter per page language: creating them is costly at 10,000 pages.
const namers = new Map<string, Intl.DisplayNames>();

/**
 * The language's name in the page language, e.g. `languageName('el')` → "Greek",
 * `languageName('el', 'fr')` → "grec".
 */
export function languageName(code: string, pageLanguage = 'en'): string {
  let namer = namers.get(pageLanguage);
  if (!namer) namers.set(pageLanguage, (namer = new Intl.DisplayNames([pageLanguage], { type: 'language' })));
  return namer.of(code) ?? code;
}
