import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** One thing wrong with the content, printed as `file: line 12: field: expected …`. */
export interface Problem {
  file: string;
  /** Where in the file, when it is known (1 is the file's first line). */
  line?: number | undefined;
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
  /** The line of the field at `path` (or of its nearest parent written in the file), to point problems at. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** A file that could not be parsed at all. */
export interface UnreadableFile {
  file: string;
  id: string;
  line?: number | undefined;
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

/**
 * Finds fields' lines in YAML that starts on the file's line `firstLine`. js-yaml has no positions,
 * so the text is parsed again with `yaml`'s document API, only when a problem needs a line.
 */
function lineFinder(text: string, firstLine: number): RawFile['lineOf'] {
  let document: { contents: Node | null; lines: LineCounter } | undefined;
  return (path) => {
    if (!document) {
      const lines = new LineCounter();
      document = { contents: parseDocument(text, { lineCounter: lines }).contents, lines };
    }
    let node = document.contents;
    let offset: number | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        if (!pair || !isScalar(pair.key)) break;
        offset = pair.key.range?.[0];
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key] as Node;
        offset = node.range?.[0];
      } else break;
    }
    return offset === undefined ? undefined : document.lines.linePos(offset).line + firstLine - 1;
  };
}

/** The message and line of a YAML syntax error, with a hint for the slip staff make most. */
function syntaxProblem(error: unknown, firstLine: number): { line?: number; message: string } {
  if (!(error instanceof yaml.YAMLException)) return { message: `could not be read as YAML: ${String(error)}` };
  const hint =
    error.reason === 'missed comma between flow collection entries'
      ? '; inside { … } or [ … ], a text with a colon or a comma must be in quotes, like reason: "Withdrawn: confirmed by the board"'
      : '';
  return { line: error.mark.line + firstLine, message: `could not be read as YAML: ${error.reason}${hint}` };
}

export function readContentFile(root: string, display: string, name: string): RawFile | UnreadableFile {
  const file = `${display}/${name}`;
  const id = name.replace(/\.(ya?ml|mdx?|json)$/, '');
  const text = readFileSync(join(root, name), 'utf8');
  if (/\.json$/.test(name)) {
    try {
      return { file, id, data: JSON.parse(text), body: '', lineOf: () => undefined };
    } catch (error) {
      return {
        file,
        id,
        message: `could not be read as JSON: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }
  const isYaml = /\.ya?ml$/.test(name);
  const match = isYaml ? undefined : FRONTMATTER.exec(text);
  if (!isYaml && !match)
    return { file, id, message: 'expected a front matter block between two "---" lines at the top' };
  const yamlText = isYaml ? text : (match?.[1] ?? '');
  // Front matter starts on the line after the opening "---".
  const firstLine = isYaml ? 1 : 2;
  try {
    const data = parseYaml(yamlText) ?? {};
    return { file, id, data, body: match?.[2] ?? '', lineOf: lineFinder(yamlText, firstLine) };
  } catch (error) {
    return { file, id, ...syntaxProblem(error, firstLine) };
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
