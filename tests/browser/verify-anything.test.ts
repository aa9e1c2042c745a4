// "Verify from anything" in real Chromium: every way an employer can hand over a certificate —
// the PDF as issued, a rotated 150-dpi JPEG scan of it, an image-only PDF of that scan, a fake
// camera filming it, a pasted URL, token or ID — ends in the same #verdict[data-verdict], and
// `npm run verify` gives the same verdict (or the same words) for every one of them but the
// camera. The files are made at test time from a real issued PDF; no request ever carries them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair } from 'jose';
import { loadSigningKey } from '../../src/lib/certificates/keys.ts';
import type { LedgerEntry } from '../../src/lib/site/schemas/index.ts';
import { signToken } from '../../src/lib/certificates/token.ts';
import { en } from '../../src/i18n/en.ts';
import {
  buildSite,
  issueWithNewKey,
  certTrainers,
  makeCertContent,
  readLedger,
  runScript,
  tempDir,
} from '../helpers/certificates.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { pdfWithAppendedToken, pdfWithHiddenToken, pdfWithOtherQr } from '../helpers/forgeries.ts';
import { cameraVideo, imageOnlyPdf, rasterise, rotatedJpeg } from '../helpers/scans.ts';
import { serveDist } from '../helpers/serve.ts';

const SITE = 'https://ttt.test.example';
let browser: Browser;
let site: { url: string; close(): Promise<void> };
let certs = '';
let keys = '';
let files = '';
let env: Record<string, string> = {};
let ledger: LedgerEntry[] = [];
const words = en.certificates.verifier;
const latest = (trainer: string, cert = 'cma') => ledger.findLast((e) => e.trainer === trainer && e.cert === cert)!;

beforeAll(async () => {
  const content = makeCertContent({
    'trainers/rui-revoked.md': certTrainers['trainers/rui-revoked.md']!.replace(/, revoked: \{[^}]*\} \}/, ' }'),
  });
  keys = tempDir('keys');
  certs = tempDir('certs');
  files = tempDir('files');
  env = { CONTENT_DIR: content, KEYS_DIR: keys, CERTIFICATES_DIR: certs };
  issueWithNewKey(env);
  ledger = readLedger(content);
  writeFileSync(join(content, 'trainers/rui-revoked.md'), certTrainers['trainers/rui-revoked.md']!);
  const dist = buildSite(content, keys);
  [site, browser] = await Promise.all([serveDist(dist), launchChromium()]);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Watched {
  page: Page;
  requests: Request[];
  errors: string[];
}

