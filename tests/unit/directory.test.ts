import { describe, expect, it } from 'vitest';
import {
  countryOptions,
  directoryIndex,
  directoryRows,
  headlineFacts,
  languageOptions,
  sectorOptions,
  trainersByCountry,
} from '../../src/lib/site/directory.ts';
import { languageName } from '../../src/lib/site/languages.ts';
import { foldForSearch, matchesFilter } from '../../src/lib/site/directory-filter.ts';
import { searchText } from '../../src/lib/site/search-text.ts';
import type { Certification, Trainer } from '../../src/lib/site/schemas/index.ts';

const certifications: Certification[] = [
  { kind: 'cma', title: 'CMA', summary: 's', awardedFor: 'a', validityRule: 'v' },
  { kind: 'instructor', title: 'Instructor', summary: 's', awardedFor: 'a', renewEveryYears: 3, validityRule: 'v' },
];

function trainer(id: string, fields: Partial<Trainer>): Trainer & { id: string } {
  return {
    id,
    name: id,
    country: 'ES',
    organisation: 'Org',
    listed: true,
    example: true,
    certifications: [],
    deliveries: [],
    languages: [],
    sectors: [],
    ...fields,
  };
}

const trainers = [
  trainer('zoe', {
    name: 'Zoë Müller',
    country: 'AT',
    organisation: 'Cluster Linz',
    languages: ['de', 'en'],
    sectors: ['logistics', 'Plastics'],
    certifications: [{ kind: 'cma', awarded: '2024-09-30' }],
  }),
  trainer('eleni', {
    name: 'Ελένη Παπαδοπούλου',
    latinName: 'Eleni Papadopoulou',
    country: 'GR',
    organisation: 'Athens Innovation',
    languages: ['el', 'en'],
    sectors: ['Logistics', 'Tourism'],
    certifications: [
      { kind: 'cma', awarded: '2022-09-30' },
      { kind: 'instructor', awarded: '2023-03-01' },
    ],
  }),
  trainer('ivan', {
    name: 'Іван Петренко',
    country: 'UA',
    organisation: 'Kyiv Cluster',
    certifications: [
      { kind: 'cma', awarded: '2022-09-30' },
      { kind: 'instructor', awarded: '2022-10-01' },
    ],
    deliveries: [{ date: '2024-05-10', title: 'Course', location: 'Kyiv' }],
  }),
  trainer('revoked', {
    name: 'Ana Revoked',
    certifications: [{ kind: 'cma', awarded: '2022-09-30', revoked: { date: '2025-01-10', reason: 'r' } }],
  }),
  trainer('hidden', {
    name: 'Hidden Person',
    country: 'TT',
    listed: false,
    certifications: [{ kind: 'cma', awarded: '2024-09-30' }],
  }),
];

