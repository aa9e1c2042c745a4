/**
 * Rendering the ledger's certificates to files (Node only): the PDF, the Open Badges credential
 * and the badge with the credential baked in. Needs no private key: it reads tokens and proofs
 * that were already signed. Files are written beside their final place and renamed, so a failure
 * never leaves a half-written file or folder.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SiteContent } from '../site/content/check.ts';
import { renderBadgePng } from './badge-images.ts';
import { credentialBaker } from './baked-badge.ts';
import { credentialJson, storedCredential } from './credential.ts';
import { rendererFingerprint } from './fingerprint.ts';
import { badgeFile } from '../site/content/images.ts';
import {
  assertDrawable,
  CertificateError,
  loadCertificateFonts,
  printedWords,
  renderCertificatePdf,
  type CertificateInput,
  type PdfWords,
} from './pdf/layout.ts';
import { latestLedgerEntries, readClaims } from './registry.ts';
import type { CertificationKind, LedgerEntry } from '../site/schemas/index.ts';
import { statusFacts } from './status.ts';

/** What the PDF of a ledger entry shows, from the entry, the current content and the certificate's wording. */
export function certificateInput(content: SiteContent, entry: LedgerEntry, words: PdfWords): CertificateInput {
  const trainer = content.trainers.find((t) => t.id === entry.trainer);
  const certification = content.certifications.find((c) => c.kind === entry.cert);
  if (!trainer || !certification) throw new Error(`${entry.id}: trainer or certification missing; run npm run check`);
  const facts = statusFacts(trainer, entry.cert, certification);
  return {
    id: entry.id,
    name: readClaims(entry.token).name,
    latinName: trainer.latinName,
    cert: entry.cert,
    title: certification.title,
    awardedFor: certification.awardedFor,
    awarded: entry.awarded,
    validUntil: facts?.validUntil,
    validityRule: certification.validityRule,
    foundation: content.settings.foundation,
    siteName: content.settings.siteName,
    siteUrl: content.settings.siteUrl,
    token: entry.token,
    issuedAt: entry.issuedAt,
    source: trainer.file,
    credential: credentialText(content, entry),
    words: printedWords(words, entry.awarded, facts?.validUntil),
  };
}

function credentialText(content: SiteContent, entry: LedgerEntry): string | undefined {
  const credential = storedCredential(content, entry);
  return credential ? credentialJson(credential) : undefined;
}

/**
 * Writes the holder's Open Badges credential beside each PDF that has one, in its two forms:
 * `<ID>.json`, and `<ID>.png`, the certification's badge with the same text baked in.
 */
export async function writeCredentialFiles(
  dir: string,
  content: SiteContent,
  inputs: CertificateInput[],
): Promise<void> {
  const bakers = new Map<CertificationKind, (credential: string) => Uint8Array>();
  for (const input of inputs) {
    if (!input.credential) continue;
    let bake = bakers.get(input.cert);
    if (!bake) bakers.set(input.cert, (bake = credentialBaker(await renderBadgePng(content, input.cert))));
    writeFileSync(join(dir, `${input.id}.json`), input.credential);
    writeFileSync(join(dir, `${input.id}.png`), bake(input.credential));
  }
}

/** The files this module writes for a certificate; anything else in the folder is someone else's. */
const certificateFiles = (id: string) => [`${id}.pdf`, `${id}.json`, `${id}.png`];

/**
 * Puts into `staging` what `dir` holds besides the certificates' own files (staff's
 * `addresses.csv`, the e-mails drafted at issue, `renewals.ics`), so replacing the folder loses nothing.
 */
function carryOver(dir: string, staging: string, inputs: CertificateInput[]): void {
  if (!existsSync(dir)) return;
  const owned = new Set([MANIFEST, ...inputs.flatMap((input) => certificateFiles(input.id))]);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    // Dot names are this module's and `npm run issue`'s staging folders.
    if (entry.name.startsWith('.') || owned.has(entry.name)) continue;
    const [from, to] = [join(dir, entry.name), join(staging, entry.name)];
    if (entry.isDirectory()) cpSync(from, to, { recursive: true });
    else keep(from, to);
  }
}

