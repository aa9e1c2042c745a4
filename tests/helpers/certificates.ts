// Certificate test fixtures: content with test trainers, fresh keys made at run time, the real
// commands, a site built from that content, and QR decoding of a rendered PDF. No mocks.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { LedgerEntry } from '../../src/lib/site/schemas/index.ts';
import { makeContent } from './content-fixture.ts';

const NODE = 'node_modules/.bin/node';

/** Trainer files for the certificate tests, each showing one case. */
export const certTrainers: Record<string, string> = {
  'trainers/lukasz-zolc-dvorak.md': `---
name: Łukasz Żółć-Dvořák
country: PL
organisation: Example Cluster Poland
certifications:
  - { kind: cma, awarded: 2025-06-30 }
  - { kind: instructor, awarded: 2025-10-01 }
---
Fictional.
`,
  'trainers/greta-expired.md': `---
name: Greta Expired
country: AT
organisation: Example Cluster Austria
certifications:
  - { kind: cma, awarded: 2019-09-27 }
  - { kind: instructor, awarded: 2020-01-10 }
deliveries:
  - { date: 2021-05-20, title: Cluster basics, location: Linz }
---
Fictional.
`,
  'trainers/rui-revoked.md': `---
name: Rui Revoked
country: PT
organisation: Example Cluster Portugal
certifications:
  - { kind: cma, awarded: 2024-09-27, revoked: { date: 2025-03-01, reason: Withdrawn after an audit } }
---
Fictional.
`,
  'trainers/ulla-unlisted.md': `---
name: Ulla Unlisted-Näkymätön
country: FI
organisation: Example Cluster Finland
listed: false
certifications:
  - { kind: cma, awarded: 2024-09-27 }
---
Fictional.
`,
  'trainers/eve-html.md': `---
name: "Eve <img src=x onerror=window.__pwned=1>"
country: FR
organisation: "Example <b>Cluster</b> <script>window.__pwned=2</script>"
certifications:
  - { kind: cma, awarded: 2024-09-27 }
---
Fictional, and hostile: <script>window.__pwned=3</script> <img src=x onerror="window.__pwned=4">
[a link](javascript:window.__pwned=5) and [a safe one](https://example.org/).
`,
};

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `ttt-${prefix}-`));
}

/** A valid content folder (the shared fixture) plus the certificate test trainers. */
export function makeCertContent(changes: Record<string, string | null> = {}): string {
  return makeContent({ ...certTrainers, ...changes });
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's scripts (`scripts/<name>.ts`) with Node 24, as `npm run` does. */
export function runScript(name: string, args: string[], env: Record<string, string>): Run {
  const result = spawnSync(NODE, [`scripts/${name}.ts`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Creates a signing key and issues every certificate in `env.CONTENT_DIR`, with the real commands;
 * throws with the command's error output if one fails, else returns the issue command's run.
 */
export function issueWithNewKey(env: Record<string, string>): Run {
  const key = runScript('keys', ['new'], env);
  if (key.code !== 0) throw new Error(`keys new: ${key.stderr}`);
  const issue = runScript('issue', [], env);
  if (issue.code !== 0) throw new Error(`issue: ${issue.stderr}`);
  return issue;
}

/** The certificate fixture with Rui's certificate not yet revoked: tests revoke it as staff would. */
export function ruiNotYetRevoked(): Record<string, string> {
  return {
    'trainers/rui-revoked.md': certTrainers['trainers/rui-revoked.md']!.replace(/, revoked: \{[^}]*\} \}/, ' }'),
  };
}

/** The ledger lines in a content folder, oldest first. */
export function readLedger(contentDir: string): LedgerEntry[] {
  return readFileSync(join(contentDir, 'ledger.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LedgerEntry);
}

/**
 * Builds the site from `contentDir` and `keysDir` into a temporary folder, with its own Astro
 * cache; `env` adds to the environment, e.g. another `BUILD_DATE`.
 */
export function buildSite(contentDir: string, keysDir: string, env: Record<string, string> = {}): string {
  const outDir = tempDir('dist');
  const result = spawnSync(NODE, ['node_modules/.bin/astro', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      KEYS_DIR: keysDir,
      ASTRO_CACHE_DIR: tempDir('astro-cache'),
      ...env,
    },
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

/** Rasterises page 1 of a PDF with poppler and decodes its QR code with jsQR. */
export function decodePdfQr(pdf: string, dpi = 200): string | undefined {
  const out = join(tempDir('raster'), 'page');
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-singlefile', '-f', '1', '-l', '1', pdf, out]);
  const png = PNG.sync.read(readFileSync(`${out}.png`));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** The text of a PDF, extracted with poppler. */
export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
}
