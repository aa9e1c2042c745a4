import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import {
  certificationSchema,
  certificationTranslationSchema,
  cohortSchema,
  ledgerEntrySchema,
  moduleSchema,
  moduleTranslationSchema,
  pageSchema,
  pageTranslationSchema,
  settingsSchema,
  settingsTranslationSchema,
  statusListSchema,
  TRANSLATED_LANGS,
  trainerSchema,
  venueSchema,
  type Certification,
  type CertificationTranslation,
  type Cohort,
  type LedgerEntry,
  type Module,
  type ModuleTranslation,
  type Page,
  type PageTranslation,
  type Settings,
  type SettingsTranslation,
  type StatusListCredential,
  type TranslatedLang,
  type Trainer,
  type Venue,
} from '../schemas/index.ts';
import { SLUG_PATTERN } from '../schemas/common.ts';
import {
  holderEmailSchema,
  unknownPlaceholderMessage,
  unknownPlaceholders,
  type HolderEmail,
} from '../schemas/holder-email.ts';
import { LATIN_NAME_PATTERN } from '../schemas/trainer.ts';
import { APPLICATION_PAGE } from '../pages.ts';
import { slugify } from '../slug.ts';
import { missingTranslations } from './translation-gaps.ts';
import { badgeFileProblems, imageFileProblems, logoFile } from './images.ts';
import {
  displayRoot,
  readCollection,
  readContentFile,
  type Problem,
  type RawFile,
  type UnreadableFile,
} from './files.ts';

export type { Problem } from './files.ts';

export type Entry<T> = T & { id: string; file: string };
export type WithBody<T> = Entry<T> & { body: string };

/** Everything in `content/`, validated and cross-checked. */
export interface SiteContent {
  settings: Settings;
  pages: WithBody<Page>[];
  venues: Entry<Venue>[];
  modules: WithBody<Module>[];
  certifications: Entry<Certification>[];
  cohorts: Entry<Cohort>[];
  trainers: WithBody<Trainer>[];
  ledger: LedgerEntry[];
  /** The signed revocation list (`status-list.json`), as written; undefined before the first is signed. */
  statusList: StatusListCredential | undefined;
  /** Programme text in French and Spanish, by the English file's ID (see schemas/translation.ts). */
  translations: Record<TranslatedLang, Translations>;
  /** The words of the e-mail drafted for each holder at issue (`emails/holder-pack.md`). */
  holderEmail: HolderEmail & { body: string; file: string };
  /** The folder the content was read from: images are read from it (badges, logo). */
  dir: string;
  /** The logo's file name in `dir` (`logo.svg`), when there is one. */
  logo: string | undefined;
}

/** The holder's e-mail template, inside `content/`. */
const HOLDER_EMAIL_FILE = 'emails/holder-pack.md';

/** A translation as read, with its file (`content/pages/application.fr.mdx`) for notes about it. */
type Translated<T> = T & { body: string; file: string };

export interface Translations {
  settings: SettingsTranslation;
  /** `content/settings.fr.yaml`, when there is one. */
  settingsFile: string | undefined;
  pages: Map<string, Translated<PageTranslation>>;
  modules: Map<string, Translated<ModuleTranslation>>;
  certifications: Map<string, Translated<CertificationTranslation>>;
}

export interface CheckResult {
  content: SiteContent | undefined;
  problems: Problem[];
}

export function formatProblem({ file, line, field, message }: Problem): string {
  return [file, line && `line ${line}`, field, message].filter(Boolean).join(': ');
}

/**
 * Fields a translation lacks although its English file has them: the page shows the English there,
 * under the not-translated note, and `npm run check` names each one so a translator can catch up.
 */
export function untranslatedFields(content: SiteContent): Problem[] {
  const notes: Problem[] = [];
  function compare(schema: z.ZodType, english: object | undefined, translation: object, file: string) {
    for (const field of missingTranslations(schema, english, translation))
      notes.push({
        file,
        field,
        message: 'missing: the English file has it, so this language shows the English here; translate it',
      });
  }
  function compareEach(schema: z.ZodType, english: Map<string, object>, translated: Map<string, Translated<object>>) {
    for (const [id, translation] of translated) compare(schema, english.get(id), translation, translation.file);
  }
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
  for (const lang of TRANSLATED_LANGS) {
    const { settings, settingsFile, pages, modules, certifications } = content.translations[lang];
    if (settingsFile) compare(settingsTranslationSchema, content.settings, settings, settingsFile);
    compareEach(pageTranslationSchema, byId(content.pages), pages);
    compareEach(moduleTranslationSchema, byId(content.modules), modules);
    compareEach(
      certificationTranslationSchema,
      new Map(content.certifications.map((c) => [c.kind, c])),
      certifications,
    );
  }
  return notes;
}

