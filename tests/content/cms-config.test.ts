// The /admin/ form (public/admin/config.yml) and the content schemas (src/lib/site/schemas/) describe
// the same files: every schema field has a CMS field and the other way round, with the same rules
// (required, patterns, options, limits), checked by asking the schema about the CMS's own values.
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  cohortSchema,
  moduleSchema,
  pageSchema,
  settingsSchema,
  trainerSchema,
  venueSchema,
} from '../../src/lib/site/schemas/index.ts';

interface CmsField {
  name: string;
  widget?: string;
  required?: boolean;
  pattern?: [string, string];
  options?: (string | { value: string })[];
  default?: unknown;
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: string;
  value_field?: string;
  type?: string;
  format?: string;
  fields?: CmsField[];
  field?: CmsField;
}
interface CmsCollection {
  name: string;
  folder?: string;
  format?: string;
  slug?: { pattern?: [string, string] };
  fields?: CmsField[];
  files?: { file: string; fields: CmsField[] }[];
}

const config = parse(readFileSync('public/admin/config.yml', 'utf8')) as { collections: CmsCollection[] };
const collection = (name: string) => config.collections.find((c) => c.name === name)!;

type Schema = z.ZodType;
const def = (schema: Schema) => (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;

/** The schema under optional/default wrappers and transforms: what decides the field's shape. */
function core(schema: Schema): Schema {
  const d = def(schema);
  if (d.type === 'optional' || d.type === 'default') return core(d.innerType as Schema);
  if (d.type === 'pipe') return core((def(d.in as Schema).type === 'transform' ? d.out : d.in) as Schema);
  return schema;
}
const shapeOf = (schema: Schema) => def(core(schema)).shape as Record<string, Schema> | undefined;
const elementOf = (schema: Schema) => def(core(schema)).element as Schema | undefined;
const accepts = (schema: Schema, value: unknown) => schema.safeParse(value).success;

/** Strings on both sides of every pattern the content rules use. */
const PROBES = [
  ...['jan-novak', 'barcelona-2027', '2027', 'a', 'Jan_Novak', 'Dimitris_Test', 'Δημήτρης', 'jan--novak', '-jan', 'jan-'],
  ...['jan novak', '', 'https://ttt.example.org', 'https://ttt.example.org/', 'http://ttt.example.org'],
  ...['https://ttt.example.org:8443', 'https://ttt.example.org/path', 'EFCE', 'TEST', 'E', 'efce', 'ABCDEFGHI'],
  ...['training@efce.example', 'no-at-sign', 'two@@example.org', 'space in@example.org', 'x@localhost'],
  ...['Eleni Georgiou', 'Ελένη Γεωργίου', "Marijke van 't Hoff", 'Georgi Petkov-Ivanov', 'Цветелина', 'Nguyễn'],
  ...['https://example.org/trainers/x?a=1', 'https://localhost', 'https://ex ample.org', 'javascript:alert(1)'],
  ...['+34 930 000 000', '+34930000000', '0034 930 000 000', '+34 93x', '+3', '+0 930 000 000'],
];
/** Every two-letter string in upper and lower case: country and language options must be exactly the ones the schema takes. */
const UPPER_PAIRS = Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)));
const PAIRS = [...UPPER_PAIRS, ...UPPER_PAIRS.map((pair) => pair.toLowerCase())];

/** Every way `field` and `schema` disagree, as "path: what differs". */
function differences(path: string, field: CmsField, schema: Schema): string[] {
  const found: string[] = [];
  const differ = (what: string) => found.push(`${path}: ${what}`);
  const required = field.required !== false;
  if (required !== !accepts(schema, undefined)) differ(`CMS required ${required}, schema required ${!required}`);
  const inner = core(schema);

  const shape = shapeOf(schema);
  if (field.widget === 'object' || shape) {
    if (field.widget !== 'object' || !shape) return [...found, `${path}: object in one, not in the other`];
    return [...found, ...fieldDifferences(path, field.fields ?? [], shape)];
  }
  const element = elementOf(schema);
  if (field.widget === 'list' || field.multiple) {
    if (!element) return [...found, `${path}: a list in the CMS, not in the schema`];
    if ((field.min ?? 0) >= 1 !== !accepts(schema, [])) differ('minimum of one item differs');
    if (field.max !== undefined && accepts(inner, Array(field.max + 1).fill(sample(field, element))))
      differ(`the schema accepts more than ${field.max} items`);
    if (field.widget === 'list' && field.fields) return [...found, ...differences(`${path}[]`, { name: '', widget: 'object', fields: field.fields }, element)];
    if (field.widget === 'list' && field.field) return [...found, ...differences(`${path}[]`, field.field, element)];
    return [...found, ...leafDifferences(`${path}[]`, { ...field, multiple: false }, element)];
  }
  if (element) return [...found, `${path}: a list in the schema, not in the CMS`];
  return [...found, ...leafDifferences(path, field, schema)];
}

/** A value the CMS field would write, for checking list limits. */
function sample(field: CmsField, element: Schema): unknown {
  if (field.value_field === 'number') return 1;
  return [1, 'jan-novak', 'text'].find((value) => accepts(element, value));
}

