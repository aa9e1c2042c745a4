// Synthetic content for the benchmark: the shipped programme (settings, venues, modules,
// certifications, cohorts) plus `count` generated trainers with both certification kinds.
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

function date(year: number, dayOfYear: number): string {
  return new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
}

/** The Markdown file of synthetic trainer number `i`: deterministic, so runs compare. */
export function syntheticTrainer(i: number): string {
  const name = `${GIVEN[i % GIVEN.length]} ${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]} ${i}`;
  const year = 2016 + (i % 10);
  const lines = [
    '---',
    `name: ${JSON.stringify(name)}`,
    `country: ${COUNTRIES[i % COUNTRIES.length]}`,
    `organisation: "Synthetic Cluster ${i % 500}"`,
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
  if (i % 97 === 3) lines[6] = lines[6]!.replace(' }', ', revoked: { date: 2026-01-15, reason: Withdrawn } }');
  lines.push('---', `Synthetic trainer ${i}, generated for the benchmark.`, '');
  return lines.join('\n');
}

/** Writes a fresh content folder with `count` synthetic trainers into `dir`. */
export function writeSyntheticContent(dir: string, count: number, source = 'content'): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const part of ['settings.yaml', 'venues', 'modules', 'certifications', 'cohorts', 'pages'])
    cpSync(join(source, part), join(dir, part), { recursive: true });
  // The pictures every page or the home page shows; synthetic trainers have no photo.
  for (const part of ['logo.svg', 'images'])
    if (existsSync(join(source, part))) cpSync(join(source, part), join(dir, part), { recursive: true });
  mkdirSync(join(dir, 'trainers'));
  for (let i = 0; i < count; i++)
    writeFileSync(join(dir, 'trainers', `trainer-${String(i).padStart(5, '0')}.md`), syntheticTrainer(i));
}
