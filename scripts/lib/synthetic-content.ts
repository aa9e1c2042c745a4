// Synthetic content for the benchmark: the shipped programme (settings, venues, modules,
// certifications and their badges, cohorts, the holders' e-mail) plus `count` generated trainers
// with both certification kinds.
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const GIVEN = [
  'Ana',
  'Łukasz',
  'Žaneta',
  'Ștefan',
  'Ελένη',
  'Мария',
  'Jürgen',
  'Aoife',
  'Niccolò',
  'Réka',
  'Đorđe',
  'Søren',
];
const FAMILY = [
  'García',
  'Wiśniewski',
  'Dvořák',
  'Popescu',
  'Παπαδοπούλου',
  'Иванова',
  'Höllwarth',
  'Ní Bhriain',
  'Szőke',
  'Kovačević',
  'Ærøe',
  'Haddad',
];
const COUNTRIES = ['ES', 'PL', 'CZ', 'RO', 'GR', 'BG', 'AT', 'IE', 'IT', 'HU', 'HR', 'DK', 'TT', 'TN', 'LB', 'MA'];
/** The Latin spelling of the Greek and Cyrillic parts of the names above. */
const LATIN: Record<string, string> = {
  Ελένη: 'Eleni',
  Мария: 'Maria',
  Παπαδοπούλου: 'Papadopoulou',
  Иванова: 'Ivanova',
};
/** Languages trained in, by country: the country's own first. */
const LANGUAGES: Record<string, string[]> = {
  ES: ['es', 'ca'],
  PL: ['pl'],
  CZ: ['cs'],
  RO: ['ro'],
  GR: ['el'],
  BG: ['bg'],
  AT: ['de'],
  IE: ['en', 'ga'],
  IT: ['it'],
  HU: ['hu'],
  HR: ['hr'],
  DK: ['da'],
  TT: ['en'],
  TN: ['ar', 'fr'],
  LB: ['ar', 'fr'],
  MA: ['ar', 'fr'],
};
const SECTORS = [
  'Agri-food',
  'Automotive',
  'Chemicals',
  'Digital services',
  'Energy',
  'Health technology',
  'Logistics',
  'Maritime',
  'Packaging',
  'Plastics',
  'Textiles',
  'Tourism',
];

function date(year: number, dayOfYear: number): string {
  return new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
}

/** The Markdown file of synthetic trainer number `i`: deterministic, so runs compare. */
export function syntheticTrainer(i: number): string {
  const given = GIVEN[i % GIVEN.length]!;
  const family = FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]!;
  const name = `${given} ${family} ${i}`;
  const country = COUNTRIES[i % COUNTRIES.length]!;
  const year = 2016 + (i % 10);
  // A second, scrambled counter, so that languages, sectors and names do not repeat in step.
  const k = (i * 7919) % 1009;
  // Two in three holders of a Greek or Cyrillic name give the Latin spelling they use.
  const latin =
    (LATIN[given] || LATIN[family]) && k % 3 !== 1 ? `${LATIN[given] ?? given} ${LATIN[family] ?? family}` : '';
  // Most also train in English, some in French; one or two sectors each; one in ten publishes a contact.
  const languages = [...LANGUAGES[country]!];
  if (k % 4 !== 0 && !languages.includes('en')) languages.push('en');
  if (k % 7 === 0 && !languages.includes('fr')) languages.push('fr');
  const sectors = [SECTORS[k % SECTORS.length]!];
  if (k % 3 === 0) sectors.push(SECTORS[(k * 5 + 3) % SECTORS.length]!);
  const id = `trainer-${String(i).padStart(5, '0')}`;
  const lines = [
    '---',
    `name: ${JSON.stringify(name)}`,
    ...(latin ? [`latinName: ${JSON.stringify(latin)}`] : []),
    `country: ${country}`,
    `organisation: "Synthetic Cluster ${i % 500}"`,
    `languages: [${[...new Set(languages)].join(', ')}]`,
    `sectors: [${[...new Set(sectors)].join(', ')}]`,
    ...(k % 10 === 4 ? [`contact: { email: ${id}@example.org, website: "https://${id}.example.org" }`] : []),
    `listed: ${i % 50 !== 7}`,
    'certifications:',
    `  - { kind: cma, awarded: ${date(year, 270)} }`,
  ];
  if (i % 5 < 2) {
    // Two in five are instructors; some have let it lapse.
    lines.push(`  - { kind: instructor, awarded: ${date(year + 1, 100)} }`);
    if (i % 3 === 0) {
      lines.push('deliveries:');
      for (let d = 0; d < 3; d++)
        lines.push(
          `  - { date: ${date(year + 2 + d * 2, 50)}, title: Cluster excellence programme, location: Home region }`,
        );
    }
  }
  // About one in a hundred has a revoked programme certificate.
  const cma = lines.findIndex((line) => line.startsWith('  - { kind: cma'));
  if (i % 97 === 3) lines[cma] = lines[cma]!.replace(' }', ', revoked: { date: 2026-01-15, reason: Withdrawn } }');
  lines.push('---', `Synthetic trainer ${i}, generated for the benchmark.`, '');
  return lines.join('\n');
}

/** `certificates/addresses.csv` for the synthetic trainers: every holder has an address, as after a real cohort. */
export function syntheticAddresses(count: number): string {
  const ids = Array.from({ length: count }, (_, i) => `trainer-${String(i).padStart(5, '0')}`);
  return ['trainer,email', ...ids.map((id) => `${id},${id}@holders.example`)].join('\n') + '\n';
}

/** Writes a fresh content folder with `count` synthetic trainers into `dir`. */
export function writeSyntheticContent(dir: string, count: number, source = 'content'): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const part of [
    'settings.yaml',
    'settings.fr.yaml',
    'settings.es.yaml',
    'venues',
    'modules',
    'certifications',
    'cohorts',
    'pages',
    'emails',
  ])
    cpSync(join(source, part), join(dir, part), { recursive: true });
  // The pictures every page or the home page shows; synthetic trainers have no photo.
  for (const part of ['logo.svg', 'images'])
    if (existsSync(join(source, part))) cpSync(join(source, part), join(dir, part), { recursive: true });
  mkdirSync(join(dir, 'trainers'));
  for (let i = 0; i < count; i++)
    writeFileSync(join(dir, 'trainers', `trainer-${String(i).padStart(5, '0')}.md`), syntheticTrainer(i));
}
