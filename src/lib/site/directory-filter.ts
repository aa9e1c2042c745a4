/**
 * Matching rules for the trainer directory's filter, shared by the page's small browser script and
 * the tests; kept apart from `directory.ts` so the script ships only these few lines.
 */

/** What the visitor chose; empty strings mean "any". */
export interface DirectoryFilter {
  country: string;
  /** An ISO 639-1 code, e.g. "fr". */
  language: string;
  /** A sector as written in the trainers' files; matched without regard to case or accents. */
  sector: string;
  certification: string;
  query: string;
}

/** The filter's fields as named in the address, e.g. `?country=GR&language=fr&sector=Logistics`. */
export const FILTER_PARAMS = {
  query: 'q',
  country: 'country',
  language: 'language',
  sector: 'sector',
  certification: 'certification',
} as const satisfies Record<keyof DirectoryFilter, string>;

/** The fields a row is matched on. */
export interface FilterableRow {
  country: string;
  /** Certification kinds held (not revoked), e.g. `['cma', 'instructor']`. */
  certifications: readonly string[];
  /** ISO 639-1 codes of the languages the trainer trains in. */
  languages: readonly string[];
  sectors: readonly string[];
  /** `searchText(name, latinName, organisation)` (search-text.ts). */
  search: string;
}

/**
 * One trainer in `/trainers/index.json`, in short keys: the file is fetched whole on the first
 * filtering, so every byte counts ten thousand times.
 */
export interface IndexRow {
  /** File name: the page is `/trainers/<id>/`. */
  id: string;
  /** Name, and the Latin spelling when the name is in Greek or Cyrillic. */
  n: string;
  l?: string;
  /** Country code and organisation. */
  c: string;
  o: string;
  /** Certifications as [kind, awarded, valid until or "", revoked on or ""]. */
  k: [string, string, string, string][];
  /** Language codes, and sectors as positions in the index's `sectors`. */
  g: string[];
  s: number[];
  /** Search text. */
  q: string;
  /** The photo's WebP sizes for a card, when the trainer has a photo. */
  p?: { src: string; srcset: string; width: number; height: number };
}

/** `/trainers/index.json`. */
export interface DirectoryIndex {
  /** Every sector named by a listed trainer, once (first spelling kept). */
  sectors: string[];
  trainers: IndexRow[];
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
  if (filter.language && !row.languages.includes(filter.language)) return false;
  if (filter.sector && !row.sectors.some((s) => foldForSearch(s) === foldForSearch(filter.sector))) return false;
  if (filter.certification && !row.certifications.includes(filter.certification)) return false;
  const words = foldForSearch(filter.query).split(' ').filter(Boolean);
  return words.every((word) => row.search.includes(word));
}