/** `certifications[0].awarded` from a Zod issue path. */
function fieldName(path: PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)),
    '',
  );
}

/** `['certifications', 0, 'awarded']` from `certifications[0].awarded`. */
function fieldPath(field: string): PropertyKey[] {
  return [...field.matchAll(/\[(\d+)\]|[^.[\]]+/g)].map((m) => (m[1] === undefined ? m[0] : Number(m[1])));
}

/** The value an issue's path points at in the parsed file, to tell "missing" from "wrong". */
function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}

function issueMessage(issue: z.core.$ZodIssue, data: unknown): string {
  const message = issue.message.replace(/^Invalid input: /, '');
  if (issue.code === 'unrecognized_keys') {
    const unknown = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    // `{ reason: Late, by request }` reads ", by request" as a field with no value.
    const parent = valueAt(data, issue.path) as Record<string, unknown> | undefined;
    const empty = issue.keys.every((key) => parent?.[key] === null);
    return empty
      ? `${unknown}; a text with a comma inside { … } must be in quotes, like reason: "Late, by request"`
      : unknown;
  }
  if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) return `missing: ${message}`;
  return message;
}

/** Validates every file of every collection and every cross-reference, collecting all problems. */
export function checkContent(contentDir: string): CheckResult {
  const problems: Problem[] = [];
  const root = displayRoot(contentDir);
  /** Files that exist, valid or not, so a broken file is not also reported as missing. */
  const present = new Set<string>();
  /** Each readable file's line finder, so the cross-checks' problems point at lines too. */
  const lineFinders = new Map<string, RawFile['lineOf']>();

  function validate<S extends z.ZodType>(schema: S, raw: RawFile | UnreadableFile): z.output<S> | undefined {
    if ('message' in raw) {
      problems.push({ file: raw.file, line: raw.line, field: '', message: raw.message });
      return undefined;
    }
    lineFinders.set(raw.file, raw.lineOf);
    const result = schema.safeParse(raw.data);
    if (result.success) return result.data;
    // Zod reports several issues for one field when a refinement follows a failed check: keep the first.
    const seen = new Set<string>();
    for (const issue of result.error.issues) {
      const field = fieldName(issue.path);
      if (seen.has(field)) continue;
      seen.add(field);
      // An unknown field is pointed at itself, a missing one at the object it is missing from.
      const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
      problems.push({ file: raw.file, line: raw.lineOf(at), field, message: issueMessage(issue, raw.data) });
    }
    return undefined;
  }

  function collection<S extends z.ZodType>(folder: string, extensions: RegExp, schema: S) {
    const entries: (z.output<S> & { id: string; file: string; body: string })[] = [];
    for (const raw of readCollection(contentDir, folder, extensions)) {
      if (!('message' in raw) && !SLUG_PATTERN.test(raw.id))
        problems.push({ file: raw.file, field: '', message: fileNameMessage(raw.file, raw.id) });
      present.add(`${folder}/${raw.id}`);
      const data = validate(schema, raw);
      if (data !== undefined && !('message' in raw))
        entries.push({ ...data, id: raw.id, file: raw.file, body: raw.body });
    }
    return entries;
  }

  const settingsFile = existsSync(join(contentDir, 'settings.yaml'))
    ? readContentFile(contentDir, root, 'settings.yaml')
    : { file: `${root}/settings.yaml`, id: 'settings', message: 'missing: expected the site settings file' };
  const settings = validate(settingsSchema, settingsFile);
  // `overview.fr.mdx` is a translation of `overview.mdx`, read below.
  const english = /^(?!.*\.(?:fr|es)\.mdx?$).*\.mdx?$/;
  const pages = collection('pages', english, pageSchema);
  const venues = collection('venues', /\.ya?ml$/, venueSchema);
  const modules = collection('modules', english, moduleSchema);
  const certifications = collection('certifications', /^(?!.*\.(?:fr|es)\.ya?ml$).*\.ya?ml$/, certificationSchema);
  const cohorts = collection('cohorts', /\.ya?ml$/, cohortSchema);
  const trainers = collection('trainers', /\.mdx?$/, trainerSchema);
  const ledger = readLedger(contentDir, root, problems);
  const holderEmail = readHolderEmail(contentDir, root, problems, validate);
  // Kept as read, not as parsed: the build publishes the signed file unchanged.
  let statusList: StatusListCredential | undefined;
  if (existsSync(join(contentDir, 'status-list.json'))) {
    const raw = readContentFile(contentDir, root, 'status-list.json');
    if (validate(statusListSchema, raw) !== undefined && 'data' in raw) statusList = raw.data as StatusListCredential;
  }

  /** The translations in a folder, each checked against its schema and its English file (valid or not). */
  function translated<S extends z.ZodType>(folder: string, schema: S, lang: string, extension = 'mdx?') {
    const found = new Map<string, Translated<z.output<S>>>();
    for (const raw of readCollection(contentDir, folder, new RegExp(`\\.${lang}\\.${extension}$`))) {
      const data = validate(schema, raw);
      if ('message' in raw) continue;
      const id = raw.id.slice(0, -`.${lang}`.length);
      if (!present.has(`${folder}/${id}`))
        problems.push({ file: raw.file, field: '', message: `translates ${folder}/${id}, which does not exist` });
      else if (data !== undefined) found.set(id, { ...data, body: raw.body, file: raw.file });
    }
    return found;
  }
  const translations = Object.fromEntries(
    TRANSLATED_LANGS.map((lang) => {
      const raw = existsSync(join(contentDir, `settings.${lang}.yaml`))
        ? readContentFile(contentDir, root, `settings.${lang}.yaml`)
        : undefined;
      const settingsText = raw && validate(settingsTranslationSchema, raw);
      return [
        lang,
        {
          settings: settingsText ?? {},
          settingsFile: settingsText && raw.file,
          pages: translated('pages', pageTranslationSchema, lang),
          modules: translated('modules', moduleTranslationSchema, lang),
          certifications: translated('certifications', certificationTranslationSchema, lang, 'ya?ml'),
        },
      ];
    }),
  ) as Record<TranslatedLang, Translations>;

  const content = {
    settings: settings!,
    pages,
    venues,
    modules,
    certifications,
    cohorts,
    trainers,
    ledger,
    statusList,
    translations,
    holderEmail: holderEmail!,
    dir: contentDir,
    logo: logoFile(contentDir),
  };
  const checked = problems.length;
  crossCheck(content, root, problems, present);
  for (const problem of problems.slice(checked))
    problem.line ??= problem.field ? lineFinders.get(problem.file)?.(fieldPath(problem.field)) : undefined;
  problems.push(...imageFileProblems(contentDir, settings && (settings.images ?? {})));
  problems.push(
    ...badgeFileProblems(
      contentDir,
      certifications.map((c) => c.id),
    ),
  );
  return { content: problems.length === 0 ? content : undefined, problems };
}

