/**
 * Matching rules for the trainer directory's filter, shared by the page's small browser script and
 * the tests; kept apart from `directory.ts` so the script ships only these few lines.
 */

/** What the visitor chose; empty strings mean "any". */
export interface DirectoryFilter {
  country: string;
  certification: string;
  query: string;
}

/** The fields a row is matched on, as written into the page's `data-*` attributes. */
export interface FilterableRow {
  country: string;
  /** Certification kinds held (not revoked), e.g. `['cma', 'instructor']`. */
  certifications: readonly string[];
  /** `searchText(name, organisation)` (lib/search-text.ts). */
  search: string;
}

/**
 * Lower case without accents or other marks, so "jose" finds "José", "ελενη" finds "Ελένη" and
 * "schroder" finds "Schröder"; ß becomes ss and œ/æ their two letters.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the row passes every chosen filter; each word of the query must appear somewhere. */
export function matchesFilter(row: FilterableRow, filter: DirectoryFilter): boolean {
  if (filter.country && row.country !== filter.country) return false;
  if (filter.certification && !row.certifications.includes(filter.certification)) return false;
  const words = foldForSearch(filter.query).split(' ').filter(Boolean);
  return words.every((word) => row.search.includes(word));
}