async function watchedPage(from: Browser = browser): Promise<Watched> {
  const page = await from.newPage({ viewport: { width: 390, height: 844 } });
  const requests: Request[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { page, requests, errors };
}

/** The verdict once the check has run. */
async function verdictOf(page: Page): Promise<string> {
  await page.waitForFunction(
    () => {
      const verdict = document.querySelector('#verdict')?.getAttribute('data-verdict');
      return verdict && verdict !== 'checking';
    },
    undefined,
    { timeout: 30_000 },
  );
  return (await page.getAttribute('#verdict', 'data-verdict')) ?? '';
}

/** Only the site's own static files were requested: GETs (and an ID's HEAD) with no body, on this origin. */
function expectOnlyStaticRequests(requests: Request[]) {
  for (const request of requests) {
    expect(request.url().startsWith(site.url), request.url()).toBe(true);
    expect(['GET', 'HEAD'], request.url()).toContain(request.method());
    expect(request.postDataBuffer(), request.url()).toBeNull();
  }
}

async function chooseFile(page: Page, name: string, mimeType: string, buffer: Buffer | Uint8Array) {
  await page.setInputFiles('#verify-file', { name, mimeType, buffer: Buffer.from(buffer) });
}

/**
 * `npm run verify` on the same input (a file is written to disk first) against the same content
 * and keys: the word before its first colon (a verdict, `unreadable` or `record`), its exit code
 * and everything it printed.
 */
function cli(input: string | { name: string; bytes: Uint8Array }) {
  let arg = input as string;
  if (typeof input !== 'string') {
    arg = join(files, input.name);
    writeFileSync(arg, input.bytes);
  }
  const run = runScript('verify', [arg], env);
  const output = run.stdout + run.stderr;
  const verdict = /^(\w+): /m.exec(output)?.[1];
  return { verdict, code: run.code, output };
}

describe('verify from a file, in the browser', () => {
  it('the PDF as issued: its printed QR code read, on the list and on its record, with what to compare', async () => {
    const entry = latest('lukasz-zolc-dvorak');
    const pdf = readFileSync(join(certs, `${entry.id}.pdf`));
    for (const path of ['/registry/', `/registry/${entry.id}/`]) {
      const { page, requests, errors } = await watchedPage();
      await page.goto(`${site.url}${path}`);
      await chooseFile(page, 'certificate.pdf', 'application/pdf', pdf);
      expect(await verdictOf(page), path).toBe('valid');
      // What the employer compares with the paper, each as the check confirmed it.
      expect(await page.isVisible('#verdict-compare')).toBe(true);
      expect(await page.textContent('#verdict-compare .verdict__compare')).toBe(words.compare.intro);
      expect(await page.textContent('#verdict-name')).toBe('Łukasz Żółć-Dvořák');
      expect(await page.textContent('#verdict-certification')).toBe('Cluster Management Association Certification');
      expect(await page.textContent('#verdict-id')).toBe(entry.id);
      expectOnlyStaticRequests(requests);
      expect(errors).toEqual([]);
      await page.close();
    }
    const run = cli({ name: 'certificate.pdf', bytes: pdf });
    expect([run.verdict, run.code], run.output).toEqual(['valid', 0]);
    expect(run.output).toContain(words.compare.intro);
    expect(run.output).toMatch(new RegExp(`Certificate ID +${entry.id}`));
  });

  it('a PDF dropped anywhere on the page is checked, and choosing the same file again checks it again', async () => {
    const entry = latest('ana-lopez');
    const pdf = readFileSync(join(certs, `${entry.id}.pdf`));
    const { page, errors } = await watchedPage();
    await page.goto(`${site.url}/registry/`);
    const dataTransfer = await page.evaluateHandle((base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'certificate.pdf', { type: 'application/pdf' }));
      return transfer;
    }, pdf.toString('base64'));
    await page.dispatchEvent('footer', 'drop', { dataTransfer });
    expect(await verdictOf(page)).toBe('valid');
    expect(page.url()).toBe(`${site.url}/registry/#${entry.token}`);
    await page.evaluate(() => document.getElementById('verdict')!.setAttribute('data-verdict', ''));
    await chooseFile(page, 'certificate.pdf', 'application/pdf', pdf);
    expect(await verdictOf(page)).toBe('valid');
    await page.evaluate(() => document.getElementById('verdict')!.setAttribute('data-verdict', ''));
    await chooseFile(page, 'certificate.pdf', 'application/pdf', pdf);
    expect(await verdictOf(page)).toBe('valid');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a PDF for another certificate, chosen on a record page, is judged on its own record page', async () => {
    const mine = latest('ana-lopez');
    const other = latest('greta-expired', 'instructor');
    const { page } = await watchedPage();
    await page.goto(`${site.url}/registry/${mine.id}/`);
    await chooseFile(page, 'other.pdf', 'application/pdf', readFileSync(join(certs, `${other.id}.pdf`)));
    await page.waitForURL(`**/registry/${other.id}/#*`);
    expect(await verdictOf(page)).toBe('expired');
    await page.close();
    expect(cli(join(certs, `${other.id}.pdf`)).verdict).toBe('expired');
  });

  it('a 150-dpi scan rotated 4° and JPEG-compressed, and an image-only PDF of it: the QR code is decoded', async () => {
    const entry = latest('lukasz-zolc-dvorak', 'instructor');
    const jpeg = await rotatedJpeg(browser, rasterise(join(certs, `${entry.id}.pdf`), 150, files), 4, 0.7);
    const scannedPdf = await imageOnlyPdf(jpeg);
    expect(Buffer.from(scannedPdf).toString('latin1')).not.toContain('CertificateToken');
    for (const [name, type, bytes] of [
      ['scan.jpg', 'image/jpeg', jpeg],
      ['scan.pdf', 'application/pdf', scannedPdf],
    ] as const) {
      const { page, requests, errors } = await watchedPage();
      await page.goto(`${site.url}/registry/`);
      await chooseFile(page, name, type, bytes);
      expect(await verdictOf(page), name).toBe('valid');
      expect(await page.textContent('#verdict-reason')).toContain(entry.id);
      // The list names the certificate and leads on to its record, where the check runs again.
      expect(await page.getAttribute('#verdict-open-link', 'href')).toBe(`/registry/${entry.id}/#${entry.token}`);
      expectOnlyStaticRequests(requests);
      expect(errors, name).toEqual([]);
      await page.close();
      const run = cli({ name, bytes });
      expect([run.verdict, run.code], `${name}: ${run.output}`).toEqual(['valid', 0]);
      expect(run.output).toMatch(new RegExp(`Certificate ID +${entry.id}`));
    }
  });

  it('PNG and WebP photos of a revoked certificate say revoked', async () => {
    const entry = latest('rui-revoked');
    const png = readFileSync(rasterise(join(certs, `${entry.id}.pdf`), 150, files));
    const { page } = await watchedPage();
    await page.goto(`${site.url}/registry/`);
    const webp = await page.evaluate(
      async (source) => {
        const image = new Image();
        image.src = source;
        await image.decode();
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [image.width, image.height];
        canvas.getContext('2d')!.drawImage(image, 0, 0);
        return canvas.toDataURL('image/webp', 0.8).split(',')[1]!;
      },
      `data:image/png;base64,${png.toString('base64')}`,
    );
    for (const [name, type, bytes] of [
      ['photo.png', 'image/png', png],
      ['photo.webp', 'image/webp', Buffer.from(webp, 'base64')],
    ] as const) {
      await page.goto(`${site.url}/registry/${entry.id}/`);
      await chooseFile(page, name, type, bytes);
      expect(await verdictOf(page), name).toBe('revoked');
      // The record agrees with the verdict: no validity, no holder's buttons.
      expect(await page.locator('#record .badge:visible').allTextContents()).toEqual(['revoked']);
      expect(await page.locator('#holder').count()).toBe(0);
      const run = cli({ name, bytes });
      expect([run.verdict, run.code], `${name}: ${run.output}`).toEqual(['revoked', 1]);
    }
    await page.close();
  });

  it('files that are not certificates get a clear message quickly, never a verdict', async () => {
    const random = await PDFDocument.create();
    random.addPage().drawText('Quarterly report', { font: await random.embedFont(StandardFonts.Helvetica) });
    const cases = [
      ['report.pdf', 'application/pdf', await random.save(), 'No certificate QR code'],
      [
        'huge.pdf',
        'application/pdf',
        Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(25 * 1024 * 1024)]),
        'larger than 20 MB',
      ],
      ['notes.txt', 'text/plain', Buffer.from('hello'), 'not a file the check can read'],
      ['broken.pdf', 'application/pdf', Buffer.from('%PDF-1.7\nnot really a PDF'), 'could not be read'],
    ] as const;
    for (const [name, type, bytes, hint] of cases) {
      const { page, requests } = await watchedPage();
      await page.goto(`${site.url}/registry/`);
      await chooseFile(page, name, type, bytes);
      await page.locator('#verify-message', { hasText: hint }).waitFor({ timeout: 15_000 });
      expect(await page.getAttribute('#verdict', 'data-verdict'), name).toBe('');
      expectOnlyStaticRequests(requests);
      const message = (await page.textContent('#verify-message'))!;
      await page.close();
      // The command line says the same words, for the same file.
      const run = cli({ name, bytes });
      expect([run.verdict, run.code], name).toEqual(['unreadable', 2]);
      expect(run.output).toContain(message);
    }
  });
});