describe('directoryRows', () => {
  const rows = directoryRows(trainers, certifications, '2026-11-27');

  it('leaves out unlisted trainers', () => {
    expect(rows.map((r) => r.id)).not.toContain('hidden');
    expect(JSON.stringify(rows)).not.toContain('Hidden Person');
  });

  it('sorts by name across scripts', () => {
    expect(rows.map((r) => r.id)).toEqual(['revoked', 'zoe', 'eleni', 'ivan']);
  });

  it('gives each certification its status today', () => {
    const eleni = rows.find((r) => r.id === 'eleni')!;
    // Awarded 2023-03-01 with no delivery since: valid until 2026-03-01, so expired today.
    expect(eleni.certifications.map((c) => [c.kind, c.status, c.validUntil])).toEqual([
      ['cma', 'valid', undefined],
      ['instructor', 'expired', '2026-03-01'],
    ]);
    const ivan = rows.find((r) => r.id === 'ivan')!;
    // A delivery in 2024 renews it to 2027.
    expect(ivan.certifications[1]).toMatchObject({ status: 'valid', validUntil: '2027-05-10' });
    const revoked = rows.find((r) => r.id === 'revoked')!;
    expect(revoked.certifications[0]?.status).toBe('revoked');
    expect(revoked.held).toEqual([]);
  });

  it('lists the countries present, named and sorted in the page language', () => {
    expect(countryOptions(rows).map((c) => c.name)).toEqual(['Austria', 'Greece', 'Spain', 'Ukraine']);
    expect(countryOptions(rows, 'fr').map((c) => c.name)).toEqual(['Autriche', 'Espagne', 'Grèce', 'Ukraine']);
    expect(countryOptions(rows, 'fr').map((c) => c.code)).toEqual(['AT', 'ES', 'GR', 'UA']);
  });

  it('lists the languages present once, named in the page language and sorted by that name', () => {
    expect(languageOptions(rows)).toEqual([
      { code: 'en', name: 'English' },
      { code: 'de', name: 'German' },
      { code: 'el', name: 'Greek' },
    ]);
    expect(languageOptions(rows, 'fr').map((l) => l.name)).toEqual(['allemand', 'anglais', 'grec']);
    expect(languageName('el', 'es')).toBe('griego');
  });

  it('lists each sector once whatever its case, sorted', () => {
    // Ana (no sectors) sorts first, then Zoë's "logistics", then Eleni's "Logistics".
    expect(sectorOptions(rows)).toEqual(['logistics', 'Plastics', 'Tourism']);
  });

  it('finds a Greek name by the Latin spelling the holder uses', () => {
    expect(rows.find((r) => r.id === 'eleni')!.search).toContain('papadopoulou');
    expect(
      directoryRows([trainer('x', { name: 'Γιάννης', latinName: 'Yannis Smith' })], certifications, '2026-11-27')[0]!
        .search,
    ).toContain('yannis smith');
  });

  it('writes the index in short keys, sectors as positions in one list, unlisted trainers left out', () => {
    const index = directoryIndex(rows);
    expect(index.sectors).toEqual(['logistics', 'Plastics', 'Tourism']);
    expect(index.trainers.find((r) => r.id === 'eleni')).toEqual({
      id: 'eleni',
      n: 'Ελένη Παπαδοπούλου',
      l: 'Eleni Papadopoulou',
      c: 'GR',
      o: 'Athens Innovation',
      k: [
        ['cma', '2022-09-30', '', ''],
        ['instructor', '2023-03-01', '2026-03-01', ''],
      ],
      g: ['el', 'en'],
      s: [0, 2],
      q: rows.find((r) => r.id === 'eleni')!.search,
    });
    expect(index.trainers.find((r) => r.id === 'revoked')!.k).toEqual([['cma', '2022-09-30', '', '2025-01-10']]);
    expect(JSON.stringify(index)).not.toContain('Hidden');
  });

  it('computes the headline facts from listed, not revoked holders', () => {
    expect(headlineFacts(rows)).toEqual({ certifiedTrainers: 3, countries: 3, activeInstructors: 1 });
  });

  it('counts certified trainers per country for the reach list, leaving out revoked-only ones', () => {
    expect(trainersByCountry(rows)).toEqual([
      { code: 'AT', name: 'Austria', count: 1 },
      { code: 'GR', name: 'Greece', count: 1 },
      { code: 'UA', name: 'Ukraine', count: 1 },
    ]);
    expect(trainersByCountry(rows, 'es').map((c) => c.name)).toEqual(['Austria', 'Grecia', 'Ucrania']);
  });
});

/** No filter chosen. */
const ANY = { country: '', language: '', sector: '', certification: '', query: '' };

describe('directory filter', () => {
  const row = {
    country: 'GR',
    certifications: ['cma', 'instructor'],
    languages: ['el', 'en'],
    sectors: ['Logistics', 'Agri-food'],
    search: searchText('Ελένη Παπαδοπούλου', 'Athens Innovation'),
  };

  it('folds accents and case in every script', () => {
    expect(foldForSearch('  Zoë   MÜLLER ')).toBe('zoe muller');
    expect(foldForSearch('Ελένη')).toBe('ελενη');
    expect(foldForSearch('Straße Łódź')).toBe('strasse lodz');
  });

  it('matches name or organisation, every word, without accents', () => {
    expect(matchesFilter(row, { ...ANY, query: 'ελενη' })).toBe(true);
    expect(matchesFilter(row, { ...ANY, query: 'ΕΛΈΝΗ athens' })).toBe(true);
    expect(matchesFilter(row, { ...ANY, query: 'innov' })).toBe(true);
    expect(matchesFilter(row, { ...ANY, query: 'athens linz' })).toBe(false);
  });

  it('filters by country and certification', () => {
    expect(matchesFilter(row, { ...ANY, country: 'GR', certification: 'instructor' })).toBe(true);
    expect(matchesFilter(row, { ...ANY, country: 'AT' })).toBe(false);
    expect(matchesFilter({ ...row, certifications: ['cma'] }, { ...ANY, certification: 'instructor' })).toBe(false);
    expect(matchesFilter(row, { ...ANY, query: '' })).toBe(true);
  });
});

describe('names in Greek or Cyrillic are found by their Latin spelling', () => {
  it.each([
    ['Ελένη Γεωργίου', 'georgiou'],
    ['Ελένη Γεωργίου', 'eleni'],
    ['Ευάγγελος Παπαδόπουλος', 'evangelos papadopoulos'],
    ['Θεοδώρα Χατζή', 'theodora chatzi'],
    ['Мария Иванова', 'ivanova'],
    ['Łukasz Żółć-Dvořák', 'zolc'],
  ])('%s is found by "%s"', (name, query) => {
    const row = {
      country: 'GR',
      certifications: [],
      languages: [],
      sectors: [],
      search: searchText(name, 'Example Cluster'),
    };
    expect(matchesFilter(row, { ...ANY, query })).toBe(true);
    // The name as written still finds it, with or without accents.
    expect(matchesFilter(row, { ...ANY, query: name.toUpperCase() })).toBe(true);
  });

  it('adds nothing to names already in Latin letters', () => {
    expect(searchText('Ana López', 'Cluster')).toBe('ana lopez cluster');
  });
});
