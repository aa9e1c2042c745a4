/**
 * The /admin/ form (Sveltia CMS's `config.yml`), written from the content schemas so the form and
 * `npm run check` cannot disagree: fields, required or not, patterns, options and limits come from
 * each schema's JSON Schema (Zod's own export); labels, hints and the rest from its `.meta()` (see
 * `schemas/common.ts`); which fields are translated from the translation schemas. What belongs to
 * a collection rather than a field (its folder, file names, list columns) is in `COLLECTIONS`.
 * The backend (where saves go) is per deployment and lives in `public/admin/backend.yml`.
 */
import { z } from 'astro/zod';
import { stringify } from 'yaml';
import { countryName } from '../countries.ts';
import { languageName } from '../languages.ts';
import {
  cohortSchema,
  moduleSchema,
  moduleTranslationSchema,
  pageSchema,
  pageTranslationSchema,
  settingsSchema,
  TRANSLATED_LANGS,
  trainerSchema,
  venueSchema,
  type CertificationKind,
} from '../schemas/index.ts';
import { SLUG_PATTERN } from '../schemas/common.ts';

/** The part of a JSON Schema the form is made from, with this project's `.meta()` keys. */
interface FieldSchema extends z.core.GlobalMeta {
  type?: string;
  format?: string;
  properties?: Record<string, FieldSchema>;
  required?: string[];
  items?: FieldSchema;
  enum?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
}

type CmsField = Record<string, unknown>;
type Collection = NonNullable<z.core.GlobalMeta['references']>;

/** How the form lists and names the files of a collection when a field references them. */
const RELATIONS: Record<Collection, { value_field: string; display_fields: string[]; search_fields: string[] }> = {
  trainers: { value_field: '{{slug}}', display_fields: ['name'], search_fields: ['name'] },
  cohorts: { value_field: '{{slug}}', display_fields: ['title'], search_fields: ['title'] },
  venues: { value_field: '{{slug}}', display_fields: ['name'], search_fields: ['name', 'city'] },
  modules: { value_field: 'number', display_fields: ['{{number}}. {{title}}'], search_fields: ['title'] },
};

/** New file names: made from a field, editable when the file is created, checked like references to them. */
function fileName(template: string, example: string, hint?: string) {
  return {
    template: `{{${template}}}`,
    editable: ['create'],
    ...(hint ? { hint } : {}),
    pattern: [SLUG_PATTERN.source, `Use lower-case ASCII letters, digits and single hyphens, like "${example}".`],
  };
}

/** Each folder of `content/` staff edit here (the ledger, certifications and keys are not editable on purpose). */
const COLLECTIONS = [
  {
    name: 'trainers',
    label: 'Trainers',
    label_singular: 'Trainer',
    description:
      "One file per certified trainer. The file name is the trainer's permanent ID: never rename it once a certificate is issued.",
    schema: trainerSchema,
    extension: 'md',
    create: true,
    identifier_field: 'name',
    summary: '{{name}} ({{country}})',
    sortable_fields: ['name', 'country', 'cohort'],
    slug: fileName(
      'name',
      'jan-novak',
      'Lower-case ASCII letters, digits and single hyphens, e.g. "jan-novak"; for a name in Greek or Cyrillic, its Latin spelling. It appears in URLs and cannot change later.',
    ),
    body: {
      label: 'Bio',
      widget: 'markdown',
      hint: 'Two to four sentences: current role, sectors and regions, training offered.',
    },
  },
  {
    name: 'cohorts',
    label: 'Cohorts',
    label_singular: 'Cohort',
    schema: cohortSchema,
    extension: 'yaml',
    create: true,
    identifier_field: 'title',
    slug: fileName('title', '2028', 'Usually the year, e.g. "2028".'),
    // Sveltia's preview pane cannot show module numbers (it lists values as text) and stops the form drawing.
    editor: { preview: false },
  },
  {
    name: 'venues',
    label: 'Venues',
    label_singular: 'Venue',
    schema: venueSchema,
    extension: 'yaml',
    create: true,
    identifier_field: 'name',
    slug: fileName('city', 'linz'),
  },
  {
    name: 'modules',
    label: 'Modules',
    label_singular: 'Module',
    schema: moduleSchema,
    translation: moduleTranslationSchema,
    extension: 'md',
    create: false,
    identifier_field: 'title',
    sortable_fields: ['number', 'title'],
    body: { label: 'Description', widget: 'markdown' },
  },
  {
    name: 'pages',
    label: 'Programme pages',
    label_singular: 'Programme page',
    schema: pageSchema,
    translation: pageTranslationSchema,
    extension: 'mdx',
    create: false,
    identifier_field: 'title',
    // MDX kept as written: a plain text area, so no component or heading is rewritten.
    body: { label: 'Text (MDX)', widget: 'text' },
  },
];

