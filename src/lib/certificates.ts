/**
 * Rendering the ledger's certificates to PDF files (Node only). Needs no private key: it reads
 * tokens that were already signed. Files are written beside their final place and renamed, so a
 * failure never leaves a half-written PDF or folder.
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { SiteContent } from './content/check.ts';
import { loadCertificateFonts, renderCertificatePdf, type CertificateFonts, type CertificateInput } from './pdf.ts';
import { latestLedgerEntries, readClaims } from './registry.ts';
import type { LedgerEntry } from './schemas/index.ts';
import { statusFacts } from './status.ts';

/** What the PDF of a ledger entry shows, from the entry and the current content. */
export function certificateInput(content: SiteContent, entry: LedgerEntry): CertificateInput {
  const trainer = content.trainers.find((t) => t.id === entry.trainer);
  const certification = content.certifications.find((c) => c.kind === entry.cert);
  if (!trainer || !certification) throw new Error(`${entry.id}: trainer or certification missing; run npm run check`);
  const facts = statusFacts(trainer, entry.cert, certification);
  return {
    id: entry.id,
    name: readClaims(entry.token).name,
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
  };
}

/** Renders PDFs in memory: `[fileName, bytes]`, one per entry. */
export async function renderAll(
  content: SiteContent,
  entries: Iterable<LedgerEntry>,
  fonts: CertificateFonts = loadCertificateFonts(),
): Promise<[string, Uint8Array][]> {
  const files: [string, Uint8Array][] = [];
  for (const entry of entries)
    files.push([`${entry.id}.pdf`, await renderCertificatePdf(certificateInput(content, entry), fonts)]);
  return files;
}

/** Writes files into `dir`, each through a temporary name, creating `dir` if needed. */
export function writeFilesAtomically(dir: string, files: [string, Uint8Array][]): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of files) {
    const temporary = join(dir, `.${name}.tmp`);
    writeFileSync(temporary, bytes);
    renameSync(temporary, join(dir, name));
  }
}

/**
 * Renders every certificate in the ledger (its latest line per ID) into `dir`, replacing the
 * folder as a whole: everything is rendered into a sibling temporary folder first.
 */
export async function renderLedger(content: SiteContent, dir: string): Promise<number> {
  const files = await renderAll(content, latestLedgerEntries(content.ledger).values());
  mkdirSync(dirname(dir), { recursive: true });
  const staging = mkdtempSync(join(dirname(dir), `.${basename(dir)}-`));
  try {
    writeFilesAtomically(staging, files);
    const old = `${staging}-old`;
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(staging, dir);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return files.length;
}
