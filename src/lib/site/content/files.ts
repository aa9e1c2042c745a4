import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

/** One thing wrong with the content, printed as `file: field: expected …`. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** One content file as read from disk, before validation. */
export interface RawFile {
  /** Path as shown to staff, e.g. `content/trainers/anna-berg.md`. */
  file: string;
  /** File name without extension: the entry's ID. */
  id: string;
  data: unknown;
  /** Markdown body, for `.md` and `.mdx` files. */
  body: string;
}

/** A file that could not be parsed at all. */
export interface UnreadableFile {
  file: string;
  message: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/**
 * Parses YAML with js-yaml like Astro does, but keeps dates as written: js-yaml would turn
 * 2027-02-30 into 2 March without a word, and the checker must see the typo.
 */
function parseYaml(text: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

export function readContentFile(root: string, display: string, name: string): RawFile | UnreadableFile {
  const file = `${display}/${name}`;
  const id = name.replace(/\.(ya?ml|mdx?|json)$/, '');
  const text = readFileSync(join(root, name), 'utf8');
  // The build marks words to translate with these characters (src/i18n/markers.ts).
  const reserved = /[\uE000-\uE005]/.exec(text);
  if (reserved)
    return {
      file,
      message: `contains the character U+${reserved[0].codePointAt(0)!.toString(16).toUpperCase()}, which the site reserves; remove it`,
    };
  try {
    if (/\.ya?ml$/.test(name)) return { file, id, data: parseYaml(text) ?? {}, body: '' };
    if (/\.json$/.test(name)) return { file, id, data: JSON.parse(text), body: '' };
    const match = FRONTMATTER.exec(text);
    if (!match) return { file, message: 'expected a front matter block between two "---" lines at the top' };
    return { file, id, data: parseYaml(match[1] ?? '') ?? {}, body: match[2] ?? '' };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { file, message: `could not be read as ${/\.json$/.test(name) ? 'JSON' : 'YAML'}: ${reason}` };
  }
}

/** Every content file in one folder of `content/` with one of the given extensions, sorted by name. */
export function readCollection(contentDir: string, folder: string, extensions: RegExp): (RawFile | UnreadableFile)[] {
  const dir = join(contentDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => extensions.test(name) && !name.startsWith('_'))
    .sort()
    .map((name) => readContentFile(dir, `${displayRoot(contentDir)}/${folder}`, name));
}

/** Problems name files relative to the project, e.g. `content/trainers/x.md`. */
export function displayRoot(contentDir: string): string {
  const relative = contentDir.startsWith(process.cwd() + '/') ? contentDir.slice(process.cwd().length + 1) : contentDir;
  return relative.replace(/\/$/, '');
}
