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
const cohortWith = (weeks: string) =>
  validFiles['cohorts/2027.yaml']!.replace(/weeks:\n(  - .*\n)+/, `weeks:\n${weeks}`);

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

  it('names each field a translation lacks that its English file has, and still builds', () => {
    const application = [
      '---',
      'title: How to apply',
      'description: Applying.',
      'order: 5',
      'fees:',
      '  - item: Programme fee',
      '    amount: €4,900',
      'steps:',
      '  - title: Get in touch',
      '    text: Write to us.',
      '---',
      'Text.',
      '',
    ].join('\n');
    const dir = makeContent({
      'pages/application.mdx': application,
      'pages/application.fr.mdx': `---\ntitle: Candidater\ndescription: Candidature.\nsteps:\n  - title: Contact\n    text: Écrivez-nous.\n---\nTexte.\n`,
      'pages/application.es.mdx': application.replace('How to apply', 'Cómo solicitar').replace('order: 5\n', ''),
    });
    const { status, stdout } = check(dir);
    expect(status, stdout).toBe(0);
    const notes = stdout.split('\n').filter((line) => line.startsWith('Untranslated: '));
    expect(notes).toEqual([
      `Untranslated: ${dir}/pages/application.fr.mdx: fees: missing: the English file has it, so this language shows the English here; translate it`,
    ]);
  });

  it('names a fee a shorter translated list lacks, and a settings sentence a translation lacks', () => {
    const fees = 'fees:\n  - item: Programme fee\n    amount: €4,900\n  - item: Travel\n    amount: Not included\n';
    const dir = makeContent({
      'pages/application.mdx': `---\ntitle: How to apply\ndescription: Applying.\norder: 5\n${fees}---\nText.\n`,
      'pages/application.fr.mdx': `---\ntitle: Candidater\ndescription: Candidature.\nfees:\n  - item: Frais\n    amount: 4 900 €\n---\nTexte.\n`,
      'settings.fr.yaml':
        'home: { what: Ce que c’est., who: Pour qui. }\napplication: { text: Candidatez. }\nsupportedBy: Commission européenne\nimages: { preview: Un rectangle bleu. }\n',
    });
    const { status, stdout } = check(dir);
    expect(status, stdout).toBe(0);
    const notes = stdout
      .split('\n')
      .filter((line) => line.startsWith('Untranslated: '))
      .map((line) => line.replace(/: missing: .*/, ''));
    expect(notes).toEqual([
      `Untranslated: ${dir}/settings.fr.yaml: home.lead`,
      `Untranslated: ${dir}/pages/application.fr.mdx: fees[1]`,
    ]);
  });

  it('accepts the content shipped in the repository', () => {
    expect(check('content').status).toBe(0);
  });

  const cases: [string, Record<string, string | null>, string][] = [
    [
      'a translation of a module that does not exist',
      { 'modules/03-three.fr.md': `---\ntitle: Trois\nsummary: Troisième.\noutcomes: [Savoir.]\n---\nCorps.\n` },
      'modules/03-three.fr.md: translates modules/03-three, which does not exist',
    ],
    [
      'a translation with a field only the English file has',
      { 'modules/01-one.es.md': `---\nnumber: 1\ntitle: Uno\nsummary: Primero.\noutcomes: [Saber.]\n---\nCuerpo.\n` },
      'modules/01-one.es.md: line 2: unknown field number',
    ],
    [
      'a certification translation that renames the certification',
      { 'certifications/cma.fr.yaml': 'title: Certification CMA\nsummary: Résumé.\n' },
      'certifications/cma.fr.yaml: line 1: unknown field title',
    ],
    [
      'a settings translation with a misspelt field',
      { 'settings.fr.yaml': 'home:\n  lede: Bonjour\n' },
      'settings.fr.yaml: line 2: home: unknown field lede',
    ],
    [
      'a missing field',
      { 'trainers/x.md': trainer('country: ES\norganisation: O') },
      'trainers/x.md: name: missing: expected text',
    ],
    [
      'a wrong type',
      { 'trainers/x.md': trainer('name: X\ncountry: ES\norganisation: O\nlisted: "no"') },
      'trainers/x.md: line 5: listed: expected true or false',
    ],
    [
      'an impossible date',
      {
        'trainers/x.md': trainer(
          'name: X\ncountry: ES\norganisation: O\ncertifications: [{ kind: cma, awarded: 2027-02-30 }]',
        ),
      },
      'trainers/x.md: line 5: certifications[0].awarded: expected a real date written like 2027-03-15',
    ],
    [
      'a date in another format',
      {
        'trainers/x.md': trainer(
          'name: X\ncountry: ES\norganisation: O\ncertifications: [{ kind: cma, awarded: 30/09/2027 }]',
        ),
      },
      'trainers/x.md: line 5: certifications[0].awarded: expected a real date written like 2027-03-15',
    ],
    [
      'an unknown country code',
      { 'trainers/x.md': trainer('name: X\ncountry: XX\norganisation: O') },
      'trainers/x.md: line 3: country: expected an ISO 3166-1 alpha-2 country code',
    ],
    [
      'a country written out',
      { 'trainers/x.md': trainer('name: X\ncountry: Greece\norganisation: O') },
      'trainers/x.md: line 3: country: expected an ISO 3166-1 alpha-2 country code like "ES" or "TT"; found "Greece": write "GR"',
    ],
    [
      'a file name with capitals and an underscore',
      { 'trainers/Dimitris_Test.md': trainer('name: X\ncountry: GR\norganisation: O') },
      'trainers/Dimitris_Test.md: expected a file name of lower-case ASCII letters, digits and single hyphens, like "dimitris-test.md"; found "Dimitris_Test.md"',
    ],
    [
      'a file name in Greek letters',
      { 'trainers/Δημήτρης.md': trainer('name: Δημήτρης\ncountry: GR\norganisation: O') },
      'trainers/Δημήτρης.md: expected a file name of lower-case ASCII letters, digits and single hyphens, like "dimitris.md"; found "Δημήτρης.md"',
    ],
    [
      'an unknown cohort',
      { 'trainers/x.md': trainer('name: X\ncountry: ES\norganisation: O\ncohort: "1999"') },
      'trainers/x.md: line 5: cohort: expected a cohort file name (one of 2027); found "1999"',
    ],
    [
      'an unknown venue',
      { 'cohorts/2027.yaml': cohortWith('  - { start: 2027-02-08, end: 2027-02-12, venue: paris, modules: [1] }\n') },
      'cohorts/2027.yaml: line 3: weeks[0].venue: expected a venue file name (one of barcelona); found "paris"',
    ],
    [
      'an unknown module',
      {
        'cohorts/2027.yaml': cohortWith('  - { start: 2027-02-08, end: 2027-02-12, venue: barcelona, modules: [7] }\n'),
      },
      'cohorts/2027.yaml: line 3: weeks[0].modules[0]: expected an existing module number; found 7',
    ],
    [
      'a duplicate module number',
      { 'modules/03-again.md': validFiles['modules/02-two.md']! },
      'modules/03-again.md: line 2: number: expected a unique module number; 2 is used by another module',
    ],
    [
      'a week that ends before it starts',
      {
        'cohorts/2027.yaml': cohortWith('  - { start: 2027-02-12, end: 2027-02-08, venue: barcelona, modules: [1] }\n'),
      },
      'cohorts/2027.yaml: line 3: weeks[0].end: expected a date on or after the start 2027-02-12',
    ],
    [
      'overlapping in-class weeks',
      {
        'cohorts/2027.yaml': cohortWith(
          '  - { start: 2027-02-08, end: 2027-02-12, venue: barcelona, modules: [1] }\n' +
            '  - { start: 2027-02-11, end: 2027-02-15, venue: barcelona, modules: [2] }\n',
        ),
      },
      'cohorts/2027.yaml: line 4: weeks[1].start: expected in-class weeks in order without overlap',
    ],
    [
      'an unknown field (a typo)',
      { 'trainers/x.md': trainer('name: X\ncountry: ES\norganisation: O\norganization: O') },
      'trainers/x.md: line 5: unknown field organization',
    ],
    [
      'a field-project team that is not mutual',
      {
        'trainers/x.md': trainer(
          'name: X\ncountry: ES\norganisation: O\nfieldProject: { title: T, sector: S, region: R, team: [ana-lopez] }',
        ),
      },
      'trainers/x.md: line 5: fieldProject.team[0]: expected "ana-lopez" to list "x" in their team too',
    ],
    [
      'an instructor certification without the programme certification',
      {
        'trainers/x.md': trainer(
          'name: X\ncountry: ES\norganisation: O\ncertifications: [{ kind: instructor, awarded: 2027-01-01 }]',
        ),
      },
      'trainers/x.md: line 5: certifications[0].awarded: expected the instructor certification on or after a cma certification',
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
      'venues/barcelona.yaml: line 6: latitude:',
    ],
    [
      'a language written out',
      { 'trainers/x.md': trainer('name: X\ncountry: GR\norganisation: O\nlanguages:\n  - el\n  - Greek') },
      'trainers/x.md: line 7: languages[1]: expected an ISO 639-1 language code in lower case like "en", "fr" or "el"; found "Greek": write "el"',
    ],
    [
      'an unknown language code',
      { 'trainers/x.md': trainer('name: X\ncountry: ES\norganisation: O\nlanguages: [xx]') },
      'trainers/x.md: line 5: languages[0]: expected an ISO 639-1 language code in lower case like "en", "fr" or "el"; found "xx"\n',
    ],
    [
      'an empty sector',
      { 'trainers/x.md': trainer('name: X\ncountry: ES\norganisation: O\nsectors: [Logistics, ""]') },
      'trainers/x.md: line 5: sectors[1]: expected text, found nothing',
    ],
    [
      'a contact web address that is not https',
      { 'trainers/x.md': trainer('name: X\ncountry: ES\norganisation: O\ncontact:\n  website: http://x.example.org') },
      'trainers/x.md: line 6: contact.website: expected a web address starting with https://, like "https://example.org"',
    ],
    [
      'a contact link that is a script',
      { 'trainers/x.md': trainer('name: X\ncountry: ES\norganisation: O\ncontact:\n  website: "javascript:alert(1)"') },
      'trainers/x.md: line 6: contact.website: expected a web address starting with https://',
    ],
    [
      'a contact e-mail address without a domain',
      { 'trainers/x.md': trainer('name: X\ncountry: ES\norganisation: O\ncontact:\n  email: x@localhost') },
      'trainers/x.md: line 6: contact.email: expected an e-mail address like "name@example.org"',
    ],
    [
      'an empty contact',
      { 'trainers/x.md': trainer('name: X\ncountry: ES\norganisation: O\ncontact: {}') },
      'trainers/x.md: line 5: contact: expected an e-mail address, a web address or both; leave contact out to publish none',
    ],
    [
      'a Latin name in Greek letters',
      { 'trainers/x.md': trainer('name: Ελένη\nlatinName: Ελένη\ncountry: GR\norganisation: O') },
      'trainers/x.md: line 3: latinName: expected the name in Latin letters, like "Eleni Georgiou"',
    ],
    [
      'a Latin name for a name already in Latin letters',
      { 'trainers/x.md': trainer('name: Ana López\nlatinName: Ana Lopez\ncountry: ES\norganisation: O') },
      'trainers/x.md: line 3: latinName: expected only for a name written in Greek or Cyrillic letters; this name is already in Latin letters',
    ],
    [
      'two application deadlines in one cohort',
      {
        'cohorts/2027.yaml': validFiles['cohorts/2027.yaml']!.replace(
          '  - { date: 2026-12-15, title: Application deadline }\n',
          '  - { date: 2026-12-15, title: Application deadline, kind: application }\n  - { date: 2027-01-15, title: Late applications, kind: application }\n',
        ),
      },
      'cohorts/2027.yaml: line 8: deadlines[1].kind: expected one application deadline per cohort; an earlier deadline already has kind: application',
    ],
    [
      'a deadline of an unknown kind',
      {
        'cohorts/2027.yaml': validFiles['cohorts/2027.yaml']!.replace(
          'title: Application deadline }',
          'title: Application deadline, kind: apply }',
        ),
      },
      'cohorts/2027.yaml: line 7: deadlines[0].kind: expected "application", or no kind',
    ],
    [
      'fees on a page other than the application page',
      {
        'pages/overview.mdx':
          '---\ntitle: Overview\ndescription: About.\nfees:\n  - { item: Fee, amount: €1 }\n---\nText.\n',
      },
      'pages/overview.mdx: line 4: fees: expected fees only in the application page',
    ],
    [
      'an application step without its text',
      { 'pages/application.mdx': '---\ntitle: Apply\ndescription: How.\nsteps:\n  - title: Write to us\n---\nText.\n' },
      'pages/application.mdx: line 5: steps[0].text: missing: expected text',
    ],
    [
      'a telephone number without the country code',
      { 'settings.yaml': `${validFiles['settings.yaml']}phone: 930 000 000\n` },
      'settings.yaml: line 13: phone: expected a telephone number in international form',
    ],
    [
      'YAML that does not parse',
      { 'venues/linz.yaml': 'name: [unclosed\n' },
      'venues/linz.yaml: line 2: could not be read as YAML',
    ],
    ['a missing settings file', { 'settings.yaml': null }, 'settings.yaml: missing: expected the site settings file'],
  ];

  for (const [what, changes, expected] of cases) {
    it(`reports ${what} as file: line: field: expectation`, () => {
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
    expect(stderr).toContain('trainers/y.md: line 3: country:');
    expect(stderr).toContain('modules/03-again.md: line 2: number:');
    expect(stderr).toContain('venues/linz.yaml: line 2: could not be read');
    expect(stderr).toMatch(/4 problems in content; nothing was built\./);
  });
});

