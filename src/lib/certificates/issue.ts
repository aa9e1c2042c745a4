/**
 * Issuing certificates (Node only): decide what needs signing, assign IDs and status list indexes,
 * sign, append to the ledger, sign the revocation list again when it changed, and write each
 * holder's files: the PDF, the credential, the baked badge and the draft e-mail that sends them.
 * Everything is written into a staging folder before the ledger changes, so a name the font cannot
 * draw stops the whole run with nothing half-issued.
 */
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { base64url } from 'jose';
import { holderEmail } from './holder-pack.ts';
import { certificateInput, recordRendered, renderInto, writeCredentialFiles } from './render.ts';
import { buildCredential, credentialDigest, signCredential, storedCredential } from './credential.ts';
import type { SiteContent } from '../site/content/check.ts';
import { todayIn, toEpochSeconds } from '../site/dates.ts';
import type { SigningKey } from './keys.ts';
import { assertDrawable, type PdfWords } from './pdf/layout.ts';
import { latestLedgerEntries, readClaims } from './registry.ts';
import type { CertificationKind, LedgerEntry, StatusListCredential } from '../site/schemas/index.ts';
import {
  revokedIndexes,
  signStatusList,
  statusIndexes,
  statusListReason,
  unusedStatusIndex,
  writeStatusList,
  type StatusListReason,
} from './status-list.ts';
import { signToken } from './token.ts';

/** Why a certificate is (re-)signed. */
export type IssueReason = 'new' | 'withdrawn-key' | 'changed' | 'no-status' | 'credential-changed';

export interface PlannedCertificate {
  id: string | undefined;
  trainer: string;
  /** The trainer file, for messages. */
  file: string;
  cert: CertificationKind;
  awarded: string;
  name: string;
  reason: IssueReason;
  /** Kept when re-signing, so the published name hash does not change. */
  salt: string | undefined;
  /** Kept when re-signing: a certificate's place in the revocation list never changes. */
  statusIndex: number | undefined;
}

const KIND_CODE: Record<CertificationKind, string> = { cma: 'CMA', instructor: 'INS' };

/**
 * What `npm run issue` would sign: every certification without a ledger entry (not revoked
 * before it was ever issued), every certificate whose latest token was signed by a key no longer
 * published (withdrawn), every one whose printed name or award date changed since, every one whose
 * credential has no place in the revocation list yet (signed before it), and every one whose stored
 * credential no longer matches content (a renewal, a reworded certification).
 */
export function planIssuance(content: SiteContent, publishedKids: ReadonlySet<string>): PlannedCertificate[] {
  // Each certification's latest line, looked up by trainer and kind (a search per certification
  // took 9 of the 11 s of an \`npm run issue\` with nothing to sign at 10,000 trainers).
  const latest = new Map<string, LedgerEntry>();
  for (const e of latestLedgerEntries(content.ledger).values())
    if (!latest.has(`${e.trainer}/${e.cert}`)) latest.set(`${e.trainer}/${e.cert}`, e);
  // The index a certificate was first given, even if a later line (signed before the list) has none.
  const indexes = statusIndexes(content.ledger);
  const plan: PlannedCertificate[] = [];
  for (const trainer of content.trainers) {
    const name = trainer.name.normalize('NFC');
    for (const cert of trainer.certifications) {
      const entry = latest.get(`${trainer.id}/${cert.kind}`);
      const base = { trainer: trainer.id, file: trainer.file, cert: cert.kind, awarded: cert.awarded, name };
      if (!entry) {
        if (!cert.revoked)
          plan.push({ ...base, id: undefined, reason: 'new', salt: undefined, statusIndex: undefined });
        continue;
      }
      const claims = readClaims(entry.token);
      const reason: IssueReason | undefined = !publishedKids.has(entry.kid)
        ? 'withdrawn-key'
        : claims.name !== name || entry.awarded !== cert.awarded || claims.iss !== content.settings.siteUrl
          ? 'changed'
          : // A credential without a status entry could never be seen revoked.
            entry.credential && entry.statusIndex === undefined
            ? 'no-status'
            : // Its credential no longer matches content (e.g. a delivery renewed an instructor's validUntil).
              entry.credential && !storedCredential(content, entry)
              ? 'credential-changed'
              : undefined;
      if (reason) plan.push({ ...base, id: entry.id, reason, salt: entry.salt, statusIndex: indexes.get(entry.id) });
    }
  }
  // New certificates get IDs in award order, so sequence numbers follow the calendar.
  return plan.sort((a, b) => a.awarded.localeCompare(b.awarded) || a.trainer.localeCompare(b.trainer));
}

/** The next unused ID for a kind and award year: `<prefix>-CMA|INS-<year>-<4-digit sequence>`. */
export function nextCertificateId(
  usedIds: Iterable<string>,
  prefix: string,
  cert: CertificationKind,
  year: string,
): string {
  const stem = `${prefix}-${KIND_CODE[cert]}-${year}-`;
  let highest = 0;
  for (const id of usedIds) if (id.startsWith(stem)) highest = Math.max(highest, Number(id.slice(stem.length)));
  if (highest >= 9999) throw new Error(`${stem}: no sequence numbers left for ${year}`);
  return `${stem}${String(highest + 1).padStart(4, '0')}`;
}

function randomSalt(): string {
  return base64url.encode(crypto.getRandomValues(new Uint8Array(16)));
}

