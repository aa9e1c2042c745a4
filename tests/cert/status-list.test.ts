// The revocation list through the real commands, on a temporary content folder with keys made at
// run time: npm run issue gives every credential a permanent place in one signed Bitstring Status
// List and signs the list again when revocations change; npm run check verifies its proof and names
// any disagreement with content. Steps build on each other, in order.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeList, createList } from '@digitalbazaar/vc-bitstring-status-list';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/site/content/check.ts';
import {
  buildCredential,
  credentialDigest,
  signCredential,
  verifyCredentialProof,
  type Credential,
} from '../../src/lib/certificates/credential.ts';
import { loadSigningKey, readPublicKeys } from '../../src/lib/certificates/keys.ts';
import { readClaims } from '../../src/lib/certificates/registry.ts';
import type { LedgerEntry, StatusListCredential } from '../../src/lib/site/schemas/index.ts';
import {
  issueWithNewKey,
  makeCertContent,
  readLedger,
  ruiNotYetRevoked,
  runScript,
  tempDir,
} from '../helpers/certificates.ts';

const SITE = 'https://ttt.test.example';
const LIST_URL = `${SITE}/registry/status-list.json`;
let content = '';
let keys = '';
let certs = '';
const env = () => ({ CONTENT_DIR: content, KEYS_DIR: keys, CERTIFICATES_DIR: certs });
const latest = (trainer: string, cert: string) =>
  readLedger(content).findLast((e) => e.trainer === trainer && e.cert === cert)!;
const readCredential = (id: string) =>
  JSON.parse(readFileSync(join(certs, `${id}.json`), 'utf8')) as Credential & { credentialStatus?: unknown };
const listPath = () => join(content, 'status-list.json');
const readList = () => JSON.parse(readFileSync(listPath(), 'utf8')) as StatusListCredential;
/** The indexes whose bit is set in the signed list in content. */
async function revokedBits(): Promise<number[]> {
  const list = await decodeList({ encodedList: readList().credentialSubject.encodedList });
  return Array.from({ length: list.length }, (_, i) => i).filter((i) => list.getStatus(i));
}
const ruiFile = () => join(content, 'trainers/rui-revoked.md');
const revokeRui = () =>
  writeFileSync(
    ruiFile(),
    readFileSync(ruiFile(), 'utf8').replace(
      '  - { kind: cma, awarded: 2024-09-27 }',
      '  - { kind: cma, awarded: 2024-09-27, revoked: { date: 2025-03-01, reason: Withdrawn after an audit } }',
    ),
  );
const unrevokeRui = () =>
  writeFileSync(ruiFile(), readFileSync(ruiFile(), 'utf8').replace(/, revoked: \{[^}]*\} \}/, ' }'));
/** `npm run check`'s warnings about the list: the stderr lines that name the file. */
const listWarnings = (stderr: string) => stderr.split('\n').filter((line) => line.includes('status-list.json'));

beforeAll(() => {
  // Rui's certificate is issued first and revoked by the tests.
  content = makeCertContent(ruiNotYetRevoked());
  keys = tempDir('keys');
  certs = tempDir('certs');
  expect(issueWithNewKey(env()).stdout).toMatch(
    /Signed the revocation list with key \S+ \(the first one\).*0 certificate\(s\) revoked/,
  );
});

