/**
 * The revocation list that travels with every Open Badges credential (Node only): W3C Bitstring
 * Status List v1.0. Each credential's `credentialStatus` names the certificate's permanent index in
 * one `BitstringStatusListCredential`, published at `<site>/registry/status-list.json`. The list is
 * signed with the issuer's key by `npm run issue` and stored in `content/status-list.json`, so the
 * build only copies it. Its bits come from content: set for every certificate revoked on the day it
 * is signed. Bit packing and compression are `@digitalbazaar/vc-bitstring-status-list`'s.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCredential, createList, decodeList } from '@digitalbazaar/vc-bitstring-status-list';
import type { SiteContent } from '../site/content/check.ts';
import { displayRoot, type Problem } from '../site/content/files.ts';
import { STATUS_LIST_LENGTH, type LedgerEntry, type StatusListCredential } from '../site/schemas/index.ts';
import {
  credentialJson,
  issuerDid,
  STATUS_LIST_FILE,
  statusListUrl,
  signCredential,
  verifyCredentialProof,
  withProof,
  type Credential,
} from './credential.ts';
import type { SigningKey } from './keys.ts';
import { latestLedgerEntries } from './registry.ts';
import { certificateStatus, statusFacts } from './status.ts';
import type { PublicKeySet } from './token.ts';

/**
 * A random index no certificate holds yet. The specification recommends random assignment: an
 * index then says nothing about when, or in which batch, a certificate was issued.
 */
export function unusedStatusIndex(used: ReadonlySet<number>): number {
  if (used.size >= STATUS_LIST_LENGTH) throw new Error(`the status list is full (${STATUS_LIST_LENGTH} entries)`);
  for (;;) {
    // 2^32 is a multiple of the length (2^17), so every index is equally likely.
    const index = crypto.getRandomValues(new Uint32Array(1))[0]! % STATUS_LIST_LENGTH;
    if (!used.has(index)) return index;
  }
}

/** Each certificate's index: the one its first line with an index gave it (later lines keep it). */
export function statusIndexes(ledger: readonly LedgerEntry[]): Map<string, number> {
  const indexes = new Map<string, number>();
  for (const entry of ledger)
    if (entry.statusIndex !== undefined && !indexes.has(entry.id)) indexes.set(entry.id, entry.statusIndex);
  return indexes;
}

/** Index → certificate ID, for every certificate that has an index and is revoked on `today`. */
export function revokedIndexes(content: SiteContent, today: string): Map<number, string> {
  const trainers = new Map(content.trainers.map((t) => [t.id, t]));
  const indexes = statusIndexes(content.ledger);
  const revoked = new Map<number, string>();
  for (const entry of latestLedgerEntries(content.ledger).values()) {
    const trainer = trainers.get(entry.trainer);
    const certification = content.certifications.find((c) => c.kind === entry.cert);
    const facts = trainer && certification ? statusFacts(trainer, entry.cert, certification) : undefined;
    const index = indexes.get(entry.id);
    if (index !== undefined && facts && certificateStatus(facts, today) === 'revoked') revoked.set(index, entry.id);
  }
  return revoked;
}

/**
 * The list for `content` on `today`, signed with `signing`. Ed25519 is deterministic, so the same
 * content, day and time give the same file. It has no `validUntil`: it is signed again only when a
 * revocation changes it, and a list past its `validUntil` would make every verifier reject the
 * status of every credential until someone with the key signed it again.
 */
export async function signStatusList(
  content: SiteContent,
  signing: SigningKey,
  today: string,
  signedAt: string,
): Promise<StatusListCredential> {
  const { siteUrl } = content.settings;
  const list = await createList({ length: STATUS_LIST_LENGTH });
  for (const index of revokedIndexes(content, today).keys()) list.setStatus(index, true);
  const made = await createCredential({ id: statusListUrl(siteUrl), list, statusPurpose: 'revocation' });
  const created = signedAt.replace(/\.\d+Z$/, 'Z');
  const unsigned: Credential = {
    '@context': made['@context'],
    id: made.id,
    type: made.type,
    issuer: issuerDid(siteUrl),
    validFrom: created,
    credentialSubject: made.credentialSubject,
  };
  const proof = await signCredential(unsigned, signing, siteUrl, created);
  return withProof(unsigned, proof) as StatusListCredential;
}

/** Writes `content/status-list.json` through a temporary file, so it is never half-written. */
export function writeStatusList(contentDir: string, list: StatusListCredential): void {
  const path = join(contentDir, STATUS_LIST_FILE);
  writeFileSync(`${path}.tmp`, credentialJson(list));
  renameSync(`${path}.tmp`, path);
}

