// The certificate life cycle through the real commands, on a temporary content folder with keys
// made at run time: issue, render, rasterise with poppler, decode the QR code, verify, rotate and
// withdraw keys. Each step builds on the one before, so the tests run in order.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFNumber } from 'pdf-lib';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import {
  certTrainers,
  decodePdfQr,
  makeCertContent,
  pdfText,
  ruiNotYetRevoked,
  readLedger,
  runScript,
  tempDir,
} from '../helpers/certificates.ts';

const SITE = 'https://ttt.test.example';
let content = '';
let keys = '';
let certs = '';
const env = () => ({ CONTENT_DIR: content, KEYS_DIR: keys, CERTIFICATES_DIR: certs });
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
const jwks = () => JSON.parse(readFileSync(join(keys, 'jwks.json'), 'utf8')) as { keys: { kid: string }[] };
const latest = (trainer: string, cert: string) =>
  readLedger(content).findLast((e) => e.trainer === trainer && e.cert === cert)!;

beforeAll(() => {
  // Rui's certificate is revoked after it is issued (below), as staff would do.
  content = makeCertContent(ruiNotYetRevoked());
  keys = tempDir('keys');
  certs = tempDir('certs');
});

describe('issuing', () => {
  it('refuses without a signing key, with a one-line instruction and no stack trace', () => {
    const run = runScript('issue', [], env());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No signing key');
    expect(run.stderr).toContain('npm run keys -- new');
    noStackTrace(run.stderr);
    expect(existsSync(join(content, 'ledger.jsonl'))).toBe(false);
  });

  it('creates a key: private JWK with mode 0600 in private/, only the public half in jwks.json', () => {
    const run = runScript('keys', ['new'], env());
    expect(run.code, run.stderr).toBe(0);
    const [published] = jwks().keys;
    expect(published?.kid).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect(JSON.stringify(jwks())).not.toContain('"d"');
    const file = join(keys, 'private', `${published?.kid}.jwk`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const privateD = (JSON.parse(readFileSync(file, 'utf8')) as { d: string }).d;
    expect(run.stdout + run.stderr).not.toContain(privateD);
  });

  it('signs every certification once, with IDs <prefix>-CMA|INS-<year>-<sequence>, and writes the PDFs', () => {
    const run = runScript('issue', [], env());
    expect(run.code, run.stderr).toBe(0);
    const ledger = readLedger(content);
    // ana-lopez cma; Łukasz cma + instructor; Greta cma + instructor; Rui, Ulla, Eve cma.
    expect(ledger).toHaveLength(8);
    for (const entry of ledger) {
      expect(entry.id).toMatch(/^TEST-(CMA|INS)-\d{4}-\d{4}$/);
      expect(entry.id.slice(9, 13)).toBe(entry.awarded.slice(0, 4));
      expect(entry.kid).toBe(jwks().keys[0]?.kid);
      expect(existsSync(join(certs, `${entry.id}.pdf`))).toBe(true);
    }
    expect(new Set(ledger.map((e) => e.id)).size).toBe(8);
    expect(ledger.filter((e) => e.id.startsWith('TEST-CMA-2024-')).map((e) => e.id)).toEqual([
      'TEST-CMA-2024-0001',
      'TEST-CMA-2024-0002',
      'TEST-CMA-2024-0003',
    ]);
    const privateD = readdirSync(join(keys, 'private')).map(
      (f) => (JSON.parse(readFileSync(join(keys, 'private', f), 'utf8')) as { d: string }).d,
    );
    for (const d of privateD)
      expect(run.stdout + run.stderr + readFileSync(join(content, 'ledger.jsonl'), 'utf8')).not.toContain(d);
  });

  it('does nothing the second time, and gives a new certificate the next sequence number', () => {
    const again = runScript('issue', [], env());
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Nothing to issue');
    writeFileSync(
      join(content, 'trainers/nina-new.md'),
      '---\nname: Nina New\ncountry: SI\norganisation: Example\ncertifications:\n  - { kind: cma, awarded: 2024-10-01 }\n---\nFictional.\n',
    );
    expect(runScript('issue', [], env()).code).toBe(0);
    expect(latest('nina-new', 'cma').id).toBe('TEST-CMA-2024-0004');
    expect(readLedger(content)).toHaveLength(9);
  });
});

describe('the PDF', () => {
  it('round trip: poppler raster → jsQR gives exactly <site>/registry/<ID>/#<token>; the text shows the name', () => {
    for (const cert of ['cma', 'instructor']) {
      const entry = latest('lukasz-zolc-dvorak', cert);
      const pdf = join(certs, `${entry.id}.pdf`);
      expect(decodePdfQr(pdf)).toBe(`${SITE}/registry/${entry.id}/#${entry.token}`);
      const text = pdfText(pdf);
      expect(text).toContain('Łukasz Żółć-Dvořák');
      expect(text).toContain(entry.id);
      expect(text).toContain(`${SITE}/registry/${entry.id}/`);
    }
    expect(pdfText(join(certs, `${latest('lukasz-zolc-dvorak', 'instructor').id}.pdf`))).toMatch(/Valid until/);
  });

  it('prints the QR code at least 35 mm wide, version ≤ 15, in a PDF of at most 30 KB', () => {
    const entry = latest('lukasz-zolc-dvorak', 'instructor');
    const pdf = join(certs, `${entry.id}.pdf`);
    const out = join(tempDir('raster'), 'p');
    execFileSync('pdftoppm', ['-r', '200', '-png', '-singlefile', pdf, out]);
    const png = PNG.sync.read(readFileSync(`${out}.png`));
    const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)!;
    expect(qr.version).toBeLessThanOrEqual(15);
    const modules = 17 + 4 * qr.version;
    // Finder-pattern centres are (modules − 7) modules apart.
    const finderSpan = qr.location.topRightFinderPattern.x - qr.location.topLeftFinderPattern.x;
    const widthMm = ((finderSpan * modules) / (modules - 7) / 200) * 25.4;
    expect(widthMm).toBeGreaterThanOrEqual(35);
    expect(statSync(pdf).size).toBeLessThanOrEqual(30_000);
  });

  it('the QR code and the printed address are clickable links to exactly the QR code’s address', async () => {
    const entry = latest('lukasz-zolc-dvorak', 'instructor');
    const pdf = join(certs, `${entry.id}.pdf`);
    const qrAddress = `${SITE}/registry/${entry.id}/#${entry.token}`;
    // poppler lists every link annotation's URI.
    const links = execFileSync('pdfinfo', ['-url', pdf], { encoding: 'utf8' })
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => line.trim().split(/\s+/)[2]);
    expect(links).toEqual([qrAddress, qrAddress]);
    // The first link's rectangle covers the QR code where poppler draws it.
    const doc = await PDFDocument.load(readFileSync(pdf));
    const page = doc.getPage(0);
    const [x1, y1, x2, y2] = page.node
      .Annots()!
      .asArray()
      .map((ref) => doc.context.lookup(ref, PDFDict).lookup(PDFName.of('Rect'), PDFArray))[0]!
      .asArray()
      .map((n) => (n as PDFNumber).asNumber());
    const out = join(tempDir('raster'), 'p');
    execFileSync('pdftoppm', ['-r', '200', '-png', '-singlefile', pdf, out]);
    const png = PNG.sync.read(readFileSync(`${out}.png`));
    const { location } = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)!;
    for (const corner of [location.topLeftCorner, location.bottomRightCorner]) {
      const x = (corner.x * 72) / 200;
      const y = page.getHeight() - (corner.y * 72) / 200;
      expect(x).toBeGreaterThanOrEqual(x1! - 1);
      expect(x).toBeLessThanOrEqual(x2! + 1);
      expect(y).toBeGreaterThanOrEqual(y1! - 1);
      expect(y).toBeLessThanOrEqual(y2! + 1);
    }
  });

  it('renders byte-identical PDFs from the same ledger and content', () => {
    const a = tempDir('render-a');
    const b = tempDir('render-b');
    expect(runScript('render-certificates', [], { ...env(), CERTIFICATES_DIR: a }).code).toBe(0);
    expect(runScript('render-certificates', [], { ...env(), CERTIFICATES_DIR: b }).code).toBe(0);
    const pdfs = (dir: string) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.pdf'))
        .sort();
    const files = pdfs(a);
    expect(files).toHaveLength(9);
    expect(pdfs(b)).toEqual(files);
    for (const file of files) expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), file).toBe(true);
    // The same bytes as issuing wrote them.
    for (const file of files)
      expect(readFileSync(join(a, file)).equals(readFileSync(join(certs, file))), file).toBe(true);
    // The build's render step needs no private key, and renders again only what changed.
    const again = runScript('render-certificates', [], { ...env(), KEYS_DIR: tempDir('nokeys'), CERTIFICATES_DIR: a });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 rendered, 9 unchanged');
    const greta = join(content, 'trainers/greta-expired.md');
    const original = readFileSync(greta, 'utf8');
    writeFileSync(
      greta,
      original.replace('deliveries:\n', 'deliveries:\n  - { date: 2026-06-01, title: Renewal, location: Graz }\n'),
    );
    const edited = runScript('render-certificates', [], { ...env(), CERTIFICATES_DIR: a });
    expect(edited.stdout).toContain('1 rendered, 8 unchanged');
    writeFileSync(greta, original);
  });

  it('refuses a name the font cannot draw, naming the file and the character, and issues nothing', () => {
    writeFileSync(
      join(content, 'trainers/han-mei.md'),
      '---\nname: Mei 李\ncountry: SG\norganisation: Example\ncertifications:\n  - { kind: cma, awarded: 2025-01-15 }\n---\nFictional.\n',
    );
    const before = readFileSync(join(content, 'ledger.jsonl'), 'utf8');
    const run = runScript('issue', [], env());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('trainers/han-mei.md');
    expect(run.stderr).toContain('"李" (U+674E)');
    noStackTrace(run.stderr);
    expect(readFileSync(join(content, 'ledger.jsonl'), 'utf8')).toBe(before);
    // Leave the content valid for the next tests.
    rmSync(join(content, 'trainers/han-mei.md'));
  });
});