describe('a file whose parts disagree is a forgery', () => {
  // Holder A's paper: A's name and A's QR code printed. Holder B's certificate is genuine too.
  const holderA = () => latest('lukasz-zolc-dvorak');
  const holderB = () => latest('ana-lopez');
  const forgedFiles = async (): Promise<[string, Uint8Array][]> => {
    const pdfA = readFileSync(join(certs, `${holderA().id}.pdf`));
    return [
      ['B’s token put inside A’s PDF', await pdfWithHiddenToken(pdfA, holderB().token)],
      ['B’s token put inside A’s PDF by an incremental save', pdfWithAppendedToken(pdfA, holderB().token)],
      [
        'B’s QR code drawn over A’s PDF, A’s token inside',
        await pdfWithOtherQr(pdfA, `${SITE}/registry/${holderB().id}/#${holderB().token}`),
      ],
    ];
  };

  it('is judged forged in the browser, on the list and on either holder’s record, and nothing else is shown', async () => {
    for (const [name, bytes] of await forgedFiles())
      for (const path of ['/registry/', `/registry/${holderA().id}/`, `/registry/${holderB().id}/`]) {
        const { page, requests, errors } = await watchedPage();
        await page.goto(`${site.url}${path}`);
        await chooseFile(page, 'certificate.pdf', 'application/pdf', bytes);
        expect(await verdictOf(page), `${name} on ${path}`).toBe('forged');
        expect(await page.textContent('#verdict-headline')).toBe(words.verdicts.forged);
        expect(await page.textContent('#verdict-reason')).toBe(words.reasons['parts-disagree']);
        expect(await page.locator('#verdict-steps li').allTextContents()).toEqual([
          `${words.failed}: ${words.steps.parts}`,
        ]);
        expect(await page.isVisible('#verdict-compare')).toBe(false);
        expect(await page.isVisible('#verdict-open')).toBe(false);
        // Judged where it was chosen; the address carries no code that could say otherwise.
        expect(page.url()).toBe(`${site.url}${path}`);
        if (path !== '/registry/') expect(await page.isVisible('#not-this-paper')).toBe(true);
        expectOnlyStaticRequests(requests);
        expect(errors).toEqual([]);
        await page.close();
      }
  });

  it('is judged forged by npm run verify, with the same words', async () => {
    for (const [name, bytes] of await forgedFiles()) {
      const run = cli({ name: 'forged.pdf', bytes });
      expect([run.verdict, run.code], `${name}: ${run.output}`).toEqual(['forged', 1]);
      expect(run.output).toContain(`${words.verdicts.forged}. ${words.reasons['parts-disagree']}`);
    }
    // The untouched PDF of holder A, for contrast, is genuine.
    expect(cli(join(certs, `${holderA().id}.pdf`)).verdict).toBe('valid');
  });
});

