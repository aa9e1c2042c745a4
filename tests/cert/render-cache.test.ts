// The PDF render cache never keeps a stale certificate: a copy of the project's code renders the
// ledger, then one thing that shapes a PDF changes (a module the renderer imports, a font's bytes,
// the qrcode package's version) and every PDF is rendered again. No mocks: the real render step.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueWithNewKey, makeCertContent, tempDir } from '../helpers/certificates.ts';

/** The project's code in a folder of its own, with its own node_modules of links (and of copies where a test changes a package). */
function copyProject(copied: string[] = []): string {
  const root = tempDir('project');
  for (const part of ['src', 'scripts', 'package.json']) cpSync(part, join(root, part), { recursive: true });
  const modules = join(root, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync('node_modules')) {
    if (entry.startsWith('@')) {
      mkdirSync(join(modules, entry));
      for (const name of readdirSync(join('node_modules', entry)))
        symlinkSync(resolve('node_modules', entry, name), join(modules, entry, name));
    } else if (copied.includes(entry)) cpSync(join('node_modules', entry), join(modules, entry), { recursive: true });
    else symlinkSync(resolve('node_modules', entry), join(modules, entry));
  }
  return root;
}

let env: Record<string, string>;

/** Runs the copy's render step; returns its summary line, e.g. "5 rendered, 0 unchanged". */
function render(root: string): string {
  const run = spawnSync(process.execPath, ['scripts/render-certificates.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  expect(run.stderr).toBe('');
  return /(\d+ rendered, \d+ unchanged)/.exec(run.stdout)?.[1] ?? run.stdout;
}

beforeAll(() => {
  env = { CONTENT_DIR: makeCertContent(), KEYS_DIR: tempDir('keys'), CERTIFICATES_DIR: tempDir('certs') };
  issueWithNewKey(env);
});

describe('the PDF render cache', () => {
  const count = () => readdirSync(env.CERTIFICATES_DIR!).filter((f) => f.endsWith('.pdf')).length;
  /** Renders with the copy as it is, so the cache holds its PDFs; then nothing is rendered again. */
  const settle = (root: string) => {
    render(root);
    expect(count()).toBeGreaterThan(0);
    expect(render(root)).toBe(`0 rendered, ${count()} unchanged`);
  };

  it('keeps the PDFs that npm run issue rendered when the same code renders them elsewhere', () => {
    expect(render(copyProject())).toBe(`0 rendered, ${count()} unchanged`);
  });

  it('renders every PDF again when a module the renderer imports changes, even one it imports through another', () => {
    const root = copyProject();
    settle(root);
    // layout.ts imports dates.ts for the printed dates; a change there may change every PDF.
    const dates = join(root, 'src/lib/site/dates.ts');
    writeFileSync(dates, `${readFileSync(dates, 'utf8')}\n// A change.\n`);
    expect(render(root)).toBe(`${count()} rendered, 0 unchanged`);
  });

  it("renders every PDF again when a font's bytes change, even if its length does not", () => {
    const root = copyProject(['dejavu-fonts-ttf']);
    settle(root);
    const font = join(root, 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif.ttf');
    const bytes = readFileSync(font);
    // The head table's checksum adjustment (offset 8 in the table): the font still parses.
    const head = bytes.indexOf('head');
    const table = bytes.readUInt32BE(head + 8);
    bytes.writeUInt32BE(bytes.readUInt32BE(table + 8) ^ 1, table + 8);
    writeFileSync(font, bytes);
    expect(render(root)).toBe(`${count()} rendered, 0 unchanged`);
  });

  it('renders every PDF again when the qrcode package changes version', () => {
    const root = copyProject(['qrcode']);
    settle(root);
    const manifest = join(root, 'node_modules/qrcode/package.json');
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
    writeFileSync(manifest, JSON.stringify({ ...pkg, version: `${pkg.version}-next` }));
    expect(render(root)).toBe(`${count()} rendered, 0 unchanged`);
  });
});