describe('npm run verify', () => {
  it('says valid for a PDF and for the QR URL (exit 0), with the reason', () => {
    const entry = latest('lukasz-zolc-dvorak', 'cma');
    const fromPdf = runScript('verify', [join(certs, `${entry.id}.pdf`)], env());
    expect(fromPdf.code, fromPdf.stderr).toBe(0);
    expect(fromPdf.stdout).toMatch(/^valid: /);
    expect(fromPdf.stdout).toContain('Łukasz Żółć-Dvořák');
    const fromUrl = runScript('verify', [`${SITE}/registry/${entry.id}/#${entry.token}`], env());
    expect(fromUrl.code).toBe(0);
    expect(runScript('verify', [entry.token], env()).code).toBe(0);
  });

  it('says expired, revoked and forged with exit 1, and unreadable input with exit 2', () => {
    const expired = runScript('verify', [latest('greta-expired', 'instructor').token], env());
    expect([expired.code, expired.stderr.split(':')[0]]).toEqual([1, 'expired']);

    const rui = join(content, 'trainers/rui-revoked.md');
    writeFileSync(rui, certTrainers['trainers/rui-revoked.md']!);
    const revoked = runScript('verify', [latest('rui-revoked', 'cma').token], env());
    expect([revoked.code, revoked.stderr.split(':')[0]]).toEqual([1, 'revoked']);

    const genuine = latest('ana-lopez', 'cma');
    const [h, p, s] = genuine.token.split('.');
    const tampered = runScript('verify', [`${h}.${p}x.${s}`], env());
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toMatch(/^forged: /);

    const other = latest('greta-expired', 'cma');
    const pasted = runScript('verify', [`${SITE}/registry/${genuine.id}/#${other.token}`], env());
    expect([pasted.code, pasted.stderr.split(':')[0]]).toEqual([1, 'forged']);

    for (const input of ['garbage', 'x'.repeat(100_000), join(certs, 'missing.pdf')]) {
      const run = runScript('verify', [input], env());
      expect(run.code, input.slice(0, 40)).toBe(2);
      noStackTrace(run.stderr);
    }
    const notPdf = join(tempDir('notpdf'), 'x.pdf');
    writeFileSync(notPdf, 'not a pdf');
    const unreadable = runScript('verify', [notPdf], env());
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toBe(`unreadable: ${notPdf}: ${en.certificates.verifier.messages['not-supported']}\n`);
  });

  it('answers an ID, or a registry address without a code, with its record and exit 3: an ID proves nothing about a paper', () => {
    const rui = latest('rui-revoked', 'cma');
    for (const input of [rui.id.toLowerCase(), `${SITE}/registry/${rui.id}/`]) {
      const run = runScript('verify', [input], env());
      expect(run.code, input).toBe(3);
      expect(run.stdout).toContain(`record: ${en.certificates.verifier.messages.idHere}`);
      expect(run.stdout).toMatch(new RegExp(`Certificate ID +${rui.id}`));
      expect(run.stdout).toMatch(/Status +Revoked/);
    }
    const unknown = runScript('verify', ['TEST-CMA-2099-0001'], env());
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No certificate with the ID TEST-CMA-2099-0001 is in the registry');
  });
});

