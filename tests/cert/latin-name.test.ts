// A name in Greek or Cyrillic with the Latin spelling its holder uses: printed under the name on
// the PDF (poppler reads it there), never signed, so adding it to an issued certificate changes the
// PDF but not the token, the QR code or the verdict.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readClaims } from '../../src/lib/certificates/registry.ts';
import {
  decodePdfQr,
  issueWithNewKey,
  makeCertContent,
  pdfText,
  readLedger,
  runScript,
  tempDir,
} from '../helpers/certificates.ts';

let content = '';
let env: Record<string, string> = {};
const ledgerEntry = (trainer: string) => readLedger(content).findLast((e) => e.trainer === trainer)!;
/** The PDF's lines of text, blank ones left out. */
const lines = (id: string) =>
  pdfText(join(env.CERTIFICATES_DIR!, `${id}.pdf`))
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

beforeAll(() => {
  content = makeCertContent({
    'trainers/eleni-test.md': `---
name: Ελένη Δοκιμή
latinName: Eleni Dokimi
country: GR
organisation: Example Cluster Greece
certifications:
  - { kind: cma, awarded: 2025-06-30 }
---
Fictional.
`,
    'trainers/ivan-test.md': `---
name: Иван Проба
country: BG
organisation: Example Cluster Bulgaria
certifications:
  - { kind: cma, awarded: 2025-06-30 }
---
Fictional.
`,
  });
  env = { CONTENT_DIR: content, KEYS_DIR: tempDir('keys'), CERTIFICATES_DIR: tempDir('certs') };
  issueWithNewKey(env);
});

describe('the Latin name on the certificate', () => {
  it('is printed on the line under the name; a name without one is followed by the award line', () => {
    const eleni = lines(ledgerEntry('eleni-test').id);
    expect(eleni.slice(eleni.indexOf('Ελένη Δοκιμή'), eleni.indexOf('Ελένη Δοκιμή') + 3)).toEqual([
      'Ελένη Δοκιμή',
      'Eleni Dokimi',
      'has been awarded the',
    ]);
    const ivan = lines(ledgerEntry('ivan-test').id);
    expect(ivan.slice(ivan.indexOf('Иван Проба'), ivan.indexOf('Иван Проба') + 2)).toEqual([
      'Иван Проба',
      'has been awarded the',
    ]);
  });

  it('is not signed: the token and the QR code carry the name as written, and the certificate verifies', () => {
    const entry = ledgerEntry('eleni-test');
    expect(readClaims(entry.token).name).toBe('Ελένη Δοκιμή');
    expect(Object.keys(readClaims(entry.token)).sort()).toEqual(['cert', 'iss', 'name', 'nbf', 'sub']);
    const pdf = join(env.CERTIFICATES_DIR!, `${entry.id}.pdf`);
    expect(decodePdfQr(pdf)).toBe(`https://ttt.test.example/registry/${entry.id}/#${entry.token}`);
    expect(runScript('verify', [pdf], env).code).toBe(0);
  });

  it('added to an issued certificate: nothing is re-signed, the PDF is rendered again with it, the same bytes each time', () => {
    const before = ledgerEntry('ivan-test');
    const file = join(content, 'trainers/ivan-test.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('name: Иван Проба\n', 'name: Иван Проба\nlatinName: Ivan Proba\n'),
    );
    const issue = runScript('issue', [], env);
    expect(issue.code, issue.stderr).toBe(0);
    expect(readLedger(content).filter((e) => e.id === before.id)).toHaveLength(1);
    const render = runScript('render-certificates', [], env);
    expect(render.stdout).toContain('1 rendered');
    const ivan = lines(before.id);
    expect(ivan.slice(ivan.indexOf('Иван Проба'), ivan.indexOf('Иван Проба') + 2)).toEqual([
      'Иван Проба',
      'Ivan Proba',
    ]);
    const first = readFileSync(join(env.CERTIFICATES_DIR!, `${before.id}.pdf`));
    const again = tempDir('render-again');
    expect(runScript('render-certificates', [], { ...env, CERTIFICATES_DIR: again }).code).toBe(0);
    expect(readFileSync(join(again, `${before.id}.pdf`)).equals(first)).toBe(true);
  });
});