export interface IssueOptions {
  contentDir: string;
  certificatesDir: string;
  /** The issue time recorded in the ledger and the PDFs. */
  now?: Date;
  /** The certificate's wording (`certificates.pdf` of the English texts). */
  words: PdfWords;
  /** Holders' e-mail addresses by trainer file name (`certificates/addresses.csv`), for their drafts. */
  addresses?: ReadonlyMap<string, string>;
  /** The keys in `jwks.json`: a revocation list signed by any other key is signed again. */
  publishedKids: ReadonlySet<string>;
  /** Told how far signing and rendering have got. */
  onProgress?: (step: 'signing' | 'rendering' | 'packing', done: number, total: number) => void;
}

export interface IssueResult {
  /** The new ledger lines, with the plan item each came from. */
  issued: { entry: LedgerEntry; planned: PlannedCertificate }[];
  /** The revocation list, when it was signed again, why, and the certificates it marks revoked. */
  statusList?: { reason: StatusListReason; revoked: string[] } | undefined;
}

/**
 * Signs everything `planIssuance` lists with `signing`, appends the ledger lines, signs the
 * revocation list again when it no longer matches content (`statusListReason`; with an empty plan
 * that is all it does) and writes each certificate's `<ID>.pdf`, `<ID>.json`, `<ID>.png` and
 * `<ID>.eml`.
 */
export async function issueCertificates(
  content: SiteContent,
  plan: PlannedCertificate[],
  signing: SigningKey,
  options: IssueOptions,
): Promise<IssueResult> {
  for (const item of plan) assertDrawable(item.name, item.file);
  const used = new Set(content.ledger.map((e) => e.id));
  const usedIndexes = new Set(content.ledger.flatMap((e) => (e.statusIndex === undefined ? [] : [e.statusIndex])));
  const now = options.now ?? new Date();
  const issuedAt = now.toISOString();
  const issued: { entry: LedgerEntry; planned: PlannedCertificate }[] = [];
  for (const item of plan) {
    const id =
      item.id ?? nextCertificateId(used, content.settings.certificatePrefix, item.cert, item.awarded.slice(0, 4));
    used.add(id);
    const statusIndex = item.statusIndex ?? unusedStatusIndex(usedIndexes);
    usedIndexes.add(statusIndex);
    const token = await signToken(
      { iss: content.settings.siteUrl, sub: id, name: item.name, cert: item.cert, nbf: toEpochSeconds(item.awarded) },
      signing.key,
      signing.kid,
    );
    const entry: LedgerEntry = {
      id,
      trainer: item.trainer,
      cert: item.cert,
      awarded: item.awarded,
      kid: signing.kid,
      token,
      salt: item.salt ?? randomSalt(),
      statusIndex,
      issuedAt,
    };
    const unsigned = buildCredential(content, entry, item.name);
    if (unsigned)
      entry.credential = {
        sha256: credentialDigest(unsigned),
        proof: await signCredential(unsigned, signing, content.settings.siteUrl, issuedAt),
      };
    issued.push({ entry, planned: item });
    options.onProgress?.('signing', issued.length, plan.length);
  }
  const entries = issued.map((i) => i.entry);
  // The list is judged on the day it is signed, in the programme's time zone, as the registry is.
  const issuedContent = { ...content, ledger: [...content.ledger, ...entries] };
  const today = todayIn(content.settings.timeZone, now);
  const listReason = await statusListReason(issuedContent, options.publishedKids, today);
  let statusList: StatusListCredential | undefined;
  if (listReason) statusList = await signStatusList(issuedContent, signing, today, issuedAt);
  const inputs = entries.map((entry) => certificateInput(content, entry, options.words));
  // Render first, beside the output folder: a certificate that cannot be drawn stops the run
  // before the ledger changes.
  const output = options.certificatesDir;
  mkdirSync(output, { recursive: true });
  const staging = mkdtempSync(join(output, '.issue-'));
  try {
    await renderInto(staging, inputs, (done, total) => options.onProgress?.('rendering', done, total));
    await writeCredentialFiles(staging, content, inputs);
    const files: string[] = [];
    for (const [index, { entry, planned }] of issued.entries()) {
      const named = (extension: string) => join(staging, `${entry.id}.${extension}`);
      const pack = {
        pdf: readFileSync(named('pdf')),
        credential: entry.credential && readFileSync(named('json'), 'utf8'),
        badge: entry.credential && readFileSync(named('png')),
      };
      const address = options.addresses?.get(planned.trainer);
      writeFileSync(named('eml'), await holderEmail(content, inputs[index]!, pack, address));
      files.push(...['pdf', 'eml', ...(entry.credential ? ['json', 'png'] : [])].map((e) => `${entry.id}.${e}`));
      options.onProgress?.('packing', index + 1, issued.length);
    }
    const ledgerPath = join(options.contentDir, 'ledger.jsonl');
    const existing = existsSync(ledgerPath) ? readFileSync(ledgerPath, 'utf8') : '';
    const separator = existing && !existing.endsWith('\n') ? '\n' : '';
    if (entries.length > 0)
      appendFileSync(ledgerPath, separator + entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
    if (statusList) writeStatusList(options.contentDir, statusList);
    for (const file of files) renameSync(join(staging, file), join(output, file));
    recordRendered(output, content, inputs);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return {
    issued,
    statusList: listReason && { reason: listReason, revoked: [...revokedIndexes(issuedContent, today).values()] },
  };
}
