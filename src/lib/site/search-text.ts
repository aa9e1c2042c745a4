/**
 * The text names are found by, written at build time: folded (see `foldForSearch`) and, for names
 * in Greek or Cyrillic, also their Latin spelling, so "Georgiou" finds "Γεωργίου" and "Ivanova"
 * finds "Иванова". The query itself is only folded, so no transliteration ships to the browser.
 */
import anyAscii from 'any-ascii';
import { foldForSearch } from './directory-filter.ts';

/**
 * Greek letter pairs that any-ascii spells letter by letter but people write as one sound, as
 * passports do (ELOT 743): "ου" is "ou", not "oy"; "ευ" is "ev"; "γγ" is "ng".
 */
const GREEK_PAIRS: [RegExp, string][] = [
  [/ου/g, 'ou'],
  [/αυ/g, 'av'],
  [/ευ/g, 'ev'],
  [/γγ/g, 'ng'],
];

/** The Latin spelling of folded text, e.g. "ελενη γεωργιου" → "eleni georgiou". */
export function latinSpelling(folded: string): string {
  let text = folded;
  for (const [pair, latin] of GREEK_PAIRS) text = text.replace(pair, latin);
  return anyAscii(text).toLowerCase();
}

/**
 * Search text for the given parts: folded, followed by the Latin spelling where it differs.
 *
 * @example searchText('Ελένη Γεωργίου', 'Athens') // 'ελενη γεωργιου athens eleni georgiou athens'
 */
export function searchText(...parts: string[]): string {
  const folded = foldForSearch(parts.join(' '));
  const latin = latinSpelling(folded);
  return latin === folded ? folded : `${folded} ${latin}`;
}
