// The /admin/ form is written from the content schemas (src/lib/site/content/cms-config.ts). This
// checks what it writes against what the schemas do: every field of a complete, valid entry is
// removed, changed to values on both sides of its rule, and parsed; the form must say the same
// (required or not, pattern, options, limits, dates, references). Only the schemas' safeParse is
// used, never their internals.
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/lib/site/content/cms-config.ts';
import {
  cohortSchema,
  moduleSchema,
  moduleTranslationSchema,
  pageSchema,
  pageTranslationSchema,
  settingsSchema,
  trainerSchema,
  venueSchema,
} from '../../src/lib/site/schemas/index.ts';

interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  pattern?: [string, string];
  options?: (string | { label: string; value: string })[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: string;
  value_field?: string;
  type?: string;
  format?: string;
  default?: unknown;
  i18n?: boolean;
  fields?: CmsField[];
  field?: CmsField;
}
interface CmsCollection {
  name: string;
  folder?: string;
  format?: string;
  i18n?: boolean;
  slug?: { pattern: [string, string] };
  fields?: CmsField[];
  files?: { file: string; fields: CmsField[] }[];
}

const TITLES = [
  { kind: 'cma' as const, title: 'Cluster Management Association Certification' },
  { kind: 'instructor' as const, title: 'Cluster Excellence Management Instructor' },
];
const config = cmsConfig(TITLES) as { collections: CmsCollection[] };
const collection = (name: string) => config.collections.find((c) => c.name === name)!;

/** One complete, valid entry per collection: every optional field written, so every rule can be tried. */
const ENTRIES: [string, z.ZodType, Record<string, unknown>][] = [
  [
    'trainers',
    trainerSchema,
    {
      name: 'Ελένη Γεωργίου',
      latinName: 'Eleni Georgiou',
      country: 'GR',
      organisation: 'Example Attica Cluster',
      region: 'Attica',
      languages: ['el', 'en'],
      sectors: ['Logistics'],
      contact: { email: 'eleni@example.org', website: 'https://example.org/eleni' },
      listed: true,
      example: false,
      cohort: '2027',
      certifications: [{ kind: 'cma', awarded: '2027-09-24', revoked: { date: '2028-01-15', reason: 'Withdrawn.' } }],
      deliveries: [{ date: '2028-05-12', title: 'Programme', location: 'Athens, GR', participants: 14 }],
      fieldProject: { title: 'Roadmap', sector: 'Ports', region: 'Attica', team: ['jan-novak'] },
    },
  ],
  [
    'cohorts',
    cohortSchema,
    {
      title: 'Cohort 2027',
      weeks: [{ start: '2027-02-08', end: '2027-02-12', venue: 'barcelona', modules: [1, 2] }],
      fieldProject: { start: '2027-02-15', end: '2027-09-24' },
      deadlines: [{ date: '2026-12-15', title: 'Application deadline', kind: 'application' }],
    },
  ],
  [
    'venues',
    venueSchema,
    {
      name: 'Foundation headquarters',
      city: 'Barcelona',
      country: 'ES',
      address: 'Carrer de Pallars 193',
      timeZone: 'Europe/Madrid',
      latitude: 41.39,
      longitude: 2.19,
    },
  ],
  ['modules', moduleSchema, { number: 3, title: 'Strategy', summary: 'A summary.', outcomes: ['An outcome.'] }],
  [
    'pages',
    pageSchema,
    {
      title: 'Apply',
      description: 'How to apply.',
      order: 4,
      fees: [{ item: 'Programme fee', amount: '€4,900' }],
      steps: [{ title: 'Write to us', text: 'Send a letter.' }],
    },
  ],
  [
    'settings',
    settingsSchema,
    {
      siteName: 'Train-the-Trainers',
      foundation: 'Example Foundation',
      siteUrl: 'https://ttt.example.org',
      certificatePrefix: 'EFCE',
      contactEmail: 'training@efce.example',
      headquarters: 'Barcelona',
      postalAddress: 'Carrer de Pallars 193, 08005 Barcelona, Spain',
      phone: '+34 930 000 000',
      supportedBy: 'European Commission',
      timeZone: 'Europe/Madrid',
      home: { lead: 'A lead.', what: 'What.', who: 'Who.' },
      application: { status: 'open', text: 'Apply now.' },
      images: { home: 'A workshop.', programme: 'A presentation.', preview: 'A network.' },
    },
  ],
];

