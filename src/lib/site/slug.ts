/**
 * The one way text becomes a name for files, addresses and calendar events: lower-case ASCII
 * letters, digits and single hyphens (the rule `SLUG_PATTERN` checks), spelt the way
 * `searchText` spells names, so Greek and Cyrillic get their Latin spelling.
 */
import { foldForSearch } from './directory-filter.ts';
import { latinSpelling } from './search-text.ts';

/**
 * Text as a slug; empty when nothing in it has a Latin spelling (emoji, punctuation only).
 *
 * @example slugify('Jan Novák') // 'jan-novak'
 * @example slugify('Ελένη Γεωργίου') // 'eleni-georgiou'
 */
export function slugify(text: string): string {
  return latinSpelling(foldForSearch(text))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