describe('npm run check on a YAML slip in a shipped file', () => {
  // The holder has an issued certificate and a team mate: neither may complain about her file.
  const slips: [string, string, string][] = [
    [
      'a colon in an unquoted reason',
      'Withdrawn: confirmed by the board',
      'could not be read as YAML: missed comma between flow collection entries; inside { … } or [ … ], a text with a colon or a comma must be in quotes, like reason: "Withdrawn: confirmed by the board"',
    ],
    [
      'a comma in an unquoted reason',
      'Withdrawn at her request, by agreement',
      'certifications[1].revoked: unknown field by agreement; a text with a comma inside { … } must be in quotes, like reason: "Late, by request"',
    ],
  ];

  it.each(slips)('reports %s once, with its file and line, and nothing else', (_what, reason, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'ttt-content-'));
    cpSync('content', dir, { recursive: true });
    const file = join(dir, 'trainers/anais-lefebvre-caron.md');
    const text = readFileSync(file, 'utf8');
    const broken = text.replace(
      /revoked:\n\s+date: (\S+)\n\s+reason: .*\n/,
      `revoked: { date: $1, reason: ${reason} }\n`,
    );
    expect(broken).not.toBe(text);
    writeFileSync(file, broken);
    const line = broken.split('\n').findIndex((l) => l.includes('revoked: {')) + 1;
    const { status, stderr } = check(dir);
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `${dir}/trainers/anais-lefebvre-caron.md: line ${line}: ${message}`,
      '',
      '1 problem in content; nothing was built.',
    ]);
  });
});