/** A file carried over unchanged: a hard link where the file system allows, else a copy. */
function keep(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Certificates a run may render on the main thread; bigger batches use one worker per core. */
const SMALL_BATCH = 48;
const MANIFEST = '.manifest.json';

/**
 * What decides a certificate's files besides its input (which holds the wording and the
 * credential): the renderer (its modules, their packages and the fonts) and the badge drawings
 * the credential is baked into.
 */
function cacheFingerprint(content: Pick<SiteContent, 'dir' | 'certifications'>): string {
  const hash = createHash('sha256').update(rendererFingerprint());
  for (const { kind } of content.certifications) hash.update(readFileSync(join(content.dir, badgeFile(kind))));
  return hash.digest('hex');
}

function inputKey(fingerprint: string, input: CertificateInput): string {
  return createHash('sha256').update(fingerprint).update(JSON.stringify(input)).digest('hex').slice(0, 32);
}

/** Notes freshly written certificate files in `dir`'s manifest, so the next render step keeps them. */
export function recordRendered(dir: string, content: SiteContent, inputs: CertificateInput[]): void {
  const fingerprint = cacheFingerprint(content);
  const manifest = readManifest(dir);
  for (const input of inputs) manifest[input.id] = inputKey(fingerprint, input);
  writeFileSync(join(dir, `${MANIFEST}.tmp`), JSON.stringify(manifest));
  renameSync(join(dir, `${MANIFEST}.tmp`), join(dir, MANIFEST));
}

function readManifest(dir: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

/** Called as PDFs are written: `done` of `total`. */
export type OnProgress = (done: number, total: number) => void;

/** Renders `inputs` into `dir`: in this thread for small batches, else split over the cores. */
export async function renderInto(dir: string, inputs: CertificateInput[], onProgress?: OnProgress): Promise<void> {
  let done = 0;
  const threads = Math.min(availableParallelism(), 8, Math.ceil(inputs.length / SMALL_BATCH));
  if (threads <= 1) {
    const fonts = loadCertificateFonts();
    for (const input of inputs) {
      writeFileSync(join(dir, `${input.id}.pdf`), await renderCertificatePdf(input, fonts));
      onProgress?.(++done, inputs.length);
    }
    return;
  }
  const share = Math.ceil(inputs.length / threads);
  await Promise.all(
    Array.from({ length: threads }, (_, i) => {
      const workerData = { inputs: inputs.slice(i * share, (i + 1) * share), dir };
      return new Promise<void>((finish, fail) => {
        const worker = new Worker(new URL('./pdf/render-worker.ts', import.meta.url), { workerData });
        worker.on('message', (message: { progress?: number; done?: number; error?: string }) => {
          if (message.error) fail(new CertificateError(message.error));
          else if (message.progress !== undefined) onProgress?.((done += message.progress), inputs.length);
          else finish();
        });
        worker.once('error', fail);
        worker.once('exit', (code) => (code === 0 ? finish() : fail(new Error(`a render worker stopped (${code})`))));
      });
    }),
  );
}

/**
 * Renders every certificate in the ledger (its latest line per ID) into `dir`, replacing the
 * folder as a whole: the new folder is assembled beside it and renamed into place. Only the files
 * of certificates whose input changed are written again; the others, and every file that is not a
 * certificate's, are carried over (hard links) unchanged.
 */
export async function renderLedger(
  content: SiteContent,
  dir: string,
  words: PdfWords,
  onProgress?: OnProgress,
): Promise<{ rendered: number; reused: number }> {
  const inputs = [...latestLedgerEntries(content.ledger).values()].map((entry) =>
    certificateInput(content, entry, words),
  );
  for (const input of inputs) assertDrawable(input.name, input.source);
  const fingerprint = cacheFingerprint(content);
  const previous = readManifest(dir);
  const manifest: Record<string, string> = {};
  mkdirSync(dirname(dir), { recursive: true });
  const staging = mkdtempSync(join(dirname(dir), `.${basename(dir)}-`));
  try {
    const changed: CertificateInput[] = [];
    for (const input of inputs) {
      const key = inputKey(fingerprint, input);
      manifest[input.id] = key;
      const files = input.credential ? certificateFiles(input.id) : [`${input.id}.pdf`];
      if (previous[input.id] === key && files.every((file) => existsSync(join(dir, file))))
        for (const file of files) keep(join(dir, file), join(staging, file));
      else changed.push(input);
    }
    await renderInto(staging, changed, onProgress);
    await writeCredentialFiles(staging, content, changed);
    writeFileSync(join(staging, MANIFEST), JSON.stringify(manifest));
    carryOver(dir, staging, inputs);
    const old = `${staging}-old`;
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(staging, dir);
    rmSync(old, { recursive: true, force: true });
    return { rendered: changed.length, reused: inputs.length - changed.length };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