describe('key rotation and withdrawal', () => {
  it('rotation: a new key signs new certificates while old ones keep verifying', () => {
    const oldKid = jwks().keys[0]!.kid;
    expect(runScript('keys', ['new'], env()).code).toBe(0);
    const newKid = jwks().keys[1]!.kid;
    writeFileSync(
      join(content, 'trainers/otto-later.md'),
      '---\nname: Otto Later\ncountry: DE\norganisation: Example\ncertifications:\n  - { kind: cma, awarded: 2025-09-26 }\n---\nFictional.\n',
    );
    expect(runScript('issue', [], env()).code).toBe(0);
    expect(latest('otto-later', 'cma').kid).toBe(newKid);
    expect(runScript('verify', [latest('otto-later', 'cma').token], env()).code).toBe(0);
    expect(latest('ana-lopez', 'cma').kid).toBe(oldKid);
    expect(runScript('verify', [latest('ana-lopez', 'cma').token], env()).code).toBe(0);
  });

  it('withdrawal: tokens of a withdrawn key fail; issue re-signs them with the same IDs and new PDFs', () => {
    const oldKid = jwks().keys[0]!.kid;
    const before = latest('ana-lopez', 'cma');
    const oldPdf = readFileSync(join(certs, `${before.id}.pdf`));
    const withdraw = runScript('keys', ['withdraw', oldKid], env());
    expect(withdraw.code, withdraw.stderr).toBe(0);
    expect(jwks().keys.map((k) => k.kid)).not.toContain(oldKid);
    const failing = runScript('verify', [before.token], env());
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(/^forged: .*withdrawn/);

    const reissue = runScript('issue', [], env());
    expect(reissue.code, reissue.stderr).toBe(0);
    const after = latest('ana-lopez', 'cma');
    expect(after.id).toBe(before.id);
    expect(after.kid).not.toBe(oldKid);
    expect(after.salt).toBe(before.salt);
    expect(readFileSync(join(certs, `${after.id}.pdf`)).equals(oldPdf)).toBe(false);
    expect(runScript('verify', [join(certs, `${after.id}.pdf`)], env()).code).toBe(0);
    expect(new Set(readLedger(content).map((e) => e.id)).size).toBe(10);
  });

  it('signs with CERT_SIGNING_KEY from the environment, and refuses an unpublished one', async () => {
    const { createSigningKey } = await import('../../src/lib/certificates/keys.ts');
    const stray = await createSigningKey();
    writeFileSync(
      join(content, 'trainers/pia-env.md'),
      '---\nname: Pia Env\ncountry: DK\norganisation: Example\ncertifications:\n  - { kind: cma, awarded: 2025-09-26 }\n---\nFictional.\n',
    );
    const refused = runScript('issue', [], { ...env(), CERT_SIGNING_KEY: JSON.stringify(stray.privateJwk) });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('not in');
    expect(refused.stdout + refused.stderr).not.toContain(String(stray.privateJwk.d));

    const kid = jwks().keys[0]!.kid;
    const jwk = readFileSync(join(keys, 'private', `${kid}.jwk`), 'utf8');
    const noPrivateDir = tempDir('env-keys');
    writeFileSync(join(noPrivateDir, 'jwks.json'), readFileSync(join(keys, 'jwks.json')));
    const run = runScript('issue', [], { ...env(), KEYS_DIR: noPrivateDir, CERT_SIGNING_KEY: jwk });
    expect(run.code, run.stderr).toBe(0);
    expect(latest('pia-env', 'cma').kid).toBe(kid);
    expect(run.stdout + run.stderr).not.toContain((JSON.parse(jwk) as { d: string }).d);
  });
});