/** Where the signed list and content part: certificate IDs (or bare indexes no certificate holds). */
export interface StatusListDifferences {
  /** Revoked in content, not in the list: verifiers still call these valid. */
  notInList: string[];
  /** Revoked in the list, not (or not yet) in content. */
  onlyInList: string[];
}

/** Compares every bit of the signed list with the revocations in content on `today`. */
export async function statusListDifferences(
  content: SiteContent,
  list: StatusListCredential,
  today: string,
): Promise<StatusListDifferences> {
  const bits = await decodeList({ encodedList: list.credentialSubject.encodedList });
  const revoked = revokedIndexes(content, today);
  const holders = new Map([...statusIndexes(content.ledger)].map(([id, index]) => [index, id]));
  const differences: StatusListDifferences = { notInList: [], onlyInList: [] };
  for (let index = 0; index < Math.max(bits.length, STATUS_LIST_LENGTH); index++) {
    const listed = index < bits.length && bits.getStatus(index);
    if (revoked.has(index) && !listed) differences.notInList.push(revoked.get(index)!);
    else if (listed && !revoked.has(index)) differences.onlyInList.push(holders.get(index) ?? `index ${index}`);
  }
  return differences;
}

/** Why the list must be signed (again). */
export type StatusListReason = 'missing' | 'moved' | 'withdrawn-key' | 'changed';

/**
 * Why `npm run issue` must sign the list for `content` on `today`, or undefined when the stored one
 * is current: none yet while credentials point at it, signed for another site address, signed with
 * a key no longer published, or bits that disagree with the revocations in content.
 */
export async function statusListReason(
  content: SiteContent,
  publishedKids: ReadonlySet<string>,
  today: string,
): Promise<StatusListReason | undefined> {
  const list = content.statusList;
  if (!list) return content.ledger.some((e) => e.statusIndex !== undefined) ? 'missing' : undefined;
  const { siteUrl } = content.settings;
  if (list.id !== statusListUrl(siteUrl) || list.issuer !== issuerDid(siteUrl)) return 'moved';
  if (!publishedKids.has(list.proof[0].verificationMethod.split('#').at(-1) ?? '')) return 'withdrawn-key';
  const { notInList, onlyInList } = await statusListDifferences(content, list, today);
  return notInList.length > 0 || onlyInList.length > 0 ? 'changed' : undefined;
}

const FIX = 'run "npm run issue" where the signing key is, then commit it';

/**
 * What `npm run check` says about the signed list. A broken list (edited by hand: its proof fails,
 * or its bits cannot be read) is a problem: published, it would make verifiers reject every
 * credential's status. A list that is only out of date is one warning line with the command that
 * fixes it: the site still builds, and its registry judges from content meanwhile.
 */
export async function checkStatusList(
  content: SiteContent,
  keys: PublicKeySet,
  today: string,
  contentDir: string,
): Promise<{ problems: Problem[]; warning: string | undefined }> {
  const file = `${displayRoot(contentDir)}/${STATUS_LIST_FILE}`;
  const fine = { problems: [], warning: undefined };
  const warning = (text: string) => ({ problems: [], warning: `${file}: ${text}; ${FIX}` });
  const broken = (field: string, text: string) => ({
    problems: [
      { file, field, message: `${text}; only "npm run issue" writes this file: restore it with git, or ${FIX}` },
    ],
    warning: undefined,
  });
  let reason: StatusListReason | undefined;
  try {
    reason = await statusListReason(content, new Set(keys.keys.map((k) => k.kid)), today);
  } catch {
    return broken('credentialSubject.encodedList', 'expected a GZIP-compressed bitstring that can be read');
  }
  const list = content.statusList;
  if (list && (reason === undefined || reason === 'changed')) {
    const proof = await verifyCredentialProof(list, keys, content.settings.siteUrl);
    if (!proof.ok) return broken('proof', proof.problem);
  }
  if (!list || !reason)
    return reason === 'missing' ? warning('missing: credentials point at a revocation list not yet signed') : fine;
  if (reason === 'moved') return warning(`signed for ${list.id}, not for this site's address`);
  if (reason === 'withdrawn-key')
    return warning("signed with a withdrawn key, so verifiers reject it and with it every credential's status");
  const { notInList, onlyInList } = await statusListDifferences(content, list, today);
  const parts = [
    ...(notInList.length > 0
      ? [`revoked in content but not in the signed list (wallets still see them valid): ${shortList(notInList)}`]
      : []),
    ...(onlyInList.length > 0 ? [`revoked in the signed list but not in content: ${shortList(onlyInList)}`] : []),
  ];
  return warning(parts.join('; '));
}

function shortList(ids: string[]): string {
  return ids.length > 10 ? `${ids.slice(0, 10).join(', ')}, … (${ids.length} in all)` : ids.join(', ');
}