describe('npm run check on an English file that does not parse', () => {
  it('reports the file once, and not its translation as translating a missing file', () => {
    const { status, stderr } = check(
      makeContent({
        'modules/01-one.md': '---\nnumber: 1\ntitle: [One\nsummary: First.\n---\nBody.\n',
        'modules/01-one.fr.md': '---\ntitle: Un\nsummary: Premier.\noutcomes: [Savoir une chose.]\n---\nCorps.\n',
      }),
    );
    expect(status).toBe(1);
    expect(stderr).toMatch(/modules\/01-one\.md: line \d: could not be read as YAML/);
    expect(stderr).not.toContain('01-one.fr.md');
    expect(stderr).toMatch(/\n1 problem in content/);
  });
});

describe('npm run build with bad content', () => {
  it('stops before writing anything', () => {
    const fingerprint = () =>
      existsSync('dist/index.html')
        ? createHash('sha256').update(readFileSync('dist/index.html')).digest('hex')
        : 'none';
    const before = fingerprint();
    const bad = makeContent({ 'trainers/x.md': trainer('name: X\ncountry: XX\norganisation: O') });
    const result = spawnSync('npm', ['run', 'build', '--silent'], {
      env: { ...process.env, CONTENT_DIR: bad },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('trainers/x.md: line 3: country:');
    expect(fingerprint()).toBe(before);
  });
});