describe('verify from pasted text', () => {
  async function paste(path: string, text: string): Promise<Watched> {
    const watched = await watchedPage();
    await watched.page.goto(`${site.url}${path}`);
    await watched.page.fill('#verify-input', text);
    await watched.page.press('#verify-input', 'Enter');
    return watched;
  }

  it('a registry URL with its token, or the bare token, gives the verdict on the record page', async () => {
    const entry = latest('lukasz-zolc-dvorak');
    for (const text of [
      `${SITE}/registry/${entry.id}/#${entry.token}`,
      entry.token,
      ` ${entry.token.replace('.', '.\n')} `,
    ]) {
      const { page } = await paste('/registry/', text);
      expect(await verdictOf(page)).toBe('valid');
      await page.close();
      const onRecord = await paste(`/registry/${entry.id}/`, text);
      expect(await verdictOf(onRecord.page)).toBe('valid');
      expect(onRecord.page.url()).toContain(`/registry/${entry.id}/#`);
      await onRecord.page.close();
      expect(cli(text).verdict, text).toBe('valid');
    }
  });

  it('an address naming one record with another certificate’s code is judged on the named record, as its QR code would be', async () => {
    const named = latest('ana-lopez');
    const other = latest('lukasz-zolc-dvorak');
    for (const path of ['/registry/', `/registry/${other.id}/`]) {
      const { page } = await paste(path, `${SITE}/registry/${named.id}/#${other.token}`);
      await page.waitForURL(`**/registry/${named.id}/#*`);
      expect(await verdictOf(page), path).toBe('forged');
      expect(await page.textContent('#verdict-reason')).toContain('different certificate');
      await page.close();
    }
    const run = cli(`${SITE}/registry/${named.id}/#${other.token}`);
    expect([run.verdict, run.code]).toEqual(['forged', 1]);
    expect(run.output).toContain(words.reasons['other-certificate']);
  });

  it('an ID opens its record, which says only the QR code or the PDF proves the paper; an unknown ID says so', async () => {
    const entry = latest('ana-lopez');
    const { page } = await paste('/registry/', entry.id.toLowerCase());
    await page.waitForURL(`**/registry/${entry.id}/`);
    expect(await page.getAttribute('#verdict', 'data-verdict')).toBe('');
    expect(await page.textContent('#verdict')).toContain('Only its QR code or its PDF proves');
    await page.close();
    // The command line names the record, its status, and that an ID proves nothing (exit 3).
    const record = cli(entry.id.toLowerCase());
    expect([record.verdict, record.code]).toEqual(['record', 3]);
    expect(record.output).toContain(words.messages.idHere);
    expect(record.output).toMatch(/Status +Valid/);
    const unknown = await paste('/registry/', 'TEST-CMA-2099-0001');
    await unknown.page
      .locator('#verify-message', { hasText: 'No certificate with the ID TEST-CMA-2099-0001' })
      .waitFor();
    expect(unknown.page.url()).toBe(`${site.url}/registry/`);
    const message = (await unknown.page.textContent('#verify-message'))!;
    await unknown.page.close();
    const run = cli('TEST-CMA-2099-0001');
    expect([run.verdict, run.code]).toEqual(['unknown', 1]);
    expect(run.output).toContain(message);
  });

  it('a forged token, a revoked certificate, an unknown certificate and garbage get their verdicts', async () => {
    const attacker = await generateKeyPair('EdDSA');
    const genuine = latest('lukasz-zolc-dvorak');
    const forged = await signToken(
      { iss: SITE, sub: genuine.id, name: 'Łukasz Żółć-Dvořák', cert: 'cma', nbf: 1751241600 },
      attacker.privateKey,
      genuine.kid,
    );
    const cases = [
      [`${SITE}/registry/${genuine.id}/#${forged}`, 'forged'],
      [latest('rui-revoked').token, 'revoked'],
      ['not a certificate at all', 'malformed'],
    ] as const;
    for (const [text, verdict] of cases) {
      const { page, errors } = await paste('/registry/', text);
      expect(await verdictOf(page), text).toBe(verdict);
      expect(errors).toEqual([]);
      await page.close();
      expect(cli(text).verdict, text).toBe(verdict);
    }
    // A code signed with the published key for a certificate this registry does not hold.
    const signing = await loadSigningKey(keys);
    const unknown = await signToken(
      { iss: SITE, sub: 'TEST-CMA-2099-0042', name: 'Nobody Registered', cert: 'cma', nbf: 4070908800 },
      signing.key,
      signing.kid,
    );
    const { page } = await paste('/registry/', `${SITE}/registry/TEST-CMA-2099-0042/#${unknown}`);
    expect(await verdictOf(page)).toBe('unknown');
    await page.close();
    expect(cli(`${SITE}/registry/TEST-CMA-2099-0042/#${unknown}`).verdict).toBe('unknown');
  });
});

