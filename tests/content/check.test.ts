import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContent, validFiles } from '../helpers/content-fixture.ts';

/** Runs the real `npm run check` command against a content folder. */
function check(contentDir: string) {
  const result = spawnSync(process.execPath, ['scripts/check.ts'], {
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const trainer = (frontmatter: string) => `---\n${frontmatter}\n---\nBio.\n`;
const cohortWith = (weeks: string) => validFiles['cohorts/2027.yaml']!.replace(/weeks:\n(  - .*\n)+/, `weeks:\n${weeks}`);

describe('npm run check', () => {
  it('accepts valid content', () => {
    const { status, stdout } = check(makeContent());
    expect(status).toBe(0);
    expect(stdout).toContain('Content OK: 1 trainers, 1 cohorts, 2 modules');
  });

  it('takes an unquoted numeric cohort name as the file name it spells', () => {
    const { status } = check(
      makeContent({ 'trainers/x.md': trainer('name: X\ncountry: ES\norganisation: O\ncohort: 2027') }),
    );
    expect(status).toBe(0);
  });

  it('accepts the content shipped in the repository', () => {
    expect(check('content').status).toBe(0);
  });

  const cases: [string, Record<string, string | null>, string][] = [
    [
      'a missing field',
      { 'trainers/x.md': trainer('country: ES\norganisation: O') },
      'trainers/x.md: name: missing: expected text',
    ],
    [
      'a wrong type',
      { 'trainers/x.md': trainer('name: X\ncountry: ES\norganisation: O\nlisted: "no"') },
      'trainers/x.md: listed: expected true or false',
    ],
    [
      'an impossible date',
      { 'trainers/x.md': trainer('name: X\ncountry: ES\norganisation: O\ncertifications: [{ kind: cma, awarded: 2027-02-30 }]') },
      'trainers/x.md: certifications[0].awarded: expected a real date written like 2027-03-15',
    ],
    [
      'a date in another format',
      { 'trainers/x.md': trainer('name: X\ncountry: ES\norganisation: O\ncertifications: [{ kind: cma, awarded: 30/09/2027 }]') },
      'trainers/x.md: certifications[0].awarded: expected a real date written like 2027-03-15',
    ],
    [
      'an unknown country code',
      { 'trainers/x.md': trainer('name: X\ncountry: XX\norganisation: O') },
      'trainers/x.md: country: expected an ISO 3166-1 alpha-2 country code',
    ],
    [
      'a country written out',
      { 'trainers/x.md': trainer('name: X\ncountry: Greece\norganisation: O') },
      'trainers/x.md: country: expected an ISO 3166-1 alpha-2 country code like "ES" or "TT"; found "Greece": write "GR"',
    ],
    [
      'a file name with capitals and an underscore',
      { 'trainers/Dimitris_Test.md': trainer('name: X\ncountry: GR\norganisation: O') },
      'trainers/Dimitris_Test.md: expected a file name of lower-case ASCII letters, digits and single hyphens, like "dimitris-test.md"; found "Dimitris_Test.md"',
    ],
    [
      'a file name in Greek letters',
      { 'trainers/Δημήτρης.md': trainer('name: Δημήτρης\ncountry: GR\norganisation: O') },
      'trainers/Δημήτρης.md: expected a file name of lower-case ASCII letters, digits and single hyphens, like "jan-novak.md"; found "Δημήτρης.md"',
    ],
    [
      'an unknown cohort',
      { 'trainers/x.md': trainer('name: X\ncountry: ES\norganisation: O\ncohort: "1999"') },
      'trainers/x.md: cohort: expected a cohort file name (one of 2027); found "1999"',
    ],
    [
      'an unknown venue',
      { 'cohorts/2027.yaml': cohortWith('  - { start: 2027-02-08, end: 2027-02-12, venue: paris, modules: [1] }\n') },
      'cohorts/2027.yaml: weeks[0].venue: expected a venue file name (one of barcelona); found "paris"',
    ],
    [
      'an unknown module',
      { 'cohorts/2027.yaml': cohortWith('  - { start: 2027-02-08, end: 2027-02-12, venue: barcelona, modules: [7] }\n') },
      'cohorts/2027.yaml: weeks[0].modules[0]: expected an existing module number; found 7',
    ],
    [
      'a duplicate module number',
      { 'modules/03-again.md': validFiles['modules/02-two.md']! },
      'modules/03-again.md: number: expected a unique module number; 2 is used by another module',
    ],
    [
      'a week that ends before it starts',
      { 'cohorts/2027.yaml': cohortWith('  - { start: 2027-02-12, end: 2027-02-08, venue: barcelona, modules: [1] }\n') },
      'cohorts/2027.yaml: weeks[0].end: expected a date on or after the start 2027-02-12',
    ],
    [
      'overlapping in-class weeks',
      {
        'cohorts/2027.yaml': cohortWith(
          '  - { start: 2027-02-08, end: 2027-02-12, venue: barcelona, modules: [1] }\n' +
            '  - { start: 2027-02-11, end: 2027-02-15, venue: barcelona, modules: [2] }\n',
        ),
      },
      'cohorts/2027.yaml: weeks[1].start: expected in-class weeks in order without overlap',
    ],
    [
      'an unknown field (a typo)',
      { 'trainers/x.md': trainer('name: X\ncountry: ES\norganisation: O\norganization: O') },
      'trainers/x.md: unknown field organization',
    ],
    [
      'a field-project team that is not mutual',
      { 'trainers/x.md': trainer('name: X\ncountry: ES\norganisation: O\nfieldProject: { title: T, sector: S, region: R, team: [ana-lopez] }') },
      'trainers/x.md: fieldProject.team[0]: expected "ana-lopez" to list "x" in their team too',
    ],
    [
      'an instructor certification without the programme certification',
      { 'trainers/x.md': trainer('name: X\ncountry: ES\norganisation: O\ncertifications: [{ kind: instructor, awarded: 2027-01-01 }]') },
      'trainers/x.md: certifications[0].awarded: expected the instructor certification on or after a cma certification',
    ],
    [
      'a cohort named like the combined feed',
      { 'cohorts/all.yaml': validFiles['cohorts/2027.yaml']! },
      'cohorts/all.yaml: expected another file name: "all" is the feed of every cohort',
    ],
    [
      'a venue with a latitude but no longitude',
      { 'venues/barcelona.yaml': `${validFiles['venues/barcelona.yaml']}latitude: 41.39\n` },
      'venues/barcelona.yaml: longitude: expected latitude and longitude together, or neither',
    ],
    [
      'a latitude beyond the pole',
      { 'venues/barcelona.yaml': `${validFiles['venues/barcelona.yaml']}latitude: 141.39\nlongitude: 2.17\n` },
      'venues/barcelona.yaml: latitude:',
    ],
    ['YAML that does not parse', { 'venues/linz.yaml': 'name: [unclosed\n' }, 'venues/linz.yaml: could not be read as YAML'],
    [
      'a missing settings file',
      { 'settings.yaml': null },
      'settings.yaml: missing: expected the site settings file',
    ],
  ];

  for (const [what, changes, expected] of cases) {
    it(`reports ${what} as file: field: expectation`, () => {
      const { status, stderr } = check(makeContent(changes));
      expect(status).toBe(1);
      expect(stderr).toContain(expected);
      expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    });
  }

  it('reports every problem in every file in one run', () => {
    const all = Object.assign({}, ...cases.map(([, changes]) => changes)) as Record<string, string | null>;
    // Keep one change per file; the cases above already prove each message.
    const { status, stderr } = check(
      makeContent({
        'trainers/x.md': all['trainers/x.md']!,
        'trainers/y.md': trainer('name: Y\ncountry: XX\norganisation: O'),
        'modules/03-again.md': all['modules/03-again.md']!,
        'venues/linz.yaml': all['venues/linz.yaml']!,
      }),
    );
    expect(status).toBe(1);
    expect(stderr).toContain('trainers/x.md:');
    expect(stderr).toContain('trainers/y.md: country:');
    expect(stderr).toContain('modules/03-again.md: number:');
    expect(stderr).toContain('venues/linz.yaml: could not be read');
    expect(stderr).toMatch(/4 problems in content; nothing was built\./);
  });
});

describe('npm run check on a mistake in a shipped file', () => {
  it('reports an unquoted revocation reason with a comma once, in its own file', () => {
    // The holder has an issued certificate and a team mate: neither may complain about her file.
    const dir = mkdtempSync(join(tmpdir(), 'ttt-content-'));
    cpSync('content', dir, { recursive: true });
    const file = join(dir, 'trainers/anais-lefebvre-caron.md');
    const text = readFileSync(file, 'utf8');
    const broken = text.replace(/revoked:\n\s+date: (\S+)\n\s+reason: .*\n/, 'revoked: { date: $1, reason: Withdrawn at her request, by agreement }\n');
    expect(broken).not.toBe(text);
    writeFileSync(file, broken);
    const { status, stderr } = check(dir);
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')[0]).toBe(
      `${dir}/trainers/anais-lefebvre-caron.md: certifications[1].revoked: unknown field by agreement; a text with a comma inside { … } must be in quotes, like reason: "Late, by request"`,
    );
    expect(stderr).toMatch(/\n1 problem in content; nothing was built\./);
  });
});

describe('npm run build with bad content', () => {
  it('stops before writing anything', () => {
    const fingerprint = () =>
      existsSync('dist/index.html') ? createHash('sha256').update(readFileSync('dist/index.html')).digest('hex') : 'none';
    const before = fingerprint();
    const bad = makeContent({ 'trainers/x.md': trainer('name: X\ncountry: XX\norganisation: O') });
    const result = spawnSync('npm', ['run', 'build', '--silent'], { env: { ...process.env, CONTENT_DIR: bad }, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('trainers/x.md: country:');
    expect(fingerprint()).toBe(before);
  });
});