function leafDifferences(path: string, field: CmsField, schema: Schema): string[] {
  const found: string[] = [];
  const differ = (what: string) => found.push(`${path}: ${what}`);
  switch (field.widget) {
    case 'string':
    case 'text':
      if (!field.pattern && !accepts(schema, 'Some text')) differ('the schema does not take text');
      if (accepts(schema, ' ') && !field.pattern) differ('the schema takes blank text; the CMS would need a pattern');
      for (const probe of field.pattern ? PROBES : []) {
        const cms = new RegExp(field.pattern![0]).test(probe);
        if (cms !== accepts(schema, probe)) differ(`pattern ${cms ? 'accepts' : 'refuses'} "${probe}", the schema does not`);
      }
      break;
    case 'select': {
      const values = field.options!.map((o) => (typeof o === 'string' ? o : o.value));
      const taken = def(core(schema)).type === 'enum' ? (core(schema) as unknown as { options: string[] }).options : PAIRS.filter((p) => accepts(schema, p));
      if ([...values].sort().join() !== [...taken].sort().join()) differ(`options ${values.join(',')} ≠ schema ${taken.join(',')}`);
      break;
    }
    case 'datetime':
      if (field.type !== 'date' || field.format !== 'YYYY-MM-DD') differ('expected a plain date field (type date, format YYYY-MM-DD)');
      if (!accepts(schema, '2027-03-15') || accepts(schema, '2027-02-30')) differ('the schema is not a plain date');
      break;
    case 'boolean':
      if (!accepts(schema, true) || !accepts(schema, false) || accepts(schema, 'yes')) differ('the schema is not true/false');
      break;
    case 'number':
      // Whole numbers (value_type int) in the form exactly when the schema refuses a fraction.
      if ((field.value_type === 'int') === accepts(schema, 1.5)) differ('whole numbers in one, not the other');
      if (field.value_type !== 'int' && field.value_type !== 'float') differ('expected value_type int or float');
      if (field.min !== undefined ? accepts(schema, field.min - 1) || !accepts(schema, field.min) : !accepts(schema, -5))
        differ(`minimum ${field.min ?? 'none'} differs`);
      if (field.max !== undefined ? accepts(schema, field.max + 1) || !accepts(schema, field.max) : !accepts(schema, 10 ** 6))
        differ(`maximum ${field.max ?? 'none'} differs`);
      break;
    case 'relation':
      if (field.value_field === 'number' ? !accepts(schema, 1) : !accepts(schema, 'jan-novak') || accepts(schema, 'Jan Novak'))
        differ('the schema does not take what the relation writes');
      break;
    default:
      differ(`widget ${field.widget} is not checked here`);
  }
  return found;
}

function fieldDifferences(path: string, fields: CmsField[], shape: Record<string, Schema>): string[] {
  const prefix = path ? `${path}.` : '';
  const names = fields.map((f) => f.name).filter((name) => name !== 'body');
  return [
    ...Object.keys(shape).filter((key) => !names.includes(key)).map((key) => `${prefix}${key}: no CMS field`),
    ...names.filter((name) => !(name in shape)).map((name) => `${prefix}${name}: no schema field`),
    ...fields.filter((f) => f.name in shape).flatMap((f) => differences(`${prefix}${f.name}`, f, shape[f.name]!)),
  ];
}

const COVERED: [string, Schema][] = [
  ['trainers', trainerSchema],
  ['cohorts', cohortSchema],
  ['venues', venueSchema],
  ['modules', moduleSchema],
  ['pages', pageSchema],
];

describe('/admin/ config and the content schemas', () => {
  it.each(COVERED)('%s: every field on both sides, with the same rules', (name, schema) => {
    expect(fieldDifferences('', collection(name).fields!, shapeOf(schema)!)).toEqual([]);
  });

  it('settings: every field on both sides, with the same rules', () => {
    const file = collection('settings').files!.find((f) => f.file === 'content/settings.yaml')!;
    expect(fieldDifferences('', file.fields, shapeOf(settingsSchema)!)).toEqual([]);
  });

  it('new file names follow the same rule as references to them', () => {
    for (const name of ['trainers', 'cohorts', 'venues']) {
      const pattern = new RegExp(collection(name).slug!.pattern![0]);
      const reference = shapeOf(trainerSchema)!.cohort!;
      expect(PROBES.filter((p) => p && pattern.test(p) !== accepts(reference, p))).toEqual([]);
    }
  });

  it('a Markdown body only where the file has one, and the ledger, certifications and keys stay out', () => {
    for (const c of config.collections)
      if (c.fields?.some((f) => f.name === 'body')) expect(c.format, c.name).toBe('frontmatter');
    const paths = config.collections.flatMap((c) => [c.folder ?? '', ...(c.files ?? []).map((f) => f.file)]);
    expect(paths.filter((p) => /ledger|certifications|keys/.test(p))).toEqual([]);
  });

  it('catches drift: a renamed field, a dropped requirement and a changed pattern all show', () => {
    const fields = structuredClone(collection('trainers').fields!);
    fields.find((f) => f.name === 'organisation')!.name = 'organization';
    fields.find((f) => f.name === 'name')!.required = false;
    const settings = structuredClone(collection('settings').files![0]!.fields);
    settings.find((f) => f.name === 'certificatePrefix')!.pattern = ['^[A-Z]+$', ''];
    expect(fieldDifferences('', fields, shapeOf(trainerSchema)!)).toEqual([
      'organisation: no CMS field',
      'organization: no schema field',
      'name: CMS required false, schema required true',
    ]);
    expect(fieldDifferences('', settings, shapeOf(settingsSchema)!)).toEqual([
      'certificatePrefix: pattern accepts "E", the schema does not',
      'certificatePrefix: pattern accepts "ABCDEFGHI", the schema does not',
    ]);
  });
});
