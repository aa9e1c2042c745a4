/**
 * The public certificate registry: one record per issued certificate ID, and the verdict on a
 * token against it. Shared by the site's pages, the in-browser verifier and `npm run verify`,
 * so it uses only web-standard APIs (`crypto.subtle`) and `jose`.
 */
import { base64url } from 'jose';
import type { SiteContent } from '../site/content/check.ts';
import { toEpochSeconds } from '../site/dates.ts';
import type { CertificationKind, LedgerEntry } from '../site/schemas/index.ts';
import { searchText } from '../site/search-text.ts';
import { certificateStatus, statusFacts, type CertificateStatus, type StatusFacts } from './status.ts';
import { verifyToken, type PublicKeySet, type TokenClaims, type TokenProblem } from './token.ts';

/** One certificate as the registry publishes it. */
export interface RegistryRecord {
  id: string;
  cert: CertificationKind;
  /** Certification title, e.g. "Cluster Management Association Certification". */
  title: string;
  awarded: string;
  /** Last valid day, for certifications that lapse. */
  validUntil?: string | undefined;
  revoked?: { date: string; reason: string } | undefined;
  /** Status on the build date (`asOf`); the browser recomputes it for today. */
  status: CertificateStatus;
  /** Holder's name as printed, when they are listed in the directory. */
  name?: string | undefined;
  /** The Latin spelling the holder uses (for a name in Greek or Cyrillic), when they are listed. */
  latinName?: string | undefined;
  /** For holders who opted out: SHA-256 of `salt` + name, so a token can be checked without the name. */
  nameHash?: string | undefined;
  salt?: string | undefined;
}

export type Verdict = CertificateStatus | 'forged' | 'unknown' | 'malformed';

/** Certificates on one page of the registry list: at 10,000 trainers a page stays a few KB of gzip. */
export const REGISTRY_PAGE_SIZE = 100;

/** Why the verdict is what it is; worded in `i18n` under `certificates.reasons`. */
export type VerdictReason =
  TokenProblem | 'not-in-registry' | 'other-certificate' | 'claims-mismatch' | 'parts-disagree' | CertificateStatus;

/** The checks shown to the reader, in order; `parts` only for a file whose printed and embedded codes differ. */
export type VerdictStep = 'parts' | 'format' | 'key' | 'signature' | 'record' | 'status';

export interface Judgement {
  verdict: Verdict;
  reason: VerdictReason;
  /** Each step checked: passed (true), failed (false); steps not reached are absent. */
  steps: { step: VerdictStep; ok: boolean }[];
  /** Claims of a validly signed token. */
  claims?: TokenClaims | undefined;
  record?: RegistryRecord | undefined;
}

/** The newest ledger line for each certificate ID (a later line re-signs the same certificate). */
export function latestLedgerEntries(ledger: readonly LedgerEntry[]): Map<string, LedgerEntry> {
  const latest = new Map<string, LedgerEntry>();
  for (const entry of ledger) latest.set(entry.id, entry);
  return latest;
}

/** The claims inside a token from our own ledger (already trusted: it is read, not verified). */
export function readClaims(token: string): TokenClaims {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(new TextDecoder().decode(base64url.decode(payload))) as TokenClaims;
}