/** Strings on both sides of every pattern the content rules use. */
const PROBES = [
  ...[
    'jan-novak',
    'barcelona-2027',
    '2027',
    'a',
    'Jan_Novak',
    'Δημήτρης',
    'jan--novak',
    '-jan',
    'jan-',
    'jan novak',
    '',
  ],
  ...['https://ttt.example.org', 'https://ttt.example.org/', 'http://ttt.example.org', 'https://ttt.example.org:8443'],
  ...['https://ttt.example.org/path', 'EFCE', 'TEST', 'E', 'efce', 'ABCDEFGHI', 'training@efce.example', 'no-at-sign'],
  ...[
    'two@@example.org',
    'space in@example.org',
    'x@localhost',
    'Eleni Georgiou',
    'Ελένη Γεωργίου',
    "Marijke van 't Hoff",
  ],
  ...['Georgi Petkov-Ivanov', 'Цветелина', 'Nguyễn', 'https://example.org/trainers/x?a=1', 'https://localhost'],
  ...['https://ex ample.org', 'javascript:alert(1)', '+34 930 000 000', '+34930000000', '0034 930 000 000', '+3'],
];
/** Every two-letter string in both cases: a code list's options must be exactly the codes the schema takes. */
const UPPER = Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)));
const PAIRS = [...UPPER, ...UPPER.map((pair) => pair.toLowerCase())];

type Path = (string | number)[];