describe('honest errors', () => {
  it('a registry that cannot be reached says so, instead of a verdict, and the next check asks again', async () => {
    const entry = latest('ana-lopez');
    const { page } = await watchedPage();
    await page.goto(`${site.url}/registry/`);
    await page.route('**/registry/status.json', (route) => route.abort('internetdisconnected'));
    await page.fill('#verify-input', entry.token);
    await page.press('#verify-input', 'Enter');
    await page.locator('#verdict-headline', { hasText: words.messages.offline }).waitFor();
    expect(await page.getAttribute('#verdict', 'data-verdict')).toBe('');
    expect(await page.isVisible('#verdict-details')).toBe(false);
    // Back online, the same check again: the failure was not kept.
    await page.unroute('**/registry/status.json');
    await page.press('#verify-input', 'Enter');
    expect(await verdictOf(page)).toBe('valid');
    await page.close();
  });

  it('the registry search says when it cannot reach the registry, and the next search asks again', async () => {
    const entry = latest('greta-expired');
    const { page } = await watchedPage();
    await page.goto(`${site.url}/registry/`);
    await page.route('**/registry/index.json', (route) => route.abort('internetdisconnected'));
    await page.fill('#registry-q', entry.id);
    await page.locator('#registry-empty', { hasText: words.messages.offline }).waitFor();
    await page.unroute('**/registry/index.json');
    await page.fill('#registry-q', entry.id.toLowerCase());
    await expect
      .poll(() => page.locator('#registry-rows tr').allTextContents())
      .toEqual([expect.stringContaining(entry.id)]);
    expect(await page.isVisible('#registry-empty')).toBe(false);
    await page.close();
  });

  it('a decoder that cannot be loaded says so, and the next file loads it again', async () => {
    const entry = latest('ana-lopez');
    const pdf = readFileSync(join(certs, `${entry.id}.pdf`));
    const png = readFileSync(rasterise(join(certs, `${entry.id}.pdf`), 150, files));
    const { page } = await watchedPage();
    await page.goto(`${site.url}/registry/`);
    const decoders = /\/_astro\/(pdf|qr-worker|zxing)/;
    // The photo needs the QR decoder's worker, the PDF pdf.js first: each fails once, then works.
    for (const [name, type, bytes] of [
      ['photo.png', 'image/png', png],
      ['certificate.pdf', 'application/pdf', pdf],
    ] as const) {
      await page.route(decoders, (route) => route.abort('internetdisconnected'));
      await chooseFile(page, name, type, bytes);
      await page.locator('#verify-message', { hasText: words.messages.offline }).waitFor({ timeout: 15_000 });
      expect(await page.getAttribute('#verdict', 'data-verdict'), name).toBe('');
      await page.unroute(decoders);
      await chooseFile(page, name, type, bytes);
      expect(await verdictOf(page), name).toBe('valid');
      await page.evaluate(() => document.getElementById('verdict')!.setAttribute('data-verdict', ''));
    }
    await page.close();
  });
});