/** The holder's e-mail: a subject in the front matter, the text in the body, both with known placeholders only. */
function readHolderEmail(
  contentDir: string,
  root: string,
  problems: Problem[],
  validate: (schema: typeof holderEmailSchema, raw: RawFile | UnreadableFile) => HolderEmail | undefined,
): SiteContent['holderEmail'] | undefined {
  const [folder, name] = HOLDER_EMAIL_FILE.split('/') as [string, string];
  const raw = existsSync(join(contentDir, HOLDER_EMAIL_FILE))
    ? readContentFile(join(contentDir, folder), `${root}/${folder}`, name)
    : {
        file: `${root}/${HOLDER_EMAIL_FILE}`,
        id: name.replace(/\.mdx?$/, ''),
        message: 'missing: expected the words of the e-mail npm run issue drafts for each holder',
      };
  const data = validate(holderEmailSchema, raw);
  if ('message' in raw) return undefined;
  const unknown = unknownPlaceholders(raw.body);
  if (!raw.body.trim())
    problems.push({ file: raw.file, field: 'text', message: 'expected the e-mail text after the front matter' });
  else if (unknown.length > 0)
    problems.push({ file: raw.file, field: 'text', message: unknownPlaceholderMessage(unknown) });
  return data && { ...data, body: raw.body, file: raw.file };
}

function readLedger(contentDir: string, root: string, problems: Problem[]): LedgerEntry[] {
  const path = join(contentDir, 'ledger.jsonl');
  if (!existsSync(path)) return [];
  const entries: LedgerEntry[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      if (!text.trim()) return;
      const file = `${root}/ledger.jsonl`;
      const line = index + 1;
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        problems.push({ file, line, field: '', message: 'expected one JSON object per line' });
        return;
      }
      const result = ledgerEntrySchema.safeParse(data);
      if (result.success) entries.push(result.data);
      else
        for (const issue of result.error.issues)
          problems.push({ file, line, field: fieldName(issue.path), message: issueMessage(issue, data) });
    });
  return entries;
}