/** Salted SHA-256 of a holder's name (NFC), hex. */
export async function nameHash(salt: string, name: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${salt}:${name.normalize('NFC')}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Every registry record, sorted by ID, with status as of `today` (YYYY-MM-DD). */
export async function buildRegistry(content: SiteContent, today: string): Promise<RegistryRecord[]> {
  const trainers = new Map(content.trainers.map((t) => [t.id, t]));
  const certifications = new Map(content.certifications.map((c) => [c.kind, c]));
  const records: RegistryRecord[] = [];
  for (const entry of latestLedgerEntries(content.ledger).values()) {
    const trainer = trainers.get(entry.trainer);
    const certification = certifications.get(entry.cert);
    // `npm run check` refuses a ledger whose trainer or certification is gone.
    if (!trainer || !certification) continue;
    const facts = statusFacts(trainer, entry.cert, certification);
    if (!facts) continue;
    const name = readClaims(entry.token).name;
    records.push({
      id: entry.id,
      cert: entry.cert,
      title: certification.title,
      awarded: entry.awarded,
      validUntil: facts.validUntil,
      revoked: facts.revoked,
      status: certificateStatus(facts, today),
      ...(trainer.listed
        ? { name, ...(trainer.latinName ? { latinName: trainer.latinName } : {}) }
        : { nameHash: await nameHash(entry.salt, name), salt: entry.salt }),
    });
  }
  return records.sort((a, b) => a.id.localeCompare(b.id));
}

export function recordFacts(record: RegistryRecord): StatusFacts {
  return { kind: record.cert, awarded: record.awarded, revoked: record.revoked, validUntil: record.validUntil };
}

async function sameHolder(record: RegistryRecord, name: string): Promise<boolean> {
  if (record.name !== undefined) return record.name.normalize('NFC') === name.normalize('NFC');
  if (record.nameHash && record.salt) return (await nameHash(record.salt, name)) === record.nameHash;
  return false;
}

export interface JudgeOptions {
  /** The site's canonical URL, the only accepted `iss`. */
  issuer: string;
  /** Looks a certificate up by ID. */
  find: (id: string) => RegistryRecord | undefined;
  /** The date to judge expiry and revocation on (YYYY-MM-DD): today where the check runs. */
  today: string;
  /** On a record's page: the ID of that record; a token for any other certificate is refused. */
  expectedId?: string | undefined;
  /** The token a PDF embeds beside its printed QR code (`token`): if they differ, the file is forged. */
  embedded?: string | undefined;
}

/**
 * The verdict on a token: `forged` if it comes from a file that embeds another, `malformed` if it
 * is not a token, `forged` if the signature, algorithm or key fail or its claims contradict the
 * registry, `unknown` if validly signed but not in the registry, otherwise the certificate's
 * status on `today`.
 */
export async function judgeToken(token: unknown, keys: PublicKeySet, options: JudgeOptions): Promise<Judgement> {
  // What the employer sees is the printed code; a file that also carries another one was altered.
  if (options.embedded !== undefined && options.embedded !== token)
    return { verdict: 'forged', reason: 'parts-disagree', steps: [{ step: 'parts', ok: false }] };
  const checked = await verifyToken(token, keys);
  if (!checked.ok) {
    const steps: Judgement['steps'] = [];
    if (checked.verdict === 'malformed' && checked.problem !== 'bad-claims') steps.push({ step: 'format', ok: false });
    else {
      steps.push({ step: 'format', ok: true });
      const keyFailed = ['foreign-header', 'wrong-algorithm', 'unknown-key', 'bad-header'].includes(checked.problem);
      steps.push({ step: 'key', ok: !keyFailed });
      if (!keyFailed) steps.push({ step: 'signature', ok: checked.problem !== 'bad-signature' });
    }
    return { verdict: checked.verdict, reason: checked.problem, steps };
  }
  const { claims } = checked;
  const steps: Judgement['steps'] = [
    { step: 'format', ok: true },
    { step: 'key', ok: true },
    { step: 'signature', ok: true },
  ];
  if (options.expectedId !== undefined && claims.sub !== options.expectedId)
    return { verdict: 'forged', reason: 'other-certificate', steps: [...steps, { step: 'record', ok: false }], claims };
  const record = options.find(claims.sub);
  if (!record)
    return { verdict: 'unknown', reason: 'not-in-registry', steps: [...steps, { step: 'record', ok: false }], claims };
  const matches =
    claims.iss === options.issuer &&
    claims.cert === record.cert &&
    claims.nbf === toEpochSeconds(record.awarded) &&
    (await sameHolder(record, claims.name));
  if (!matches)
    return {
      verdict: 'forged',
      reason: 'claims-mismatch',
      steps: [...steps, { step: 'record', ok: false }],
      claims,
      record,
    };
  const status = certificateStatus(recordFacts(record), options.today);
  return {
    verdict: status,
    reason: status,
    steps: [...steps, { step: 'record', ok: true }, { step: 'status', ok: status === 'valid' }],
    claims,
    record,
  };
}

/** What a registry search matches: ID, holder's name (and its Latin spellings), certification, status. */
export function registrySearchText(record: RegistryRecord): string {
  return searchText(record.id, record.name ?? '', record.latinName ?? '', record.title, record.status);
}

/** The page of one record, e.g. `https://ttt.example.org/registry/EFCE-CMA-2027-0042/`. */
export function recordUrl(siteUrl: string, id: string): string {
  return `${siteUrl}/registry/${id}/`;
}

/**
 * LinkedIn's "Add licence or certification" form, pre-filled for this certificate (the record page's
 * button and the holder's e-mail). LinkedIn's documented parameters of `/profile/add`:
 * `startTask=CERTIFICATION_NAME` opens the certification form; `name` its title;
 * `organizationName` the issuer (or `organizationId`, a LinkedIn company number); `issueYear`,
 * `issueMonth` (1–12) the award; `expirationYear`, `expirationMonth` the end of validity, when it
 * lapses; `certUrl` the credential's address; `certId` the credential ID.
 */
export function linkedInAddUrl(
  record: Pick<RegistryRecord, 'id' | 'title' | 'awarded' | 'validUntil'>,
  organizationName: string,
  siteUrl: string,
): string {
  const [year, month] = record.awarded.split('-');
  const params = new URLSearchParams({
    startTask: 'CERTIFICATION_NAME',
    name: record.title,
    organizationName,
    issueYear: year ?? '',
    issueMonth: String(Number(month)),
    certUrl: recordUrl(siteUrl, record.id),
    certId: record.id,
  });
  if (record.validUntil) {
    const [untilYear, untilMonth] = record.validUntil.split('-');
    params.set('expirationYear', untilYear ?? '');
    params.set('expirationMonth', String(Number(untilMonth)));
  }
  return `https://www.linkedin.com/profile/add?${params.toString()}`;
}