describe('verify with the camera', () => {
  it('a fake camera filming the certificate: the code is decoded, the camera stops, the verdict shows', async () => {
    const entry = latest('ana-lopez');
    const video = cameraVideo(rasterise(join(certs, `${entry.id}.pdf`), 200, files), files);
    const withCamera = await launchChromium([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]);
    try {
      const context = await withCamera.newContext({ viewport: { width: 390, height: 844 } });
      await context.grantPermissions(['camera'], { origin: site.url });
      const page = await context.newPage();
      const requests: Request[] = [];
      page.on('request', (request) => requests.push(request));
      await page.goto(`${site.url}/registry/`);
      // Count the camera's live tracks, to see it stopped once the code is read.
      await page.evaluate(() => {
        const live: MediaStreamTrack[] = [];
        (window as unknown as { __tracks: MediaStreamTrack[] }).__tracks = live;
        const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
        navigator.mediaDevices.getUserMedia = async (constraints) => {
          const stream = await open(constraints);
          live.push(...stream.getTracks());
          return stream;
        };
      });
      await page.click('#verify-scan');
      await page.waitForURL(`**/registry/#*`);
      expect(await verdictOf(page)).toBe('valid');
      expect(await page.textContent('#verdict-reason')).toContain(entry.id);
      const states = await page.evaluate(() =>
        (window as unknown as { __tracks: MediaStreamTrack[] }).__tracks.map((t) => t.readyState),
      );
      expect(states.length).toBeGreaterThan(0);
      expect(states.every((state) => state === 'ended')).toBe(true);
      expect(await page.isHidden('#verify-video')).toBe(true);
      expectOnlyStaticRequests(requests);
      await context.close();
    } finally {
      await withCamera.close();
    }
  });

  it('a refused camera and a missing camera get clear messages', async () => {
    const { page } = await watchedPage();
    await page.goto(`${site.url}/registry/`);
    await page.click('#verify-scan');
    await page.locator('#verify-message', { hasText: /camera was not allowed|No camera was found/ }).waitFor();
    await page.close();
    const context = await browser.newContext();
    await context.grantPermissions(['camera'], { origin: site.url });
    const granted = await context.newPage();
    await granted.goto(`${site.url}/registry/`);
    await granted.click('#verify-scan');
    await granted.locator('#verify-message', { hasText: 'No camera was found' }).waitFor();
    await context.close();
  });
});