function duplicates<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return true;
    seen.add(k);
    return false;
  });
}

/** The file-name rule, with the name the file could have. */
function fileNameMessage(file: string, id: string): string {
  const extension = file.slice(file.lastIndexOf('.'));
  const like = `"${slugify(id) || 'jan-novak'}${extension}"`;
  return `expected a file name of lower-case ASCII letters, digits and single hyphens, like ${like}; found "${id}${extension}"`;
}

function crossCheck(content: SiteContent, root: string, problems: Problem[], present: Set<string>) {
  const { pages, venues, modules, certifications, cohorts, trainers, ledger } = content;
  const venueIds = new Set(venues.map((v) => v.id));
  const moduleNumbers = new Set(modules.map((m) => m.number));
  const cohortIds = new Set(cohorts.map((c) => c.id));
  const kinds = new Set(certifications.map((c) => c.kind));
  // A reference to a file that is there but has its own problems is left to that file's report;
  // a module's number is unknown then, so module numbers are checked only when every module was read.
  const exists = (folder: string, id: string) => present.has(`${folder}/${id}`);
  const everyModuleRead = modules.length === [...present].filter((p) => p.startsWith('modules/')).length;

  for (const m of duplicates(modules, (m) => String(m.number)))
    problems.push({
      file: m.file,
      field: 'number',
      message: `expected a unique module number; ${m.number} is used by another module`,
    });
  for (const c of certifications)
    if (c.id !== c.kind)
      problems.push({ file: c.file, field: 'kind', message: `expected "${c.id}" to match the file name` });
  for (const group of [trainers, cohorts, venues, modules, certifications])
    for (const e of duplicates<{ id: string; file: string }>(group, (e) => e.id))
      problems.push({
        file: e.file,
        field: '',
        message: `expected a unique file name; "${e.id}" is used by another file`,
      });

  for (const cohort of cohorts) {
    if (cohort.id === 'all')
      problems.push({
        file: cohort.file,
        field: '',
        message: 'expected another file name: "all" is the feed of every cohort (/calendar/all.ics)',
      });
    cohort.weeks.forEach((week, i) => {
      const field = `weeks[${i}]`;
      if (week.end < week.start)
        problems.push({
          file: cohort.file,
          field: `${field}.end`,
          message: `expected a date on or after the start ${week.start}`,
        });
      if (!venueIds.has(week.venue) && !exists('venues', week.venue))
        problems.push({
          file: cohort.file,
          field: `${field}.venue`,
          message: `expected a venue file name (one of ${[...venueIds].join(', ') || 'none'}); found "${week.venue}"`,
        });
      week.modules.forEach((n, j) => {
        if (!moduleNumbers.has(n) && everyModuleRead)
          problems.push({
            file: cohort.file,
            field: `${field}.modules[${j}]`,
            message: `expected an existing module number; found ${n}`,
          });
      });
      const previous = cohort.weeks[i - 1];
      if (previous && week.start <= previous.end)
        problems.push({
          file: cohort.file,
          field: `${field}.start`,
          message: `expected in-class weeks in order without overlap; this week starts before weeks[${i - 1}] ends (${previous.end})`,
        });
    });
    cohort.deadlines.forEach((deadline, i) => {
      if (deadline.kind === 'application' && cohort.deadlines.findIndex((d) => d.kind === 'application') < i)
        problems.push({
          file: cohort.file,
          field: `deadlines[${i}].kind`,
          message: 'expected one application deadline per cohort; an earlier deadline already has kind: application',
        });
    });
    if (cohort.fieldProject.end < cohort.fieldProject.start)
      problems.push({
        file: cohort.file,
        field: 'fieldProject.end',
        message: `expected a date on or after the start ${cohort.fieldProject.start}`,
      });
  }

  for (const page of pages)
    for (const field of ['fees', 'steps'] as const)
      if (page[field] && page.id !== APPLICATION_PAGE)
        problems.push({
          file: page.file,
          field,
          message: `expected ${field} only in the application page (${root}/pages/${APPLICATION_PAGE}.mdx), which shows them on /apply/`,
        });

  const byTrainer = new Map(trainers.map((t) => [t.id, t]));
  for (const trainer of trainers) {
    if (trainer.latinName && LATIN_NAME_PATTERN.test(trainer.name))
      problems.push({
        file: trainer.file,
        field: 'latinName',
        message: 'expected only for a name written in Greek or Cyrillic letters; this name is already in Latin letters',
      });
    if (trainer.cohort && !cohortIds.has(trainer.cohort) && !exists('cohorts', trainer.cohort))
      problems.push({
        file: trainer.file,
        field: 'cohort',
        message: `expected a cohort file name (one of ${[...cohortIds].join(', ') || 'none'}); found "${trainer.cohort}"`,
      });
    for (const cert of duplicates(trainer.certifications, (c) => c.kind))
      problems.push({
        file: trainer.file,
        field: 'certifications',
        message: `expected each certification once; "${cert.kind}" appears twice`,
      });
    trainer.certifications.forEach((cert, i) => {
      if (!kinds.has(cert.kind) && !exists('certifications', cert.kind))
        problems.push({
          file: trainer.file,
          field: `certifications[${i}].kind`,
          message: `expected a certification described in ${root}/certifications/; "${cert.kind}" is not`,
        });
      if (cert.revoked && cert.revoked.date < cert.awarded)
        problems.push({
          file: trainer.file,
          field: `certifications[${i}].revoked.date`,
          message: `expected a date on or after the award ${cert.awarded}`,
        });
    });
    trainer.fieldProject?.team.forEach((mate, i) => {
      const field = `fieldProject.team[${i}]`;
      const other = byTrainer.get(mate);
      if (!other && exists('trainers', mate)) return; // that file's own problems are reported
      if (!other || mate === trainer.id)
        problems.push({
          file: trainer.file,
          field,
          message: `expected the file name of another trainer; found "${mate}"`,
        });
      else if (!other.fieldProject?.team.includes(trainer.id))
        problems.push({
          file: trainer.file,
          field,
          message: `expected "${mate}" to list "${trainer.id}" in their team too`,
        });
    });
    const cma = trainer.certifications.find((c) => c.kind === 'cma');
    trainer.certifications.forEach((cert, i) => {
      if (cert.kind === 'instructor' && (!cma || cert.awarded < cma.awarded))
        problems.push({
          file: trainer.file,
          field: `certifications[${i}].awarded`,
          message: 'expected the instructor certification on or after a cma certification (the programme comes first)',
        });
    });
  }

  const ledgerFile = `${root}/ledger.jsonl`;
  // A certificate keeps its place in the revocation list for good, and shares it with none.
  const indexOf = new Map<string, number>();
  const holderOf = new Map<number, string>();
  for (const entry of ledger) {
    if (entry.statusIndex === undefined) continue;
    const index = indexOf.get(entry.id);
    const holder = holderOf.get(entry.statusIndex);
    if (index !== undefined && index !== entry.statusIndex)
      problems.push({
        file: ledgerFile,
        field: `${entry.id}: statusIndex`,
        message: `expected the status list index ${index} it was first given; a later line gives ${entry.statusIndex}`,
      });
    else if (holder !== undefined && holder !== entry.id)
      problems.push({
        file: ledgerFile,
        field: `${entry.id}: statusIndex`,
        message: `expected an index of its own; ${entry.statusIndex} belongs to ${holder}`,
      });
    indexOf.set(entry.id, index ?? entry.statusIndex);
    holderOf.set(entry.statusIndex, holder ?? entry.id);
  }
  const owners = new Map<string, string>();
  const missingTrainers = new Set<string>();
  for (const entry of ledger) {
    const owner = `${entry.trainer}/${entry.cert}`;
    const previous = owners.get(entry.id);
    if (previous && previous !== owner)
      problems.push({
        file: ledgerFile,
        field: entry.id,
        message: `expected each certificate ID to belong to one certification; it is used for ${previous} and ${owner}`,
      });
    owners.set(entry.id, owner);
    const trainer = byTrainer.get(entry.trainer);
    if (!trainer && !missingTrainers.has(entry.trainer) && !exists('trainers', entry.trainer)) {
      missingTrainers.add(entry.trainer);
      problems.push({
        file: `${root}/trainers/${entry.trainer}.md`,
        field: '',
        message: `missing: certificate ${entry.id} was issued to this trainer; restore the file and mark the certificate revoked (certifications[].revoked) instead of deleting it`,
      });
    } else if (trainer && !trainer.certifications.some((c) => c.kind === entry.cert)) {
      problems.push({
        file: trainer.file,
        field: 'certifications',
        message: `expected the "${entry.cert}" certification issued as ${entry.id}; keep it and mark it revoked instead of deleting it`,
      });
    }
    if (!kinds.has(entry.cert) && !exists('certifications', entry.cert))
      problems.push({
        file: `${root}/certifications/${entry.cert}.yaml`,
        field: '',
        message: `missing: certificate ${entry.id} was issued for this certification; restore the file (certificates are revoked, never deleted)`,
      });
  }
}