/** A copy of `entry` with the value at `path` replaced, or removed when `value` is undefined. */
function changed(entry: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> {
  const copy = structuredClone(entry);
  const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((v, k) => v[k] as never, copy);
  if (value === undefined) delete parent[path.at(-1)!];
  else parent[path.at(-1)!] = value;
  return copy;
}

/** Every way the form's fields and the schema disagree about `entry`, as "path: what differs". */
function differences(schema: z.ZodType, entry: Record<string, unknown>, fields: CmsField[], at: Path = []): string[] {
  const found: string[] = [];
  const keys = Object.keys(at.reduce<Record<string | number, unknown>>((v, k) => v[k] as never, entry));
  const names = fields.map((f) => f.name).filter((name) => name !== 'body');
  for (const key of keys.filter((k) => !names.includes(k))) found.push(`${[...at, key].join('.')}: no form field`);
  for (const name of names.filter((n) => !keys.includes(n))) found.push(`${[...at, name].join('.')}: no such field`);

  for (const field of fields.filter((f) => keys.includes(f.name))) {
    const path = [...at, field.name];
    const differ = (what: string) => found.push(`${path.join('.')}: ${what}`);
    /** The schema's problems with `value` at `path` (problems elsewhere in the entry do not count). */
    const issues = (value: unknown, where: Path = path) =>
      (schema.safeParse(changed(entry, where, value)).error?.issues ?? []).filter((i) =>
        where.every((k, n) => i.path[n] === k),
      );
    const takes = (value: unknown, where: Path = path) => issues(value, where).length === 0;
    const current: unknown = path.reduce<Record<string | number, unknown>>((v, k) => v[k] as never, entry);
    // Required: left out, the field itself is missing (a rule across fields, like latitude with longitude, is not the form's).
    const required = issues(undefined).some((i) => i.code !== 'custom');
    if (required !== (field.required !== false)) differ(`form says required ${field.required !== false}`);

    if (field.widget === 'object') found.push(...differences(schema, entry, field.fields!, path));
    else if (field.widget === 'list' || field.multiple) {
      const list = current as unknown[];
      if (!takes([]) !== (field.min ?? 0) >= 1) differ('a minimum of one item in one, not the other');
      if (field.max !== undefined && takes(Array(field.max + 1).fill(list[0])))
        differ(`the schema takes more than ${field.max}`);
      if (field.fields) found.push(...differences(schema, entry, field.fields, [...path, 0]));
      else leaf(field.field ?? field, [...path, 0]);
    } else leaf(field, path);

    function leaf(form: CmsField, where: Path) {
      const at = (value: unknown) => takes(value, where);
      const say = (what: string) => found.push(`${where.join('.')}: ${what}`);
      switch (form.widget) {
        case 'string':
        case 'text':
          if (!at('Some text') && !form.pattern) say('the schema refuses text the form takes');
          if (at(' ')) say('the schema takes blank text');
          for (const probe of form.pattern ? PROBES : [])
            if (new RegExp(form.pattern![0]).test(probe) !== at(probe))
              say(`the form's pattern ${at(probe) ? 'refuses' : 'takes'} "${probe}", the schema does not`);
          break;
        case 'select': {
          const values = form.options!.map((o) => (typeof o === 'string' ? o : o.value));
          const probes = [...new Set([...values, ...PAIRS, 'application', 'open', 'cma', 'other'])];
          const taken = probes.filter((p) => at(p));
          if ([...values].sort().join() !== taken.sort().join())
            say(`options ${values.join()} ≠ taken ${taken.join()}`);
          break;
        }
        case 'datetime':
          if (form.type !== 'date' || form.format !== 'YYYY-MM-DD') say('not a plain date field');
          if (!at('2027-03-15') || at('2027-02-30') || at('15/03/2027')) say('the schema is not a plain date');
          break;
        case 'boolean':
          if (!at(true) || !at(false) || at('yes')) say('the schema is not true or false');
          break;
        case 'number':
          if ((form.value_type === 'int') === at(1.5)) say('whole numbers in one, not the other');
          if (form.min !== undefined ? at(form.min - 1) || !at(form.min) : !at(-1e6)) say('minimum differs');
          if (form.max !== undefined ? at(form.max + 1) || !at(form.max) : !at(1e6)) say('maximum differs');
          break;
        case 'relation':
          if (form.value_field === 'number' ? !at(1) : !at('jan-novak') || at('Jan Novak'))
            say('the schema does not take what the relation writes');
          break;
        default:
          say(`widget ${form.widget} is not checked here`);
      }
    }
  }
  return found;
}

const formFields = (name: string) =>
  name === 'settings' ? collection('settings').files![0]!.fields : collection(name).fields!;

describe('/admin/ form written from the content schemas', () => {
  it.each(ENTRIES)('%s: every field, with the rules the schema applies', (name, schema, entry) => {
    expect(schema.safeParse(entry).success).toBe(true);
    expect(differences(schema, entry, formFields(name))).toEqual([]);
  });

  it('would see drift: a renamed field, a dropped requirement, a looser pattern, a missing option', () => {
    const fields = structuredClone(formFields('trainers'));
    fields.find((f) => f.name === 'organisation')!.name = 'organization';
    fields.find((f) => f.name === 'name')!.required = false;
    fields.find((f) => f.name === 'contact')!.fields![1]!.pattern![0] = '^https?://.+$';
    fields.find((f) => f.name === 'country')!.options!.pop();
    const [, schema, entry] = ENTRIES[0]!;
    const found = differences(schema, entry, fields);
    expect(found).toEqual(
      expect.arrayContaining([
        'organisation: no form field',
        'organization: no such field',
        'name: form says required false',
        'contact.website: the form\'s pattern takes "http://ttt.example.org", the schema does not',
        expect.stringMatching(/^country: options AD,.*,ZM ≠ taken AD,.*,ZM,ZW$/),
      ]),
    );
  });

  it('names countries, languages and certifications in their options', () => {
    const trainers = formFields('trainers');
    expect(trainers.find((f) => f.name === 'country')!.options).toContainEqual({ label: 'Greece (GR)', value: 'GR' });
    expect(trainers.find((f) => f.name === 'languages')!.options).toContainEqual({ label: 'Greek (el)', value: 'el' });
    const kind = trainers.find((f) => f.name === 'certifications')!.fields!.find((f) => f.name === 'kind')!;
    expect(kind.options).toEqual(TITLES.map(({ kind, title }) => ({ label: `${title} (${kind})`, value: kind })));
  });

  it('translates in /admin/ exactly the fields the translation schemas take, and the text', () => {
    for (const [name, translation] of [
      ['modules', moduleTranslationSchema],
      ['pages', pageTranslationSchema],
    ] as const) {
      expect(collection(name).i18n).toBe(true);
      const translated = collection(name)
        .fields!.filter((f) => f.i18n)
        .map((f) => f.name);
      expect(translated.sort()).toEqual([...Object.keys(translation.shape), 'body'].sort());
    }
    for (const name of ['trainers', 'cohorts', 'venues']) expect(collection(name).i18n).toBeUndefined();
  });

  it('names new files by the rule references to them follow', () => {
    const reference = trainerSchema.shape.cohort;
    for (const name of ['trainers', 'cohorts', 'venues']) {
      const pattern = new RegExp(collection(name).slug!.pattern[0]);
      expect(PROBES.filter((p) => p && pattern.test(p) !== reference.safeParse(p).success)).toEqual([]);
    }
  });

  it('keeps a Markdown body only where the file has one, and the ledger, certifications and keys out', () => {
    for (const c of config.collections)
      if (c.fields?.some((f) => f.name === 'body')) expect(c.format, c.name).toBe('frontmatter');
    const paths = config.collections.flatMap((c) => [c.folder ?? '', ...(c.files ?? []).map((f) => f.file)]);
    expect(paths.filter((p) => /ledger|certifications|keys/.test(p))).toEqual([]);
  });
});
