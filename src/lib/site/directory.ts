/** The public trainer directory: who is listed, with what status, and the facts the home page shows. */
import { countryName } from './countries.ts';
import { foldForSearch, type DirectoryIndex } from './directory-filter.ts';
import { languageName } from './languages.ts';
import { searchText } from './search-text.ts';
import type { Certification, CertificationKind, Trainer } from './schemas/index.ts';
import { certificateStatus, statusFacts, type CertificateStatus } from '../certificates/status.ts';

type WithId<T> = T & { id: string };

/** One certification as the directory shows it. */
export interface HeldCertification {
  kind: CertificationKind;
  title: string;
  awarded: string;
  status: CertificateStatus;
  /** Last valid day, for certifications that lapse. */
  validUntil: string | undefined;
  revoked: { date: string; reason: string } | undefined;
}

/** One listed trainer in the directory. */
export interface DirectoryRow {
  id: string;
  name: string;
  /** The Latin spelling the holder uses, for a name in Greek or Cyrillic. */
  latinName: string | undefined;
  country: string;
  organisation: string;
  /** ISO 639-1 codes of the languages the trainer trains in. */
  languages: string[];
  sectors: string[];
  certifications: HeldCertification[];
  /** Kinds that are not revoked: what the certification filter matches. */
  held: CertificationKind[];
  search: string;
}

/** Trainers on one page of the directory: at 10,000 trainers a page stays a few KB of gzip. */
export const DIRECTORY_PAGE_SIZE = 100;

/** Trainers who agreed to be public. Everything public about trainers starts here. */
export function listedTrainers<T extends Pick<Trainer, 'listed'>>(trainers: readonly T[]): T[] {
  return trainers.filter((t) => t.listed);
}

/** A trainer's certifications in the order of the certification files, with their status on `today`. */
export function heldCertifications(
  trainer: Pick<Trainer, 'certifications' | 'deliveries'>,
  certifications: readonly Certification[],
  today: string,
): HeldCertification[] {
  return certifications.flatMap((certification) => {
    const facts = statusFacts(trainer, certification.kind, certification);
    if (!facts) return [];
    return [
      {
        kind: certification.kind,
        title: certification.title,
        awarded: facts.awarded,
        status: certificateStatus(facts, today),
        validUntil: facts.validUntil,
        revoked: facts.revoked,
      },
    ];
  });
}

// One collator per language: creating them is costly, and a build asks for each many times.
const collators = new Map<string, Intl.Collator>();

/** Sorts names the way a reader of `lang` expects ("Allemagne" before "Autriche" in French). */
function byName(lang: string): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) collators.set(lang, (collator = new Intl.Collator(lang, { sensitivity: 'base' })));
  return collator;
}

/** Directory rows for every listed trainer, sorted by name. Unlisted trainers never appear. */
export function directoryRows(
  trainers: readonly WithId<Trainer>[],
  certifications: readonly Certification[],
  today: string,
): DirectoryRow[] {
  return listedTrainers(trainers)
    .map((trainer) => {
      const held = heldCertifications(trainer, certifications, today);
      return {
        id: trainer.id,
        name: trainer.name,
        latinName: trainer.latinName,
        country: trainer.country,
        organisation: trainer.organisation,
        languages: trainer.languages,
        sectors: trainer.sectors,
        certifications: held,
        held: held.filter((c) => c.status !== 'revoked').map((c) => c.kind),
        search: searchText(trainer.name, trainer.latinName ?? '', trainer.organisation),
      };
    })
    .sort((a, b) => byName('en').compare(a.name, b.name) || a.id.localeCompare(b.id));
}

/** Countries present in the rows, as `{ code, name }` named and sorted in `lang`: the filter's options. */
export function countryOptions(rows: readonly Pick<DirectoryRow, 'country'>[], lang = 'en') {
  return [...new Set(rows.map((r) => r.country))]
    .map((code) => ({ code, name: countryName(code, lang) }))
    .sort((a, b) => byName(lang).compare(a.name, b.name));
}

/** Languages present in the rows, as `{ code, name }` named and sorted in `lang`: the filter's options. */
export function languageOptions(rows: readonly Pick<DirectoryRow, 'languages'>[], lang = 'en') {
  return [...new Set(rows.flatMap((r) => r.languages))]
    .map((code) => ({ code, name: languageName(code, lang) }))
    .sort((a, b) => byName(lang).compare(a.name, b.name));
}

/**
 * Sectors present in the rows, each once whatever its case or accents (the first spelling, in
 * name order, is kept), sorted in `lang`: the filter's options.
 */
export function sectorOptions(rows: readonly Pick<DirectoryRow, 'sectors'>[], lang = 'en'): string[] {
  const seen = new Map<string, string>();
  for (const row of rows)
    for (const sector of row.sectors) if (!seen.has(foldForSearch(sector))) seen.set(foldForSearch(sector), sector);
  return [...seen.values()].sort(byName(lang).compare);
}

/**
 * `/trainers/index.json` from the rows: what the filter matches and a card shows, in short keys.
 * Names of countries, certifications and languages are left out: the page's own filter options
 * hold them, in the page's language.
 */
export function directoryIndex(rows: readonly DirectoryRow[]): DirectoryIndex {
  const sectors = sectorOptions(rows);
  const position = new Map(sectors.map((s, i) => [foldForSearch(s), i]));
  return {
    sectors,
    trainers: rows.map((row) => ({
      id: row.id,
      n: row.name,
      ...(row.latinName ? { l: row.latinName } : {}),
      c: row.country,
      o: row.organisation,
      k: row.certifications.map((c) => [c.kind, c.awarded, c.validUntil ?? '', c.revoked?.date ?? '']),
      g: row.languages,
      s: row.sectors.map((sector) => position.get(foldForSearch(sector))!),
      q: row.search,
    })),
  };
}

/** Certified trainers per country, named and sorted in `lang`: the programme's reach. */
export function trainersByCountry(
  rows: readonly DirectoryRow[],
  lang = 'en',
): { code: string; name: string; count: number }[] {
  const certified = rows.filter((r) => r.held.length > 0);
  return countryOptions(certified, lang).map((c) => ({
    ...c,
    count: certified.filter((r) => r.country === c.code).length,
  }));
}

/** Headline figures for the home page. */
export interface Facts {
  /** Listed trainers holding at least one certification that is not revoked. */
  certifiedTrainers: number;
  /** Countries those trainers come from. */
  countries: number;
  /** Instructors whose certification is valid today. */
  activeInstructors: number;
}

/** Facts computed from the directory rows, so they always agree with what the directory shows. */
export function headlineFacts(rows: readonly DirectoryRow[]): Facts {
  const certified = rows.filter((r) => r.held.length > 0);
  return {
    certifiedTrainers: certified.length,
    countries: new Set(certified.map((r) => r.country)).size,
    activeInstructors: rows.filter((r) => r.certifications.some((c) => c.kind === 'instructor' && c.status === 'valid'))
      .length,
  };
}