describe('the verdict first, and nothing that contradicts it', () => {
  it('on a 390×844 phone the verdict stands under the title, inside the first screen', async () => {
    for (const entry of [latest('lukasz-zolc-dvorak', 'instructor'), latest('rui-revoked')]) {
      const { page } = await watchedPage();
      await page.goto(`${site.url}/registry/${entry.id}/#${entry.token}`);
      await verdictOf(page);
      const [title, verdict] = await Promise.all([
        page.locator('h1').boundingBox(),
        page.locator('#verdict').boundingBox(),
      ]);
      expect(verdict!.y).toBeGreaterThan(title!.y);
      expect(verdict!.y + verdict!.height, entry.id).toBeLessThanOrEqual(844);
      // Nothing but the title stands between them.
      const between = await page.evaluate(() => {
        const h1 = document.querySelector('h1')!;
        const verdict = document.getElementById('verdict')!;
        return [...document.querySelectorAll('main *')]
          .filter(
            (e) => h1.compareDocumentPosition(e) & 4 && e.compareDocumentPosition(verdict) & 4 && !e.contains(verdict),
          )
          .filter((e) => (e as HTMLElement).offsetHeight > 0).length;
      });
      expect(between).toBe(0);
      await page.close();
    }
  });

  it('after a forged code: no published status, validity or holder’s button, and the record is labelled as not this paper', async () => {
    const entry = latest('lukasz-zolc-dvorak', 'instructor');
    const [header, payload, signature] = entry.token.split('.');
    const tampered = `${header}.${payload}.${signature!.startsWith('A') ? 'B' : 'A'}${signature!.slice(1)}`;
    const { page } = await watchedPage();
    await page.goto(`${site.url}/registry/${entry.id}/`);
    // Without a check, the record shows its published status and the holder's actions.
    expect(await page.isVisible('#holder a[href*="linkedin.com"]')).toBe(true);
    expect(await page.isVisible('[data-published="valid-until"] dd')).toBe(true);
    expect(await page.locator('#record .badge:visible').allTextContents()).toEqual(['valid']);
    for (const token of [tampered, 'garbage']) {
      await page.goto(`${site.url}/registry/${entry.id}/#${token}`);
      await page.reload();
      expect(['forged', 'malformed']).toContain(await verdictOf(page));
      expect(await page.isVisible('#not-this-paper')).toBe(true);
      for (const part of ['#holder', '[data-published="valid-until"] dd', '[data-published="status"] dd'])
        expect(await page.isVisible(part), part).toBe(false);
      expect(await page.locator('#record .badge:visible').count()).toBe(0);
      expect(await page.locator('main').innerText()).not.toMatch(/\bvalid until\b|LinkedIn/i);
    }
    await page.close();
  });

  it('after a revoked or expired code, the record agrees: today’s status, no validity date, no holder’s button', async () => {
    for (const [entry, status] of [
      [latest('rui-revoked'), 'revoked'],
      [latest('greta-expired', 'instructor'), 'expired'],
    ] as const) {
      const { page } = await watchedPage();
      await page.goto(`${site.url}/registry/${entry.id}/#${entry.token}`);
      expect(await verdictOf(page)).toBe(status);
      expect(await page.locator('#record .badge:visible').allTextContents()).toEqual([status]);
      expect(await page.isVisible('#status-today dt')).toBe(true);
      expect(await page.isVisible('[data-published="status"] dd')).toBe(false);
      expect(await page.isVisible('#holder')).toBe(false);
      if (status === 'revoked') expect(await page.locator('main').innerText()).not.toMatch(/valid until/i);
      await page.close();
    }
  });

  it('a page opened from a QR code loads neither the decoder nor the PDF renderer', async () => {
    const entry = latest('ana-lopez');
    const { page, requests } = await watchedPage();
    await page.goto(`${site.url}/registry/${entry.id}/#${entry.token}`);
    expect(await verdictOf(page)).toBe('valid');
    await page.waitForLoadState('networkidle');
    const loaded = requests.map((r) => new URL(r.url()).pathname);
    expect(loaded.filter((path) => /pdf|zxing|qr-worker|camera|read-certificate|verify-controls/.test(path))).toEqual(
      [],
    );
    await page.close();
  });

  it('the registry list fits a 390 px phone: ID, holder and status visible without scrolling sideways', async () => {
    const { page } = await watchedPage();
    await page.goto(`${site.url}/registry/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const rows = page.locator('tr[data-search]');
    expect(await rows.count()).toBeGreaterThan(3);
    for (const cell of ['th', 'td:nth-child(2)', 'td:nth-child(3)']) {
      const box = await rows.first().locator(cell).boundingBox();
      expect(box, cell).not.toBeNull();
      expect(box!.x, cell).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, cell).toBeLessThanOrEqual(390);
    }
    expect(await rows.first().locator('td:nth-child(3) .badge').isVisible()).toBe(true);
    await page.close();
  });
});