describe('every credential has its place in one revocation list', () => {
  it('a BitstringStatusListEntry for revocation at the index its ledger line keeps, one index per certificate', () => {
    const ledger = readLedger(content);
    expect(ledger.length).toBeGreaterThan(4);
    for (const entry of ledger) {
      expect(Number.isInteger(entry.statusIndex), entry.id).toBe(true);
      expect(entry.statusIndex).toBeGreaterThanOrEqual(0);
      expect(entry.statusIndex).toBeLessThan(131_072);
      expect(readCredential(entry.id).credentialStatus).toEqual({
        id: `${LIST_URL}#${entry.statusIndex}`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: String(entry.statusIndex),
        statusListCredential: LIST_URL,
      });
    }
    expect(new Set(ledger.map((e) => e.statusIndex)).size).toBe(ledger.length);
  });

  it('the list: 131,072 entries, none revoked yet, signed by the issuer, under 20 KB gzip', async () => {
    const list = readList();
    expect(list).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: LIST_URL,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: 'did:web:ttt.test.example',
      credentialSubject: { id: `${LIST_URL}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation' },
    });
    expect(list).not.toHaveProperty('validUntil');
    expect((await decodeList({ encodedList: list.credentialSubject.encodedList })).length).toBe(131_072);
    expect(await revokedBits()).toEqual([]);
    expect(gzipSync(readFileSync(listPath())).length).toBeLessThan(20 * 1024);
  });

  it("the list's own proof verifies against the published keys; one flipped bit breaks it and npm run check says so", async () => {
    expect(await verifyCredentialProof(readList(), readPublicKeys(keys), SITE)).toEqual({ ok: true });
    const original = readFileSync(listPath(), 'utf8');
    try {
      // Someone revokes a certificate by editing the file instead of signing it.
      const forged = readList();
      const bits = await decodeList({ encodedList: forged.credentialSubject.encodedList });
      bits.setStatus(latest('lukasz-zolc-dvorak', 'cma').statusIndex!, true);
      forged.credentialSubject.encodedList = await bits.encode();
      writeFileSync(listPath(), JSON.stringify(forged, null, 2));
      expect((await verifyCredentialProof(forged, readPublicKeys(keys), SITE)).ok).toBe(false);
      const run = runScript('check', [], env());
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/status-list\.json: proof: the proof does not verify.*npm run issue/);
      // Bits that are not a list at all: a problem too, not a stack trace.
      writeFileSync(listPath(), original.replace(/"encodedList": "u[^"]*"/, '"encodedList": "uAAAA"'));
      const garbage = runScript('check', [], env());
      expect(garbage.code).toBe(1);
      expect(garbage.stderr).toMatch(/status-list\.json: credentialSubject\.encodedList: expected a GZIP-compressed/);
      expect(garbage.stderr).not.toMatch(/^\s+at /m);
    } finally {
      writeFileSync(listPath(), original);
    }
    expect(runScript('check', [], env()).code).toBe(0);
  });

  it('an empty list of the same length compresses to the same bits the library writes (no hand-made packing)', async () => {
    const empty = await createList({ length: 131_072 });
    expect(readList().credentialSubject.encodedList).toBe(await empty.encode());
  });
});

describe('revoking', () => {
  it('a revocation in content: npm run check names it in one line with the command; the build goes on', () => {
    revokeRui();
    const id = latest('rui-revoked', 'cma').id;
    const run = runScript('check', [], env());
    expect(run.code, run.stderr).toBe(0);
    const warnings = listWarnings(run.stderr);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`revoked in content but not in the signed list`);
    expect(warnings[0]).toContain(id);
    expect(warnings[0]).toContain('npm run issue');
  });

  it('npm run issue signs the list again, re-signs no certificate, and sets exactly that bit', async () => {
    const before = readLedger(content);
    const entry = latest('rui-revoked', 'cma');
    const issue = runScript('issue', [], env());
    expect(issue.code, issue.stderr).toBe(0);
    expect(issue.stdout).toContain(`(revocations changed)`);
    expect(issue.stdout).toContain(`1 certificate(s) revoked: ${entry.id}`);
    expect(readLedger(content)).toEqual(before);
    expect(await revokedBits()).toEqual([entry.statusIndex]);
    expect(await verifyCredentialProof(readList(), readPublicKeys(keys), SITE)).toEqual({ ok: true });
    const check = runScript('check', [], env());
    expect(check.code).toBe(0);
    expect(listWarnings(check.stderr)).toEqual([]);
    expect(runScript('issue', [], env()).stdout).toContain('the revocation list is current');
  });

  it('the reverse: a bit set that content no longer revokes is named too, and the next signing clears it', async () => {
    unrevokeRui();
    const id = latest('rui-revoked', 'cma').id;
    const warnings = listWarnings(runScript('check', [], env()).stderr);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      new RegExp(`revoked in the signed list but not in content: ${id}; run "npm run issue"`),
    );
    expect(runScript('issue', [], env()).code).toBe(0);
    expect(await revokedBits()).toEqual([]);
    revokeRui();
    expect(runScript('issue', [], env()).code).toBe(0);
    expect(await revokedBits()).toEqual([latest('rui-revoked', 'cma').statusIndex]);
  });

  it('a revocation dated later is not in the list until its day: then npm run check asks for the signing', () => {
    const file = join(content, 'trainers/eve-html.md');
    const original = readFileSync(file, 'utf8');
    try {
      writeFileSync(
        file,
        original.replace(
          '{ kind: cma, awarded: 2024-09-27 }',
          '{ kind: cma, awarded: 2024-09-27, revoked: { date: 2099-01-01, reason: Ends with the contract } }',
        ),
      );
      // Judged on the build day, as the registry is (BUILD_DATE fixes the day, not today's date).
      const before = runScript('check', [], { ...env(), BUILD_DATE: '2098-12-31' });
      expect(listWarnings(before.stderr)).toEqual([]);
      const on = runScript('check', [], { ...env(), BUILD_DATE: '2099-01-01' });
      expect(listWarnings(on.stderr)).toHaveLength(1);
      expect(listWarnings(on.stderr)[0]).toContain(latest('eve-html', 'cma').id);
    } finally {
      writeFileSync(file, original);
    }
  });
});

describe('indexes never change', () => {
  it('a withdrawn key: every certificate and the list are signed again with the new key, at the same indexes', async () => {
    const before = new Map(readLedger(content).map((e) => [e.id, e.statusIndex]));
    const oldKid = readLedger(content).at(-1)!.kid;
    expect(runScript('keys', ['new'], env()).code).toBe(0);
    expect(runScript('keys', ['withdraw', oldKid], env()).code).toBe(0);
    const check = runScript('check', [], env());
    expect(listWarnings(check.stderr)[0]).toContain('signed with a withdrawn key');
    const issue = runScript('issue', [], env());
    expect(issue.code, issue.stderr).toBe(0);
    expect(issue.stdout).toContain('(its key was withdrawn)');
    const after = readLedger(content).slice(before.size);
    expect(after.length).toBe(before.size);
    for (const entry of after) expect(entry.statusIndex, entry.id).toBe(before.get(entry.id));
    expect(readList().proof[0].verificationMethod).not.toContain(oldKid);
    expect(await revokedBits()).toEqual([latest('rui-revoked', 'cma').statusIndex]);
    expect(listWarnings(runScript('check', [], env()).stderr)).toEqual([]);
  });

  it('npm run check refuses a ledger line that moves a certificate to another index or shares one', () => {
    const path = join(content, 'ledger.jsonl');
    const original = readFileSync(path, 'utf8');
    try {
      const lines = original
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as LedgerEntry);
      const first = lines[0]!;
      const other = lines.find((e) => e.id !== first.id)!;
      // A later line of the first certificate moves it; the other certificate is given the same index.
      const moved = { ...lines.findLast((e) => e.id === first.id)!, statusIndex: (first.statusIndex! + 1) % 131_072 };
      const edited = lines.map((e) => (e.id === other.id ? { ...e, statusIndex: first.statusIndex } : e));
      writeFileSync(path, [...edited, moved].map((e) => JSON.stringify(e)).join('\n') + '\n');
      const run = runScript('check', [], env());
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `ledger.jsonl: ${first.id}: statusIndex: expected the status list index ${first.statusIndex}`,
      );
      expect(run.stderr).toContain(
        `ledger.jsonl: ${other.id}: statusIndex: expected an index of its own; ${first.statusIndex} belongs to ${first.id}`,
      );
    } finally {
      writeFileSync(path, original);
    }
  });

  it('a credential signed before the list gets its status entry by one re-signing, which npm run issue explains', async () => {
    // A line as issued before this change: no statusIndex, a credential without credentialStatus.
    const entry = latest('lukasz-zolc-dvorak', 'cma');
    const { statusIndex, ...old } = entry;
    const { content: site } = checkContent(content);
    const signing = await loadSigningKey(keys);
    const unsigned = buildCredential(site!, old, readClaims(old.token).name)!;
    expect(unsigned).not.toHaveProperty('credentialStatus');
    const line: LedgerEntry = {
      ...old,
      credential: {
        sha256: credentialDigest(unsigned),
        proof: await signCredential(unsigned, signing, SITE, old.issuedAt),
      },
    };
    writeFileSync(
      join(content, 'ledger.jsonl'),
      readFileSync(join(content, 'ledger.jsonl'), 'utf8') + JSON.stringify(line) + '\n',
    );
    expect(runScript('check', [], env()).code).toBe(0);
    const issue = runScript('issue', [], env());
    expect(issue.code, issue.stderr).toBe(0);
    expect(issue.stdout).toMatch(
      new RegExp(`${entry.id} .* \\(re-signed: its credential gains its place in the revocation list`),
    );
    const resigned = latest('lukasz-zolc-dvorak', 'cma');
    expect(resigned.statusIndex).toBe(statusIndex);
    expect(readCredential(entry.id).credentialStatus).toMatchObject({ statusListIndex: String(statusIndex) });
    expect(runScript('issue', [], env()).stdout).toContain('Nothing to issue');
  });
});