/** The kinds of certification with their titles, from `content/certifications/`. */
export type CertificationTitles = { kind: CertificationKind; title: string }[];

/** The whole form, as the object `config.yml` holds. */
export function cmsConfig(certifications: CertificationTitles): Record<string, unknown> {
  const optionLabels: Record<NonNullable<z.core.GlobalMeta['codeList']>, (value: string) => string> = {
    country: (code) => `${countryName(code)} (${code})`,
    language: (code) => `${languageName(code)} (${code})`,
    certification: (kind) => `${certifications.find((c) => c.kind === kind)?.title ?? kind} (${kind})`,
  };
  /** A select's options; a code list's are named, e.g. "Greece (GR)". */
  const options = ({ enum: values = [], codeList }: FieldSchema) =>
    values.map((value) => (codeList ? { label: optionLabels[codeList](value), value } : value));
  const jsonSchema = (schema: z.ZodType) =>
    z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as FieldSchema;

  /** One form field for one schema field; `path` names it in errors. */
  function field(path: string, name: string, schema: FieldSchema, required: boolean): CmsField {
    if (!schema.title) throw new Error(`${path}: give the field a title (its label in /admin/) in .meta()`);
    const base: CmsField = {
      name,
      label: schema.title,
      ...(required ? {} : { required: false }),
      ...(schema.description ? { hint: schema.description } : {}),
    };
    if (schema.references) {
      const many = schema.type === 'array';
      return {
        ...base,
        widget: 'relation',
        collection: schema.references,
        ...RELATIONS[schema.references],
        ...(many ? { multiple: true } : {}),
        ...(schema.maxItems !== undefined ? { max: schema.maxItems } : {}),
      };
    }
    if (schema.format === 'date') return { ...base, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
    if (schema.enum) return { ...base, widget: 'select', options: options(schema) };
    switch (schema.type) {
      case 'string': {
        const pattern = schema.pattern && [
          schema.pattern,
          sentence(schema.patternError ?? 'expected text as the hint says'),
        ];
        return { ...base, widget: schema.multiline ? 'text' : 'string', ...(pattern ? { pattern } : {}) };
      }
      case 'boolean':
        return { ...base, widget: 'boolean', default: schema.default ?? false };
      case 'integer':
      case 'number':
        return { ...base, widget: 'number', ...numberLimits(schema) };
      case 'object':
        return { ...base, widget: 'object', fields: fields(path, schema) };
      case 'array':
        return { ...base, ...list(path, schema) };
    }
    throw new Error(`${path}: /admin/ has no widget for this field; describe it in src/lib/site/content/cms-config.ts`);
  }

  function list(path: string, schema: FieldSchema): CmsField {
    const item = { ...schema.items, title: schema.itemTitle ?? schema.title };
    const limits = {
      ...(schema.minItems ? { min: schema.minItems } : {}),
      ...(schema.maxItems !== undefined ? { max: schema.maxItems } : {}),
    };
    if (item.enum) return { widget: 'select', multiple: true, options: options(item), ...limits };
    const singular = schema.itemTitle ? { label_singular: schema.itemTitle } : {};
    if (item.type !== 'object')
      return { widget: 'list', ...singular, ...limits, field: field(`${path}[]`, 'item', item, true) };
    const itemFields = fields(`${path}[]`, item);
    // A folded item shows its first two one-line values, e.g. "2027-09-24 cma".
    const shown = itemFields.filter((f) => f.widget !== 'text' && f.widget !== 'object' && f.widget !== 'list');
    const summary = shown
      .slice(0, 2)
      .map((f) => `{{fields.${String(f.name)}}}`)
      .join(' ');
    return { widget: 'list', ...singular, ...limits, summary, fields: itemFields };
  }

  function fields(path: string, schema: FieldSchema): CmsField[] {
    return Object.entries(schema.properties ?? {}).map(([name, property]) =>
      field(path ? `${path}.${name}` : name, name, property, schema.required?.includes(name) ?? false),
    );
  }

  const collections = COLLECTIONS.map(({ schema, translation, body, extension, ...collection }) => {
    const translated = translation ? Object.keys(jsonSchema(translation).properties ?? {}) : [];
    const formFields = fields(collection.name, jsonSchema(schema)).map((f) =>
      translated.includes(String(f.name)) ? { ...f, i18n: true } : f,
    );
    if (body) formFields.push({ name: 'body', required: false, ...body, ...(translation ? { i18n: true } : {}) });
    return {
      ...collection,
      folder: `content/${collection.name}`,
      extension,
      format: extension === 'yaml' ? 'yaml' : 'frontmatter',
      delete: false,
      ...(translation ? { i18n: true } : {}),
      fields: formFields,
    };
  });
  const settings = {
    name: 'settings',
    label: 'Site settings',
    files: [
      {
        name: 'settings',
        label: 'Site settings',
        file: 'content/settings.yaml',
        format: 'yaml',
        fields: fields('settings', jsonSchema(settingsSchema)),
      },
    ],
  };

  return {
    backend: {
      commit_messages: {
        create: 'Add {{collection}} "{{slug}}" (from /admin/)',
        update: 'Update {{collection}} "{{slug}}" (from /admin/)',
        delete: 'Delete {{collection}} "{{slug}}" (from /admin/)',
      },
    },
    publish_mode: 'simple',
    // New file names: lower-case ASCII with hyphens ("Jan Novák" → jan-novak), as content rules require.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    media_folder: 'content/trainers',
    public_folder: '/',
    // Optional fields left empty are left out of the file, as the shipped files do.
    output: { omit_empty_optional_fields: true, yaml: { indent_size: 2, indent_sequences: true, quote: 'none' } },
    // Translations sit beside the English file (01-cluster-fundamentals.fr.md), which keeps the numbers and order.
    i18n: {
      structure: 'multiple_files',
      locales: ['en', ...TRANSLATED_LANGS],
      default_locale: 'en',
      omit_default_locale_from_file_path: true,
    },
    collections: [...collections, settings],
  };
}

/** `config.yml` as the build writes it into `dist/admin/`. */
export function cmsConfigYaml(certifications: CertificationTitles): string {
  const header = [
    '# The /admin/ form (Sveltia CMS), written by the build from the content schemas in',
    '# src/lib/site/schemas/ (src/lib/site/content/cms-config.ts): change those, not this file.',
    '# Where saves go is set per deployment in public/admin/backend.yml.',
  ];
  return `${header.join('\n')}\n${stringify(cmsConfig(certifications), { lineWidth: 0 })}`;
}

function numberLimits(schema: FieldSchema) {
  const whole = schema.type === 'integer';
  // Zod writes the safe-integer range for every whole number: that is no limit for a form.
  const limit = (n: number | undefined) => (n !== undefined && Math.abs(n) < Number.MAX_SAFE_INTEGER ? n : undefined);
  const min =
    limit(schema.minimum) ?? (schema.exclusiveMinimum !== undefined && whole ? schema.exclusiveMinimum + 1 : undefined);
  const max = limit(schema.maximum);
  return {
    value_type: whole ? 'int' : 'float',
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
  };
}

/** "Expected an e-mail address." from "expected an e-mail address". */
function sentence(text: string): string {
  return `${text[0]!.toUpperCase()}${text.slice(1)}${text.endsWith('.') ? '' : '.'}`;
}
